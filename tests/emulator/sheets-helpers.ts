/** Shared setup for the SpreadsheetApp emulator tests: a workspace and its global (typed by the workspace). */
import { createWorkspace, projectManifest, Workspace } from '../../local/emulator';

export type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** The project's manifest plus the full spreadsheets scope (openById and create need it). */
export function fullScopeManifest(): object {
  const m = projectManifest() as { oauthScopes: string[] };
  return { ...m, oauthScopes: [...m.oauthScopes, 'https://www.googleapis.com/auth/spreadsheets'] };
}

export function workspace(options: Parameters<typeof createWorkspace>[0] = {}): { ws: Workspace; app: App; ss: GoogleAppsScript.Spreadsheet.Spreadsheet; sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const ws = createWorkspace(options);
  const app = ws.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  return { ws, app, ss, sheet: ss.getSheets()[0] };
}

/** The error a call throws, for asserting Google's name and text. */
export function errorOf(fn: () => unknown): { name: string; message: string } {
  try {
    fn();
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected the call to throw');
}
