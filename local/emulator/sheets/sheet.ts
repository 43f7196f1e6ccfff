/** SpreadsheetApp.Sheet: a view (book id, sheet id) over one tab's data. */
import type { Runtime } from '../runtime';
import { KIND } from '../runtime';
import { Exception } from '../errors';
import { BookData, SheetData, bookOf, sheetById } from './state';
import { checkCoords } from './geometry';
import { SELF, isInt, signatureError } from './signature';
import { clearBlock, lastColumn, lastRow, rectOf, readDisplay, writeBlock } from './cells';
import { clearAttrs } from './layers';
import { deleteLines, insertLines } from './structure';
import { assertCanEditSheet } from './protection-rules';
import { Protection, createProtection } from './protection';
import { FORMAT_ATTRS, Range } from './range';
import { Spreadsheet, checkSheetName, resolveA1 } from './spreadsheet';
import type { Provides } from './provides';

const DEFAULT_COLUMN_WIDTH = 100;

export class Sheet implements Provides<GoogleAppsScript.Spreadsheet.Sheet, Sheet> {
  readonly [KIND] = 'SpreadsheetApp.Sheet';
  readonly [SELF] = this;
  constructor(private readonly _rt: Runtime, readonly _bookId: string, readonly _sheetId: number) {}

  _book(): BookData { return bookOf(this._rt, this._bookId)!; }
  _data(): SheetData { return sheetById(this._book(), this._sheetId); }
  private _m(method: string): string { return `SpreadsheetApp.Sheet.${method}`; }
  private _ints(method: string, args: unknown[], count: number): void {
    if (args.length !== count || !args.every(isInt)) throw signatureError(this._m(method), args);
  }

  getName(): string { return this._data().name; }
  getSheetId(): number { return this._sheetId; }
  getIndex(): number { return this._book().sheets.findIndex((s) => s.sheetId === this._sheetId) + 1; }
  getParent(): Spreadsheet { return new Spreadsheet(this._rt, this._bookId); }
  getMaxRows(): number { return this._data().maxRows; }
  getMaxColumns(): number { return this._data().maxCols; }
  getLastRow(): number { return lastRow(this._data()); }
  getLastColumn(): number { return lastColumn(this._data()); }
  toString(): string { return 'Sheet'; }

  setName(name: string): Sheet {
    if (typeof name !== 'string') throw signatureError(this._m('setName'), [...arguments]);
    checkSheetName(this._book(), name, this._sheetId);
    this._data().name = name;
    return this;
  }

  /** Unverified: A1 notation naming another tab ("Kas!A1") resolves on that tab. */
  getRange(...args: unknown[]): Range {
    if (args.length === 1 && typeof args[0] === 'string') return resolveA1(this._rt, this._book(), args[0], this._data());
    const c = checkCoords(this._m('getRange'), this._data(), args);
    return new Range(this._rt, this._bookId, this._sheetId, c.row, c.col, c.numRows, c.numCols);
  }

  /** From A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): Range {
    const d = this._data();
    return new Range(this._rt, this._bookId, this._sheetId, 1, 1, Math.max(1, lastRow(d)), Math.max(1, lastColumn(d)));
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet { this._ints('insertRowsAfter', [...arguments], 2); return this._insert('rows', afterPosition + 1, howMany); }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet { this._ints('insertRowsBefore', [...arguments], 2); return this._insert('rows', beforePosition, howMany); }
  insertRowAfter(afterPosition: number): Sheet { this._ints('insertRowAfter', [...arguments], 1); return this._insert('rows', afterPosition + 1, 1); }
  insertRowBefore(beforePosition: number): Sheet { this._ints('insertRowBefore', [...arguments], 1); return this._insert('rows', beforePosition, 1); }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet { this._ints('insertColumnsAfter', [...arguments], 2); return this._insert('cols', afterPosition + 1, howMany); }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet { this._ints('insertColumnsBefore', [...arguments], 2); return this._insert('cols', beforePosition, howMany); }
  deleteRow(rowPosition: number): Sheet { this._ints('deleteRow', [...arguments], 1); return this._delete('rows', rowPosition, 1); }
  deleteRows(rowPosition: number, howMany: number): Sheet { this._ints('deleteRows', [...arguments], 2); return this._delete('rows', rowPosition, howMany); }
  deleteColumn(columnPosition: number): Sheet { this._ints('deleteColumn', [...arguments], 1); return this._delete('cols', columnPosition, 1); }
  deleteColumns(columnPosition: number, howMany: number): Sheet { this._ints('deleteColumns', [...arguments], 2); return this._delete('cols', columnPosition, howMany); }

  private _insert(axis: 'rows' | 'cols', at: number, count: number): Sheet {
    insertLines(this._rt, this._book(), this._data(), axis, at, count);
    return this;
  }
  private _delete(axis: 'rows' | 'cols', at: number, count: number): Sheet {
    deleteLines(this._rt, this._book(), this._data(), axis, at, count);
    return this;
  }

  /** Writes after the last row with content, growing the sheet by a row (or columns) when full. */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents) || arguments.length !== 1) throw signatureError(this._m('appendRow'), [...arguments]);
    const book = this._book(), sheet = this._data();
    if (!rowContents.length) return this;
    const row = lastRow(sheet) + 1;
    if (row > sheet.maxRows) insertLines(this._rt, book, sheet, 'rows', sheet.maxRows + 1, row - sheet.maxRows);
    if (rowContents.length > sheet.maxCols) insertLines(this._rt, book, sheet, 'cols', sheet.maxCols + 1, rowContents.length - sheet.maxCols);
    writeBlock(this._rt, book, sheet, rectOf(row, 1, 1, rowContents.length), [rowContents]);
    this._rt.countCells('written', rowContents.length);
    return this;
  }

  getFrozenRows(): number { return this._data().frozenRows; }
  getFrozenColumns(): number { return this._data().frozenCols; }
  setFrozenRows(rows: number): void { this._ints('setFrozenRows', [...arguments], 1); this._data().frozenRows = Math.max(0, Math.trunc(rows)); }
  setFrozenColumns(columns: number): void { this._ints('setFrozenColumns', [...arguments], 1); this._data().frozenCols = Math.max(0, Math.trunc(columns)); }

  setTabColor(color: string | null): Sheet { this._data().tabColor = color ?? null; return this; }
  getTabColor(): string | null { return this._data().tabColor; }
  isSheetHidden(): boolean { return this._data().hidden; }
  showSheet(): Sheet { this._data().hidden = false; return this; }
  hideSheet(): Sheet {
    const book = this._book();
    if (book.sheets.every((s) => s.hidden || s.sheetId === this._sheetId)) throw new Exception("You can't hide all the sheets in a document."); // unverified text
    this._data().hidden = true;
    return this;
  }

  activate(): Sheet { this._book().activeSheetId = this._sheetId; return this; }

  getColumnWidth(columnPosition: number): number { return this._data().colWidths[String(columnPosition)] ?? DEFAULT_COLUMN_WIDTH; }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this._ints('setColumnWidth', [...arguments], 2);
    this._data().colWidths[String(columnPosition)] = width;
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this._ints('setColumnWidths', [...arguments], 3);
    for (let c = startColumn; c < startColumn + numColumns; c++) this._data().colWidths[String(c)] = width;
    return this;
  }

  /** Fits columns to their longest shown text: an estimate (7 px a character), no fonts here. */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    this._ints('autoResizeColumns', [...arguments], 2);
    const d = this._data();
    const rows = Math.max(1, lastRow(d));
    const shown = readDisplay(this._book(), d, rectOf(1, startColumn, rows, numColumns));
    for (let j = 0; j < numColumns; j++) {
      const longest = shown.reduce((n, line) => Math.max(n, line[j].length), 0);
      d.colWidths[String(startColumn + j)] = longest ? longest * 7 + 12 : DEFAULT_COLUMN_WIDTH;
    }
    return this;
  }

  protect(): Protection { return createProtection(this._rt, this._book(), this._data(), 'SHEET', null); }

  getProtections(type: unknown): Protection[] {
    return this._book().protections
      .filter((p) => p.sheetId === this._sheetId && p.type === String(type))
      .map((p) => new Protection(this._rt, this._bookId, p.id));
  }

  clearContents(): Sheet { return this._clear(true, false); }
  clearFormats(): Sheet { return this._clear(false, true); }
  clear(): Sheet { return this._clear(true, true); }
  /** Every cell of the tab is written, whatever it held. */
  private _clear(contents: boolean, formats: boolean): Sheet {
    const d = this._data();
    assertCanEditSheet(this._rt, this._book(), d);
    if (contents) clearBlock(this._rt, this._book(), d, rectOf(1, 1, d.maxRows, d.maxCols));
    if (formats) clearAttrs(d, rectOf(1, 1, d.maxRows, d.maxCols), FORMAT_ATTRS);
    this._rt.countCells('written', d.maxRows * d.maxCols);
    return this;
  }
}

