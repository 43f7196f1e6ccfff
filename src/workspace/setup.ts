/**
 * Makes the open spreadsheet a ledger, or repairs one: every tab with its frozen header, formats,
 * dropdowns and protection. It never deletes a tab, a column or a row, and never adds a tab or a
 * column twice: a header it does not find is added at the end, so a manager's own columns stay.
 */
import { LumbungError, quoted } from '../domain/errors';
import { TableSpec } from './schema';
import { formatRows, SPARE_ROWS } from './row-formats';

export interface TabRepair {
  readonly tab: string;
  readonly created: boolean;
  readonly addedColumns: readonly string[];
}

const HEADER_BACKGROUND = '#e8f5e9';

/** Creates or repairs one tab; returns what it changed. */
export function ensureTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: TableSpec, managers: readonly string[]): TabRepair {
  let sheet = ss.getSheetByName(spec.name);
  const created = !sheet;
  if (!sheet) sheet = ss.insertSheet(spec.name);
  const width = sheet.getLastColumn();
  const headers = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0].map((h) => String(h).trim().toLowerCase()) : [];
  const missing = spec.columns.filter((c) => !headers.includes(c.header.toLowerCase()));
  if (missing.length > 0) {
    const first = headers.length + 1;
    if (first + missing.length - 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), first + missing.length - 1 - sheet.getMaxColumns());
    sheet.getRange(1, first, 1, missing.length).setNumberFormat('@').setValues([missing.map((c) => c.header)]);
  }
  const all = [...headers, ...missing.map((c) => c.header.toLowerCase())];
  sheet.getRange(1, 1, 1, all.length).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  if (!spec.report) keepSpareRows(sheet);
  formatRows(sheet, spec, new Map(spec.columns.map((c) => [c.key, all.indexOf(c.header.toLowerCase())])), 2, sheet.getMaxRows() - 1);
  protect(sheet, spec, managers);
  return { tab: spec.name, created, addedColumns: missing.map((c) => c.header) };
}

const headersOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] =>
  sheet.getLastColumn() > 0 ? sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map((h) => String(h).trim()) : [];

/**
 * For a tab that holds recorded rows (the journal of a ledger with postings): refuses, naming what
 * to put back, when the tab or one of its columns is not found, since an empty tab or column made
 * in its place would be read as the books. A tab renamed is found by its headers and named.
 */
export function requireTabAsRecorded(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: TableSpec): void {
  const want = spec.columns.map((c) => c.header.toLowerCase());
  const sheet = ss.getSheetByName(spec.name);
  if (!sheet) {
    const renamed = ss.getSheets().find((s) => {
      const have = headersOf(s).map((h) => h.toLowerCase());
      return want.filter((h) => have.includes(h)).length * 2 > want.length;
    });
    if (renamed) throw new LumbungError('RECORDED_TAB_RENAMED', { tab: spec.name, found: renamed.getName() });
    throw new LumbungError('RECORDED_TAB_GONE', { tab: spec.name });
  }
  const have = headersOf(sheet);
  const missing = spec.columns.filter((c) => !have.some((h) => h.toLowerCase() === c.header.toLowerCase()));
  if (missing.length === 0) return;
  const columns = missing.map((c) => `"${c.header}"`).join(', ');
  const unknown = have.filter((h) => h !== '' && !want.includes(h.toLowerCase())).map((h) => `"${quoted(h)}"`).join(', ');
  throw new LumbungError(unknown ? 'RECORDED_COLUMN_RENAMED' : 'RECORDED_COLUMN_GONE', { tab: spec.name, columns, unknown });
}

/** Blank rows below the data for appends to write into (see SPARE_ROWS); never removes any. */
function keepSpareRows(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const spare = sheet.getMaxRows() - Math.max(sheet.getLastRow(), 1);
  if (spare < SPARE_ROWS) sheet.insertRowsAfter(sheet.getMaxRows(), SPARE_ROWS - spare);
}

/**
 * Only the managers edit a data tab; nobody else, not even others in the domain. The owner keeps
 * access as Google always gives it. Report tabs are left open to the managers too.
 */
function protect(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: TableSpec, managers: readonly string[]): void {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  const protection = existing.length > 0 ? existing[0] : sheet.protect();
  protection.setDescription(`Lumbung: ${spec.name}`);
  const editors = protection.getEditors().map((u) => u.getEmail());
  const keep = managers.map((m) => m.toLowerCase());
  const remove = editors.filter((e) => !keep.includes(e.toLowerCase()));
  if (remove.length > 0) protection.removeEditors(remove);
  if (keep.length > 0) protection.addEditors(keep);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
