/**
 * Runs the built add-on (dist/Code.js) on the emulator the way Apps Script runs the pushed file:
 * one script in a fresh context whose globals are the services, entry points called by name.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace, loadBundle, Workspace, WorkspaceOptions } from '../../local/emulator';
import { cardJson, clickEvent } from '../../local/emulator/card';

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
  const ss = ws.SpreadsheetApp.getActiveSpreadsheet();
  return {
    commonEventObject: { hostApp: 'SHEETS', platform: 'WEB', userLocale: 'id', timeZone: { id: 'Asia/Jakarta', offset: 25_200_000 }, ...extra },
    sheets: { addonHasFileScopePermission: true, id: ss.getId(), title: ss.getName() },
  };
}

/**
 * A ledger set up through the built add-on by `user` (who becomes ketua), its Sheets homepage, and
 * `click`: presses a button of a card by its text, with what was typed, and returns the answer.
 */
export function ledgerOnBundle(user: string, now = new Date('2026-03-02T02:00:00Z')) {
  const { ws, invoke } = bundleOn({ user, now });
  invoke('onSetup', sheetsEvent(ws));
  const click = (tree: unknown, text: string, inputs: Record<string, string> = {}) => {
    const c = clickEvent(tree, text, inputs);
    return cardJson(invoke(c.function, { ...sheetsEvent(ws), ...c.event }));
  };
  const home = cardJson(invoke('onSheetsHomepage', sheetsEvent(ws)));
  return { ws, invoke, home, click };
}
