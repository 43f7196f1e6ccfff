/**
 * The formats and dropdowns of a tab's rows, laid over whole blocks of rows ahead of the values:
 * setup over every row of a tab, an append that runs out of spare rows over the rows it adds.
 * A value written later takes its cell's format, so text stays text ("0812…", "=IMPORTRANGE(…)"),
 * money shows as Rupiah and a status keeps its dropdown; operations themselves never set formats.
 */
import { NUMBER_FORMATS, TableSpec } from './schema';

/**
 * Blank rows, already formatted, kept below a data tab's last row so that an append is one block of
 * values into rows that exist (two service calls). About a month of postings for 200 members.
 */
export const SPARE_ROWS = 500;

/** Formats rows firstRow..firstRow+numRows-1: one block per run of adjacent known columns. */
export function formatRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  spec: TableSpec,
  columnOf: ReadonlyMap<string, number>,
  firstRow: number,
  numRows: number,
): void {
  if (numRows < 1) return;
  const formatAt = new Map(spec.columns.filter((c) => columnOf.has(c.key)).map((c) => [columnOf.get(c.key)! + 1, NUMBER_FORMATS[c.type]]));
  const cols = [...formatAt.keys()].sort((a, b) => a - b);
  for (let i = 0; i < cols.length; ) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
    const run = cols.slice(i, j + 1).map((c) => formatAt.get(c)!);
    sheet.getRange(firstRow, cols[i], numRows, run.length).setNumberFormats(Array.from({ length: numRows }, () => run));
    i = j + 1;
  }
  for (const c of spec.columns.filter((col) => col.choices && columnOf.has(col.key))) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList([...c.choices!], true).setAllowInvalid(false).build();
    sheet.getRange(firstRow, columnOf.get(c.key)! + 1, numRows, 1).setDataValidation(rule);
  }
}
