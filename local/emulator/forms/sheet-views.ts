/** The SpreadsheetApp objects a spreadsheet form-submit event carries: the appended row and the file. */
import type { Runtime } from '../runtime';
import { Range, Spreadsheet } from '../sheets';
import { bookOf } from '../sheets/state';

export function sheetEventViews(rt: Runtime, spreadsheetId: string, sheetName: string, row: number, columns: number): { range: unknown; source: unknown } {
  const sheet = bookOf(rt, spreadsheetId)!.sheets.find((s) => s.name === sheetName)!;
  return {
    range: rt.expose(new Range(rt, spreadsheetId, sheet.sheetId, row, 1, 1, columns)),
    source: rt.expose(new Spreadsheet(rt, spreadsheetId)),
  };
}
