/**
 * The plain-JSON data behind every spreadsheet: what `save()` writes. Classes elsewhere are thin
 * views that hold ids and look this data up, so a saved workspace continues exactly.
 *
 * Cells are stored compactly, one array per row (trailing blanks omitted, blank = null), because a
 * journal tab may hold 100,000 rows and is read with one getValues().
 */
import type { Runtime } from '../runtime';
import { Exception } from '../errors';

/** A date or date-time, as a serial day number in the spreadsheet's time zone (epoch 1899-12-30). */
export interface DateCell { d: number }
/** A formula as typed; its value is computed on read. */
export interface FormulaCell { f: string }
export type Cell = null | string | number | boolean | DateCell | FormulaCell;

/** A rectangle of a sheet, 1-based and inclusive. */
export interface Rect { r1: number; c1: number; r2: number; c2: number }

/** One formatting or validation assignment: the last rule covering a cell wins. */
export interface AttrRule extends Rect { v: unknown }

export interface SheetData {
  sheetId: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  tabColor: string | null;
  colWidths: Record<string, number>;
  rows: Array<Cell[] | null>;
  /** Cell attributes by name (numberFormat, fontWeight, background, ..., validation). */
  attrs: Record<string, AttrRule[]>;
}

export interface ProtectionData {
  id: number;
  type: 'SHEET' | 'RANGE';
  sheetId: number;
  rect: Rect | null;
  rangeName: string | null;
  description: string;
  editors: string[];
  domainEdit: boolean;
  warningOnly: boolean;
  /** Until the editors or domain setting change, a protection mirrors the file's own permissions. */
  mirrorsFile: boolean;
  unprotected: Array<{ sheetId: number } & Rect>;
}

export interface NamedRangeData { name: string; sheetId: number; rect: Rect }

export interface BookData {
  id: string;
  sheets: SheetData[];
  activeSheetId: number;
  timeZone: string;
  locale: string;
  namedRanges: NamedRangeData[];
  protections: ProtectionData[];
  nextSheetId: number;
  nextProtectionId: number;
}

export interface SheetsState { books: Record<string, BookData> }

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const CELL_LIMIT = 10_000_000;

export function sheetsState(rt: Runtime): SheetsState {
  return rt.service<SheetsState>('sheets', () => ({ books: {} }));
}

/** The book behind a spreadsheet file; a spreadsheet made elsewhere (e.g. via Drive) gets Sheet1. */
export function bookOf(rt: Runtime, id: string): BookData | null {
  const file = rt.state.files[id];
  if (!file || file.mimeType !== SPREADSHEET_MIME) return null;
  const books = sheetsState(rt).books;
  return books[id] ?? (books[id] = newBook(rt, id, 1000, 26));
}

export function newBook(rt: Runtime, id: string, rows: number, cols: number): BookData {
  return {
    id,
    sheets: [newSheet('Sheet1', 0, rows, cols)],
    activeSheetId: 0,
    timeZone: rt.state.timeZone,
    locale: rt.state.ownerLocale ?? 'en_US',
    namedRanges: [],
    protections: [],
    nextSheetId: 1,
    nextProtectionId: 1,
  };
}

export function newSheet(name: string, sheetId: number, rows: number, cols: number): SheetData {
  return { sheetId, name, maxRows: rows, maxCols: cols, frozenRows: 0, frozenCols: 0, hidden: false, tabColor: null, colWidths: {}, rows: [], attrs: {} };
}

/** Sheet ids look random in Google; here they are deterministic per book. */
export function nextSheetId(book: BookData): number {
  const n = book.nextSheetId++;
  return (n * 2654435761) % 2147483647;
}

export function sheetById(book: BookData, sheetId: number): SheetData {
  const s = book.sheets.find((x) => x.sheetId === sheetId);
  if (!s) throw new Exception('This sheet has been deleted.'); // unverified text
  return s;
}

/** Throws Google's error when growing a book by `extra` cells would pass the 10 million limit. */
export function checkCellLimit(book: BookData, extra: number): void {
  const used = book.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  if (used + extra > CELL_LIMIT) {
    throw new Exception(`This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`);
  }
}

export function isDateCell(c: Cell): c is DateCell {
  return typeof c === 'object' && c !== null && 'd' in c;
}

export function isFormulaCell(c: Cell): c is FormulaCell {
  return typeof c === 'object' && c !== null && 'f' in c;
}
