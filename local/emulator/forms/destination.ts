/**
 * The form's spreadsheet destination, written straight into the sheets module's data (Forms writes
 * as the platform, not as the script: no call is counted and sheet protection does not apply).
 */
import type { Runtime } from '../runtime';
import { bookOf, BookData, Cell, nextSheetId, newSheet, SheetData, SPREADSHEET_MIME } from '../sheets/state';
import { civilSerial, dateToSerial } from '../sheets/dates';
import { lastRow, touch } from '../sheets/cells';
import { wallFields } from '../zone';
import type { FormData } from './state';

export function spreadsheetExists(rt: Runtime, id: string): boolean {
  const f = rt.state.files[id];
  return Boolean(f && !f.trashed && f.mimeType === SPREADSHEET_MIME);
}

/** "Timestamp", "Email Address" when collected, then each question's title in item order. */
export function responseHeaders(form: FormData): string[] {
  const titles = form.items.filter((i) => i.type !== 'SECTION_HEADER').map((i) => i.title);
  return ['Timestamp', ...(form.collectEmail ? ['Email Address'] : []), ...titles];
}

export function spreadsheetTimeZone(rt: Runtime, id: string): string {
  return bookOf(rt, id)?.timeZone ?? rt.state.timeZone;
}

/** "1/5/2026 9:00:00": how Sheets shows a form timestamp in the en-US default format. */
export function sheetsTimestamp(ms: number, timeZone: string): string {
  const w = wallFields(ms, timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.month}/${w.day}/${w.year} ${w.hour}:${p(w.minute)}:${p(w.second)}`;
}

/** Adds "Form Responses N" (the first N free) as the first tab, header row frozen; returns its name. */
export function createResponsesSheet(rt: Runtime, spreadsheetId: string, form: FormData): string {
  const book = bookOf(rt, spreadsheetId)!;
  let n = 1;
  while (book.sheets.some((s) => s.name === `Form Responses ${n}`)) n++;
  const headers = responseHeaders(form);
  const sheet = newSheet(`Form Responses ${n}`, nextSheetId(book), 1000, Math.max(26, headers.length));
  sheet.frozenRows = 1;
  book.sheets.unshift(sheet);
  writeHeader(sheet, headers);
  touch(rt, book);
  return sheet.name;
}

/** One answer cell as Forms writes it: numbers and dates typed, text kept text (never a formula). */
export type ResponseCell = { text: string } | { date: string } | { instant: number };

/**
 * Appends a response row below the last one (the header is refreshed first: questions added after
 * linking get their column). Returns the 1-based row and column count, or null if the tab is gone.
 */
export function appendResponseRow(rt: Runtime, spreadsheetId: string, sheetName: string, form: FormData, cells: ResponseCell[]): { row: number; columns: number } | null {
  const book = bookOf(rt, spreadsheetId);
  const sheet = book?.sheets.find((s) => s.name === sheetName);
  if (!book || !sheet) return null;
  const headers = responseHeaders(form);
  writeHeader(sheet, headers);
  const row = Math.max(lastRow(sheet), 1) + 1;
  if (row > sheet.maxRows) sheet.maxRows = row;
  sheet.rows[row - 1] = trimmed(cells.map((c) => toCell(book, c)));
  touch(rt, book);
  return { row, columns: headers.length };
}

function writeHeader(sheet: SheetData, headers: string[]): void {
  if (headers.length > sheet.maxCols) sheet.maxCols = headers.length;
  const current = (sheet.rows[0] ?? []) as Cell[];
  sheet.rows[0] = headers.map((h, i) => h || current[i] || null);
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

function toCell(book: BookData, c: ResponseCell): Cell {
  if ('instant' in c) return { d: dateToSerial(new Date(c.instant), book.timeZone) };
  if ('date' in c) {
    const [y, m, d] = c.date.split('-').map(Number);
    return { d: civilSerial(y, m, d) };
  }
  if (c.text === '') return null;
  // Sheets shows numeric answers as numbers: a phone "0812..." loses its leading zero here too.
  return NUMBER.test(c.text) ? Number(c.text) : c.text;
}

function trimmed(cells: Cell[]): Cell[] {
  while (cells.length && cells[cells.length - 1] === null) cells.pop();
  return cells;
}
