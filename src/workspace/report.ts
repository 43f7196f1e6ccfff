/**
 * A report tab's rows below its header, rewritten as one block (formats and values together), so
 * a figure is a real number a manager can chart or add up, and a word stays a word.
 */
import { LumbungError } from '../domain/errors';
import type { TableSpec } from './schema';

export interface ReportCell {
  readonly value: string | number;
  /** A Sheets number format: '@' text, '"Rp"#,##0' money, '0' a count, '0.0%' a share. */
  readonly format: string;
}

/** Writes rows from row 2 down, each as wide as the spec's columns. */
export function writeReportRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: TableSpec, rows: readonly (readonly ReportCell[])[]): void {
  const sheet = ss.getSheetByName(spec.name);
  if (!sheet) throw new LumbungError('LEDGER_TAB_MISSING', { tab: spec.name });
  if (rows.length === 0) return;
  const range = sheet.getRange(2, 1, rows.length, spec.columns.length);
  range.setNumberFormats(rows.map((r) => r.map((c) => c.format)));
  range.setValues(rows.map((r) => r.map((c) => c.value)));
}
