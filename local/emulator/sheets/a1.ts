/** A1 notation: parsing ("'Sheet 1'!$a$1:B", "A:A", "2:2") and printing, as Sheets normalises it. */
import { Exception } from '../errors';

/** How a range was addressed, so getA1Notation prints "A:A" or "2:2" back as Sheets does. */
export type A1Shape = 'cells' | 'columns' | 'rows';

export interface ParsedA1 {
  sheetName: string | null;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  shape: A1Shape;
}

interface End { col: number | null; row: number | null }

const END = /^([A-Z]{0,3})([0-9]*)$/;

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseEnd(text: string): End | null {
  const m = END.exec(text.replace(/\$/g, '').toUpperCase());
  if (!m || (!m[1] && !m[2])) return null;
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

/** Splits "'It''s'!A1" into the sheet name and the cell part. */
export function splitSheetName(a1: string): { sheetName: string | null; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, cells: a1.slice(bang + 1) };
}

/** Parses A1 notation against a sheet's size; throws "Range not found" as Google does. */
export function parseA1(a1: string, maxRows: number, maxCols: number): ParsedA1 {
  const notFound = () => new Exception('Range not found');
  const { sheetName, cells } = splitSheetName(a1.trim());
  const parts = cells.split(':');
  if (parts.length > 2) throw notFound();
  const a = parseEnd(parts[0]);
  const b = parts.length === 2 ? parseEnd(parts[1]) : a;
  if (!a || !b) throw notFound();
  if (parts.length === 1 && (a.col === null || a.row === null)) throw notFound();
  // A whole column needs letters on both ends, a whole row numbers on both ends.
  if ((a.col === null) !== (b.col === null) && a.col === null) throw notFound();
  if ((a.row === null) !== (b.row === null) && a.row === null) throw notFound();
  const shape: A1Shape = a.row === null ? 'columns' : a.col === null ? 'rows' : 'cells';
  const r1 = a.row ?? 1, r2 = b.row ?? maxRows;
  const c1 = a.col ?? 1, c2 = b.col ?? maxCols;
  const [top, bottom] = r1 <= r2 ? [r1, r2] : [r2, r1];
  const [left, right] = c1 <= c2 ? [c1, c2] : [c2, c1];
  // Unverified: a reference past the sheet's edge is treated like any unknown range.
  if (top < 1 || left < 1 || bottom > maxRows || right > maxCols) throw notFound();
  return { sheetName, row: top, col: left, numRows: bottom - top + 1, numCols: right - left + 1, shape };
}

export function formatA1(row: number, col: number, numRows: number, numCols: number, shape: A1Shape = 'cells'): string {
  const lastRow = row + numRows - 1, lastCol = col + numCols - 1;
  if (shape === 'columns') return `${columnLetters(col)}:${columnLetters(lastCol)}`;
  if (shape === 'rows') return `${row}:${lastRow}`;
  const start = `${columnLetters(col)}${row}`;
  return numRows === 1 && numCols === 1 ? start : `${start}:${columnLetters(lastCol)}${lastRow}`;
}
