/**
 * Runs the built add-on (dist/Code.js) on the emulator the way Apps Script runs the pushed file:
 * one script in a fresh context whose globals are the services, entry points called by name.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace, loadBundle, Workspace, WorkspaceOptions } from '../../local/emulator';

export const DIST = path.join(__dirname, '..', '..', 'dist');

export function builtBundle(): string {
  const file = path.join(DIST, 'Code.js');
  if (!fs.existsSync(file)) throw new Error('dist/Code.js is missing: run `npm run build` first (npm test does).');
  return fs.readFileSync(file, 'utf8');
}

export function bundleOn(options: WorkspaceOptions = {}): { ws: Workspace; invoke(name: string, event?: unknown): unknown } {
  const ws = createWorkspace(options);
  const bundle = loadBundle(ws, builtBundle());
  return { ws, invoke: bundle.invoke };
}

/** The event object Google sends to a Workspace add-on trigger in Sheets. */
export function sheetsEvent(ws: Workspace, extra: Record<string, unknown> = {}): object {
  const ss = (ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  return {
    commonEventObject: { hostApp: 'SHEETS', platform: 'WEB', userLocale: 'id', timeZone: { id: 'Asia/Jakarta', offset: 25_200_000 }, ...extra },
    sheets: { addonHasFileScopePermission: true, id: ss.getId(), title: ss.getName() },
  };
}
