/**
 * Inserting and deleting rows and columns: cells move, and so do formats, validation, protected
 * ranges and named ranges. Kept out of sheet.ts so each file reads in one sitting.
 */
import type { Runtime } from '../runtime';
import { Exception } from '../errors';
import { BookData, Cell, Rect, SheetData, checkCellLimit } from './state';
import { shiftDelete, shiftInsert, shiftSheetAttrs } from './layers';
import { assertCanEdit, assertCanEditSheet } from './protection-rules';
import { touch, trimRows } from './cells';

type Axis = 'rows' | 'cols';

/** Inserts `count` blank rows or columns before line `at` (1-based; maxRows+1 appends). */
export function insertLines(rt: Runtime, book: BookData, sheet: SheetData, axis: Axis, at: number, count: number): void {
  const max = axis === 'rows' ? sheet.maxRows : sheet.maxCols;
  if (!(count >= 1) || !(at >= 1)) {
    throw new Exception(axis === 'rows' ? 'Row and number of rows must be positive.' : 'Column and number of columns must be positive.');
  }
  if (at > max + 1) throw new Exception(axis === 'rows' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
  checkCellLimit(book, count * (axis === 'rows' ? sheet.maxCols : sheet.maxRows));
  assertCanEditSheet(rt, book, sheet);
  const blanks = new Array<null>(count).fill(null);
  if (axis === 'rows') {
    if (at - 1 < sheet.rows.length) sheet.rows = sheet.rows.slice(0, at - 1).concat(blanks, sheet.rows.slice(at - 1));
    sheet.maxRows += count;
  } else {
    for (const row of sheet.rows) if (row && at - 1 < row.length) row.splice(at - 1, 0, ...(blanks as Cell[]));
    sheet.maxCols += count;
  }
  shiftSheetAttrs(sheet, axis, 'insert', at, count, max);
  forEachRect(book, sheet, (r) => { shiftInsert(r, axis, at, count, max); return true; });
  touch(rt, book);
}

export function deleteLines(rt: Runtime, book: BookData, sheet: SheetData, axis: Axis, at: number, count: number): void {
  const rows = axis === 'rows';
  const max = rows ? sheet.maxRows : sheet.maxCols;
  if (!(count >= 1) || !(at >= 1)) {
    throw new Exception(rows ? 'Row and number of rows must be positive.' : 'Column and number of columns must be positive.');
  }
  if (at + count - 1 > max) throw new Exception(rows ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
  const frozen = rows ? sheet.frozenRows : sheet.frozenCols;
  if (max - count <= frozen) {
    throw new Exception(rows ? 'Sorry, it is not possible to delete all non-frozen rows.' : 'Sorry, it is not possible to delete all non-frozen columns.');
  }
  const rect: Rect = rows ? { r1: at, c1: 1, r2: at + count - 1, c2: sheet.maxCols } : { r1: 1, c1: at, r2: sheet.maxRows, c2: at + count - 1 };
  assertCanEdit(rt, book, sheet, rect);
  if (rows) {
    sheet.rows.splice(at - 1, count);
    sheet.maxRows -= count;
  } else {
    for (const row of sheet.rows) if (row) row.splice(at - 1, count);
    sheet.maxCols -= count;
  }
  trimRows(sheet);
  shiftSheetAttrs(sheet, axis, 'delete', at, count, max);
  forEachRect(book, sheet, (r) => shiftDelete(r, axis, at, count));
  touch(rt, book);
}

/** Applies `fn` to every protected, unprotected and named rectangle on the sheet; drops those it rejects. */
function forEachRect(book: BookData, sheet: SheetData, fn: (r: Rect) => boolean): void {
  const id = sheet.sheetId;
  book.namedRanges = book.namedRanges.filter((n) => n.sheetId !== id || fn(n.rect));
  book.protections = book.protections.filter((p) => {
    if (p.sheetId !== id) return true;
    p.unprotected = p.unprotected.filter((u) => u.sheetId !== id || fn(u));
    return p.type === 'SHEET' || !p.rect || fn(p.rect);
  });
}
