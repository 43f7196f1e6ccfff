/** SpreadsheetApp.Spreadsheet: a view over one book (a Drive file of the spreadsheet type). */
import type { Runtime } from '../runtime';
import { KIND } from '../runtime';
import { DOC_ID } from '../script';
import { Exception } from '../errors';
import { BookData, SheetData, bookOf, checkCellLimit, newSheet, nextSheetId } from './state';
import { parseA1, splitSheetName } from './a1';
import { SELF, isInt, signatureError, unwrap } from './signature';
import { Sheet } from './sheet';
import { Range } from './range';
import { NamedRange, namedRangeView } from './named-range';
import { Protection } from './protection';
import type { Provides } from './provides';

const M = 'SpreadsheetApp.Spreadsheet';

/** Sheet names are unique regardless of case in Sheets. */
export function checkSheetName(book: BookData, name: string, exceptId: number | null): void {
  if (book.sheets.some((s) => s.sheetId !== exceptId && s.name.toLowerCase() === name.toLowerCase())) {
    throw new Exception(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

/** A1 notation with an optional sheet name ("'Sheet 1'!A1:B2"); without one, on `fallback`. */
export function resolveA1(rt: Runtime, book: BookData, a1: string, fallback: SheetData): Range {
  const { sheetName } = splitSheetName(a1);
  const sheet = sheetName === null ? fallback : book.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Exception('Range not found');
  const p = parseA1(a1, sheet.maxRows, sheet.maxCols);
  return new Range(rt, book.id, sheet.sheetId, p.row, p.col, p.numRows, p.numCols, p.shape);
}

export class Spreadsheet implements Provides<GoogleAppsScript.Spreadsheet.Spreadsheet, Spreadsheet> {
  readonly [KIND] = M;
  readonly [SELF] = this;
  constructor(private readonly _rt: Runtime, readonly _bookId: string) {}

  _book(): BookData {
    const b = bookOf(this._rt, this._bookId);
    if (!b) throw new Exception('Unexpected error while getting the method or property getSheets on object SpreadsheetApp.Spreadsheet.'); // unverified
    return b;
  }
  private _sheet(d: SheetData): Sheet { return new Sheet(this._rt, this._bookId, d.sheetId); }
  private _active(): SheetData { const b = this._book(); return b.sheets.find((s) => s.sheetId === b.activeSheetId) ?? b.sheets[0]; }

  getId(): string { return this._bookId; }
  /** Its id for ScriptApp (forSpreadsheet, getUserTriggers) without a counted getId call. */
  get [DOC_ID](): string { return this._bookId; }
  getName(): string { return this._rt.state.files[this._bookId].name; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this._bookId}/edit`; }
  toString(): string { return 'Spreadsheet'; }

  rename(newName: string): void {
    if (typeof newName !== 'string') throw signatureError(`${M}.rename`, [...arguments]);
    const f = this._rt.state.files[this._bookId];
    f.name = newName;
    f.modifiedTime = this._rt.now();
  }

  getSheets(): Sheet[] { return this._book().sheets.map((s) => this._sheet(s)); }
  getNumSheets(): number { return this._book().sheets.length; }
  getSheetByName(name: string): Sheet | null {
    const d = this._book().sheets.find((s) => s.name === name);
    return d ? this._sheet(d) : null;
  }
  getSheetById(id: number): Sheet | null {
    const d = this._book().sheets.find((s) => s.sheetId === id);
    return d ? this._sheet(d) : null;
  }
  getActiveSheet(): Sheet { return this._sheet(this._active()); }
  setActiveSheet(sheet: Sheet): Sheet {
    const raw = unwrap(sheet, Sheet);
    if (!raw || raw._bookId !== this._bookId) throw signatureError(`${M}.setActiveSheet`, [...arguments]);
    this._book().activeSheetId = raw._sheetId;
    return sheet;
  }

  /** insertSheet(), (index), (name), (name, index): a 0-based index; the new sheet becomes active. */
  insertSheet(...args: unknown[]): Sheet {
    const book = this._book();
    let [name, index] = typeof args[0] === 'number' ? [undefined, args[0]] : [args[0], args[1]];
    if ((name !== undefined && typeof name !== 'string') || (index !== undefined && !isInt(index))) throw signatureError(`${M}.insertSheet`, args);
    if (name === undefined) {
      let n = book.sheets.length + 1;
      while (book.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    checkSheetName(book, name as string, null);
    checkCellLimit(book, 1000 * 26);
    const data = newSheet(name as string, nextSheetId(book), 1000, 26);
    const at = index === undefined ? book.sheets.length : Math.min(Math.max(0, Math.trunc(index as number)), book.sheets.length);
    book.sheets.splice(at, 0, data);
    book.activeSheetId = data.sheetId;
    return this._sheet(data);
  }

  deleteSheet(sheet: Sheet): void {
    const raw = unwrap(sheet, Sheet);
    if (!raw) throw signatureError(`${M}.deleteSheet`, [...arguments]);
    const book = this._book();
    if (book.sheets.length === 1) throw new Exception("You can't remove all the sheets in a document.");
    const id = raw._sheetId;
    book.sheets = book.sheets.filter((s) => s.sheetId !== id);
    book.protections = book.protections.filter((p) => p.sheetId !== id);
    book.namedRanges = book.namedRanges.filter((n) => n.sheetId !== id);
    if (book.activeSheetId === id) book.activeSheetId = book.sheets[0].sheetId;
  }

  getSpreadsheetTimeZone(): string { return this._book().timeZone; }
  setSpreadsheetTimeZone(timezone: string): void {
    if (typeof timezone !== 'string') throw signatureError(`${M}.setSpreadsheetTimeZone`, [...arguments]);
    this._book().timeZone = timezone;
  }
  getSpreadsheetLocale(): string { return this._book().locale; }
  setSpreadsheetLocale(locale: string): void {
    if (typeof locale !== 'string') throw signatureError(`${M}.setSpreadsheetLocale`, [...arguments]);
    this._book().locale = locale;
  }

  getRange(a1Notation: string): Range {
    if (typeof a1Notation !== 'string') throw signatureError(`${M}.getRange`, [...arguments]);
    return resolveA1(this._rt, this._book(), a1Notation, this._active());
  }

  /** A name that already exists is moved to the new range. */
  setNamedRange(name: string, range: Range): void {
    const raw = unwrap(range, Range);
    if (typeof name !== 'string' || !raw) throw signatureError(`${M}.setNamedRange`, [...arguments]);
    const book = this._book();
    book.namedRanges = book.namedRanges.filter((n) => n.name !== name);
    book.namedRanges.push({ name, sheetId: raw._sheetId, rect: raw._rect() });
  }
  getRangeByName(name: string): Range | null {
    const n = this._book().namedRanges.find((x) => x.name === name);
    return n ? namedRangeView(this._rt, this._bookId, n) : null;
  }
  getNamedRanges(): NamedRange[] { return this._book().namedRanges.map((n) => new NamedRange(this._rt, this._bookId, n.name)); }
  removeNamedRange(name: string): void {
    const book = this._book();
    book.namedRanges = book.namedRanges.filter((n) => n.name !== name);
  }

  getProtections(type: unknown): Protection[] {
    return this._book().protections.filter((p) => p.type === String(type)).map((p) => new Protection(this._rt, this._bookId, p.id));
  }
}
