/**
 * Runs the built add-on (dist/Code.js) on the emulator the way Apps Script runs the pushed file:
 * one script in a fresh context whose globals are the services, entry points called by name. Tabs
 * are read by their headers, as a manager reads them, so a column added or moved breaks no test.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace, loadBundle, Workspace, WorkspaceOptions } from '../../local/emulator';

export const DIST = path.join(__dirname, '..', '..', 'dist');
export const KETUA = 'ketua@koperasi.example';
export const BENDAHARA = 'bendahara@koperasi.example';
export const SEKRETARIS = 'sekretaris@koperasi.example';

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
  const ss = ws.globals.SpreadsheetApp.getActiveSpreadsheet();
  return {
    commonEventObject: { hostApp: 'SHEETS', platform: 'WEB', userLocale: 'id', timeZone: { id: 'Asia/Jakarta', offset: 25_200_000 }, ...extra },
    sheets: { addonHasFileScopePermission: true, id: ss.getId(), title: ss.getName() },
  };
}

/** A ledger set up through the built add-on by `user` (who becomes ketua). */
export function ledgerOnBundle(user = KETUA, now = new Date('2026-03-02T02:00:00Z')) {
  const bundle = bundleOn({ user, now });
  bundle.invoke('onSetup', sheetsEvent(bundle.ws));
  return bundle;
}

export function sheet(ws: Workspace, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const found = ws.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!found) throw new Error(`No tab "${name}"`);
  return found;
}

/**
 * A tab's rows as objects keyed by its header ("ID Jurnal", "Akun", "Debit"...): the cells as
 * getValues gives them, or as the manager sees them with `{ display: true }`.
 */
export function rowsOf(ws: Workspace, name: string, options: { display?: boolean } = {}): Record<string, any>[] {
  const range = sheet(ws, name).getDataRange();
  const [header, ...rows] = options.display ? range.getDisplayValues() : range.getValues();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** Types into the "Nilai" cell of a settings key (a role's email, say), as the ketua would. */
export function setSetting(ws: Workspace, key: string, value: string): void {
  const settings = sheet(ws, 'Pengaturan');
  const row = rowsOf(ws, 'Pengaturan').findIndex((r) => r.Kunci === key);
  if (row < 0) throw new Error(`No setting "${key}"`);
  const column = settings.getRange(1, 1, 1, settings.getLastColumn()).getValues()[0].indexOf('Nilai');
  settings.getRange(row + 2, column + 1).setValue(value);
}
