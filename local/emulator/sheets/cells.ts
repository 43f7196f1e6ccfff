/**
 * Reading and writing blocks of cells: the hot path (a 100,000-row journal is read with one
 * getValues). Attribute lookups are skipped entirely when no rule touches the block.
 */
import type { Runtime } from '../runtime';
import { BookData, Cell, Rect, SheetData, isFormulaCell } from './state';
import { attrLookup, setAttr } from './layers';
import { MAX_CELL_CHARS, coerceInput, typedFormat } from './coerce';
import { formulaValue } from './formula';
import { serialToDate } from './dates';
import { displayCell, isGeneral } from './display';
import { isDatePattern } from './format-date';
import { assertCanEdit } from './protection-rules';

export const rectOf = (row: number, col: number, numRows: number, numCols: number): Rect =>
  ({ r1: row, c1: col, r2: row + numRows - 1, c2: col + numCols - 1 });

/** Walks a block, giving each stored cell (null when blank) and its number format lookup. */
function readBlock<T>(sheet: SheetData, rect: Rect, fn: (cell: Cell, r: number, c: number, format: ((r: number, c: number) => unknown) | null) => T): T[][] {
  const format = attrLookup(sheet, 'numberFormat', rect);
  const out: T[][] = new Array(rect.r2 - rect.r1 + 1);
  for (let r = rect.r1; r <= rect.r2; r++) {
    const row = sheet.rows[r - 1];
    const line: T[] = new Array(rect.c2 - rect.c1 + 1);
    for (let c = rect.c1; c <= rect.c2; c++) line[c - rect.c1] = fn(row ? row[c - 1] ?? null : null, r, c, format);
    out[r - rect.r1] = line;
  }
  return out;
}

/** getValues: numbers, booleans, strings, Dates; '' for blank; a formula's computed value. */
export function readValues(book: BookData, sheet: SheetData, rect: Rect): unknown[][] {
  const tz = book.timeZone;
  return readBlock(sheet, rect, (cell, r, c, format) => {
    if (cell === null) return '';
    if (typeof cell !== 'object') {
      if (typeof cell === 'number' && format) {
        const f = format(r, c) as string | null;
        if (f && !isGeneral(f) && isDatePattern(f)) return serialToDate(cell, tz);
      }
      return cell;
    }
    if (isFormulaCell(cell)) return formulaValue(cell.f);
    // A date under an explicit number format such as "0.00" reads as its serial number.
    const f = format ? (format(r, c) as string | null) : null;
    return f && !isGeneral(f) && !isDatePattern(f) ? cell.d : serialToDate(cell.d, tz);
  });
}

export function readDisplay(book: BookData, sheet: SheetData, rect: Rect): string[][] {
  return readBlock(sheet, rect, (cell, r, c, format) => displayCell(cell, format ? (format(r, c) as string | null) : null, book.locale));
}

export function readFormulas(sheet: SheetData, rect: Rect): string[][] {
  return readBlock(sheet, rect, (cell) => (isFormulaCell(cell) ? cell.f : ''));
}

/**
 * Writes a grid (already the block's shape) as USER_ENTERED, after the protection check. `raw`
 * cells are stored as given (formulas from setFormulas); otherwise values are coerced.
 */
export function writeBlock(rt: Runtime, book: BookData, sheet: SheetData, rect: Rect, grid: unknown[][], raw = false): void {
  assertCanEdit(rt, book, sheet, rect);
  if (!raw) checkLengths(grid);
  const format = raw ? null : attrLookup(sheet, 'numberFormat', rect);
  const ctx = { locale: book.locale, timeZone: book.timeZone };
  const width = rect.c2 - rect.c1 + 1;
  const inferred: Array<{ r: number; c: number; f: string }> = [];
  for (let i = 0; i < grid.length; i++) {
    const r = rect.r1 - 1 + i;
    const input = grid[i];
    // Coerce straight into the stored row: one allocation per row keeps 100,000-row writes fast.
    const row = sheet.rows[r] ?? (sheet.rows[r] = []);
    for (let j = 0; j < width; j++) {
      const v = input[j];
      if (raw) { row[rect.c1 - 1 + j] = v as Cell; continue; }
      const own = typeof v === 'string' && format !== null ? (format(rect.r1 + i, rect.c1 + j) as string | null) : null;
      const cell = row[rect.c1 - 1 + j] = coerceInput(v, own === '@', ctx);
      // "$100.15" typed into a cell with no format of its own brings its format along.
      if (typeof cell === 'number' && typeof v === 'string' && own === null) {
        const f = typedFormat(v, book.locale);
        if (f) inferred.push({ r: rect.r1 + i, c: rect.c1 + j, f });
      }
    }
    while (row.length && (row[row.length - 1] === null || row[row.length - 1] === undefined)) row.pop();
    if (!row.length) sheet.rows[r] = null;
  }
  trimRows(sheet);
  for (const x of inferred) setAttr(sheet, 'numberFormat', { r1: x.r, c1: x.c, r2: x.r, c2: x.c }, x.f);
  touch(rt, book);
}

/** Checked before any cell changes, so a rejected write leaves the sheet as it was. */
function checkLengths(grid: unknown[][]): void {
  for (const line of grid) for (const v of line) if (typeof v === 'string' && v.length > MAX_CELL_CHARS) coerceInput(v, true, { locale: '', timeZone: 'UTC' });
}

export function clearBlock(rt: Runtime, book: BookData, sheet: SheetData, rect: Rect): void {
  const blank = Array.from({ length: rect.r2 - rect.r1 + 1 }, () => new Array<Cell>(rect.c2 - rect.c1 + 1).fill(null));
  writeBlock(rt, book, sheet, rect, blank, true);
}

export function trimRows(sheet: SheetData): void {
  const rows = sheet.rows;
  while (rows.length && !rows[rows.length - 1]) rows.pop();
}

export function lastRow(sheet: SheetData): number {
  trimRows(sheet);
  return sheet.rows.length;
}

export function lastColumn(sheet: SheetData): number {
  let n = 0;
  for (const row of sheet.rows) if (row && row.length > n) n = row.length;
  return n;
}

export function touch(rt: Runtime, book: BookData): void {
  const f = rt.state.files[book.id];
  if (f) f.modifiedTime = rt.now();
}

