/**
 * The SpreadsheetApp emulator. `install` gives the global and makes sure the workspace has its
 * active spreadsheet (the document the add-on is open in). Other emulated services (a form's
 * destination sheet, say) use the internal helpers below, which count no calls.
 */
import type { Runtime } from '../runtime';
import { SPREADSHEET_MIME, bookOf, sheetsState, newBook } from './state';
import { SpreadsheetAppService } from './app';
import { Spreadsheet } from './spreadsheet';
import { Sheet } from './sheet';

export function install(rt: Runtime): Record<string, unknown> {
  if (rt.state.activeSpreadsheetId === null) {
    const file = rt.createFile({ name: 'Untitled spreadsheet', mimeType: SPREADSHEET_MIME, owner: rt.state.user });
    sheetsState(rt).books[file.id] = newBook(rt, file.id, 1000, 26);
    rt.state.activeSpreadsheetId = file.id;
  }
  return { SpreadsheetApp: rt.expose(new SpreadsheetAppService(rt)) };
}

/** A spreadsheet as an uncounted raw object, for other emulated services; null if it is not one. */
export function rawSpreadsheet(rt: Runtime, id: string): Spreadsheet | null {
  return bookOf(rt, id) ? new Spreadsheet(rt, id) : null;
}

/**
 * Appends one row to the named tab (created when missing) as a form submission does, without
 * counting calls or checking protection owners differently from a script. Returns the row number.
 */
export function appendRowInternal(rt: Runtime, spreadsheetId: string, sheetName: string, values: unknown[]): number {
  const ss = rawSpreadsheet(rt, spreadsheetId);
  if (!ss) throw new Error(`not a spreadsheet: ${spreadsheetId}`);
  const sheet: Sheet = (ss.getSheetByName(sheetName) as Sheet | null) ?? ss.insertSheet(sheetName);
  sheet.appendRow(values);
  return sheet.getLastRow();
}

export { SpreadsheetAppService, Spreadsheet, Sheet };
export { Range } from './range';
