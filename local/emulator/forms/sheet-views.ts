/**
 * The SpreadsheetApp objects a spreadsheet form-submit event carries (range, source), built from
 * the sheets module's classes. Loaded lazily: the sheets module must not load before forms does.
 */
import type { Runtime } from '../runtime';
import { bookOf } from '../sheets/state';

export function sheetEventViews(rt: Runtime, spreadsheetId: string, sheetName: string, row: number, columns: number): { range: unknown; source: unknown } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Range } = require('../sheets/range');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Spreadsheet } = require('../sheets/spreadsheet');
  const sheet = bookOf(rt, spreadsheetId)!.sheets.find((s) => s.name === sheetName)!;
  return {
    range: rt.expose(new Range(rt, spreadsheetId, sheet.sheetId, row, 1, 1, columns)),
    source: rt.expose(new Spreadsheet(rt, spreadsheetId)),
  };
}
