/** SpreadsheetApp.Range: a thin view (book id, sheet id, rectangle) over the sheet's data. */
import type { Runtime } from '../runtime';
import { KIND } from '../runtime';
import { Exception } from '../errors';
import { BookData, Cell, Rect, SheetData, bookOf, sheetById } from './state';
import { A1Shape, formatA1 } from './a1';
import { checkBounds } from './geometry';
import { checkGrid, isInt, SELF, signatureError, unwrap } from './signature';
import { clearBlock, readDisplay, readFormulas, readValues, rectOf, writeBlock } from './cells';
import { attrLookup, clearAttrs, setAttr, setAttrGrid } from './layers';
import { assertCanEdit } from './protection-rules';
import { DEFAULT_NUMBER_FORMAT } from './display';
import { parseTyped } from './coerce';
import { shiftFormula } from './formula';
import { DataValidation, ValidationData } from './validation';
import { createProtection } from './protection';
import { Sheet } from './sheet';
import type { Provides } from './provides';

/** Attributes that Range.clear() resets (formats); data validation stays (docs: contents and formats). */
export const FORMAT_ATTRS = ['numberFormat', 'fontWeight', 'background', 'horizontalAlignment', 'wrap'];
const STYLE_DEFAULTS: Record<string, unknown> = { fontWeight: 'normal', background: '#ffffff', horizontalAlignment: 'general' };

export class Range implements Provides<GoogleAppsScript.Spreadsheet.Range, Range> {
  readonly [KIND] = 'SpreadsheetApp.Range';
  readonly [SELF] = this;

  constructor(
    private readonly _rt: Runtime,
    readonly _bookId: string,
    readonly _sheetId: number,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
    /** 'sheet' is a protection's whole-sheet range, whose A1 notation is "". */
    private readonly _shape: A1Shape | 'sheet' = 'cells',
  ) {}

  _book(): BookData {
    const b = bookOf(this._rt, this._bookId);
    if (!b) throw new Exception('Unexpected error while getting the method or property getRange on object SpreadsheetApp.Spreadsheet.');
    return b;
  }
  _sheet(): SheetData { return sheetById(this._book(), this._sheetId); }
  _rect(): Rect { return rectOf(this._row, this._col, this._numRows, this._numCols); }
  _name(m: string): string { return `SpreadsheetApp.Range.${m}`; }
  private _fill<T>(v: T): T[][] { return Array.from({ length: this._numRows }, () => new Array<T>(this._numCols).fill(v)); }
  /** The top-left cell: what getValue, getFormula, getNumberFormat... read. */
  private _first(): Range { return new Range(this._rt, this._bookId, this._sheetId, this._row, this._col, 1, 1); }
  /** Counts the cells this call read or wrote (the whole range). */
  private _count<T>(kind: 'read' | 'written', result: T): T {
    this._rt.countCells(kind, this._numRows * this._numCols);
    return result;
  }

  getRow(): number { return this._row; }
  getColumn(): number { return this._col; }
  getNumRows(): number { return this._numRows; }
  getNumColumns(): number { return this._numCols; }
  getLastRow(): number { return this._row + this._numRows - 1; }
  getLastColumn(): number { return this._col + this._numCols - 1; }
  getA1Notation(): string { return this._shape === 'sheet' ? '' : formatA1(this._row, this._col, this._numRows, this._numCols, this._shape); }
  getSheet(): Sheet { return new Sheet(this._rt, this._bookId, this._sheetId); }
  getGridId(): number { return this._sheetId; }
  toString(): string { return 'Range'; }

  getValues(): unknown[][] { return this._count('read', readValues(this._book(), this._sheet(), this._rect())); }
  getValue(): unknown { return this._first().getValues()[0][0]; }
  getDisplayValues(): string[][] { return this._count('read', readDisplay(this._book(), this._sheet(), this._rect())); }
  getDisplayValue(): string { return this._first().getDisplayValues()[0][0]; }
  getFormulas(): string[][] { return this._count('read', readFormulas(this._sheet(), this._rect())); }
  getFormula(): string { return this._first().getFormulas()[0][0]; }
  isBlank(): boolean { return this.getValues().every((r) => r.every((v) => v === '')); }

  setValues(values: unknown[][]): Range {
    if (arguments.length !== 1) throw signatureError(this._name('setValues'), [...arguments]);
    const grid = checkGrid(this._name('setValues'), values, this._numRows, this._numCols);
    writeBlock(this._rt, this._book(), this._sheet(), this._rect(), grid);
    return this._count('written', this);
  }

  setValue(value: unknown): Range {
    if (arguments.length !== 1) throw signatureError(this._name('setValue'), [...arguments]);
    writeBlock(this._rt, this._book(), this._sheet(), this._rect(), this._fill(value));
    return this._count('written', this);
  }

  setFormula(formula: string): Range {
    if (typeof formula !== 'string') throw signatureError(this._name('setFormula'), [...arguments]);
    const grid = this._fill(null).map((line, i) => line.map((_v, j) => this._formulaCell(shiftFormula(formula, i, j))));
    writeBlock(this._rt, this._book(), this._sheet(), this._rect(), grid, true);
    return this._count('written', this);
  }

  setFormulas(formulas: string[][]): Range {
    const grid = checkGrid(this._name('setFormulas'), formulas, this._numRows, this._numCols);
    writeBlock(this._rt, this._book(), this._sheet(), this._rect(), grid.map((line) => line.map((f) => this._formulaCell(String(f ?? '')))), true);
    return this._count('written', this);
  }

  private _formulaCell(text: string): Cell {
    if (text === '') return null;
    const b = this._book();
    return text.startsWith('=') ? { f: text } : parseTyped(text, { locale: b.locale, timeZone: b.timeZone });
  }

  getNumberFormat(): string { return this._first().getNumberFormats()[0][0]; }
  getNumberFormats(): string[][] { return this._attrGrid('numberFormat', DEFAULT_NUMBER_FORMAT) as string[][]; }

  setNumberFormat(format: string): Range {
    if (typeof format !== 'string') throw signatureError(this._name('setNumberFormat'), [...arguments]);
    return this._setAttr('numberFormat', normaliseFormat(format));
  }

  setNumberFormats(formats: string[][]): Range {
    const grid = checkGrid(this._name('setNumberFormats'), formats, this._numRows, this._numCols);
    return this._setAttrGrid('numberFormat', grid.map((l) => l.map((f) => normaliseFormat(String(f)))));
  }

  setFontWeight(weight: string | null): Range { return this._setAttr('fontWeight', weight === 'normal' ? null : weight); }
  setFontWeights(weights: Array<Array<string | null>>): Range {
    return this._setAttrGrid('fontWeight', checkGrid(this._name('setFontWeights'), weights, this._numRows, this._numCols));
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight { return this._first()._attrGrid('fontWeight', 'normal')[0][0] as GoogleAppsScript.Spreadsheet.FontWeight; }
  setBackground(color: string | null): Range { return this._setAttr('background', color); }
  setBackgrounds(colors: Array<Array<string | null>>): Range {
    return this._setAttrGrid('background', checkGrid(this._name('setBackgrounds'), colors, this._numRows, this._numCols));
  }
  getBackground(): string { return this._first()._attrGrid('background', STYLE_DEFAULTS.background)[0][0] as string; }
  // Live accepts any text here without error; 'normal' reads back as "general-left".
  setHorizontalAlignment(alignment: string | null): Range {
    return this._setAttr('horizontalAlignment', alignment === 'normal' ? 'general-left' : alignment);
  }
  getHorizontalAlignment(): string { return this._first()._attrGrid('horizontalAlignment', 'general')[0][0] as string; }
  setWrap(wrap: boolean): Range { return this._setAttr('wrap', wrap); }

  // Validation is stored, not enforced on script writes (unverified: live may reject invalid input).
  setDataValidation(rule: DataValidation | null): Range {
    const raw = unwrap(rule, DataValidation);
    if (rule !== null && !raw) throw signatureError(this._name('setDataValidation'), [...arguments]);
    return this._setAttr('validation', raw ? raw._data : null);
  }
  setDataValidations(rules: Array<Array<DataValidation | null>>): Range {
    const grid = checkGrid(this._name('setDataValidations'), rules, this._numRows, this._numCols);
    return this._setAttrGrid('validation', grid.map((l) => l.map((r) => unwrap(r, DataValidation)?._data ?? null)));
  }
  getDataValidation(): DataValidation | null { return this._first().getDataValidations()[0][0]; }
  getDataValidations(): Array<Array<DataValidation | null>> {
    return this._attrGrid('validation', null).map((l) => l.map((d) => (d ? new DataValidation(d as ValidationData) : null)));
  }

  clearContent(): Range {
    clearBlock(this._rt, this._book(), this._sheet(), this._rect());
    return this._count('written', this);
  }

  clear(): Range {
    clearBlock(this._rt, this._book(), this._sheet(), this._rect());
    clearAttrs(this._sheet(), this._rect(), FORMAT_ATTRS);
    return this._count('written', this);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const args = [...arguments];
    if (args.length < 2 || !args.every(isInt)) throw signatureError(this._name('offset'), args);
    const c = checkBounds(this._sheet(), {
      row: this._row + Math.trunc(rowOffset), col: this._col + Math.trunc(columnOffset),
      numRows: numRows === undefined ? this._numRows : Math.trunc(numRows),
      numCols: numColumns === undefined ? this._numCols : Math.trunc(numColumns),
    });
    return new Range(this._rt, this._bookId, this._sheetId, c.row, c.col, c.numRows, c.numCols);
  }

  protect() {
    return createProtection(this._rt, this._book(), this._sheet(), 'RANGE', this._rect());
  }

  private _setAttr(name: string, value: unknown): Range {
    assertCanEdit(this._rt, this._book(), this._sheet(), this._rect());
    setAttr(this._sheet(), name, this._rect(), value ?? null);
    return this._count('written', this);
  }

  private _setAttrGrid(name: string, grid: unknown[][]): Range {
    assertCanEdit(this._rt, this._book(), this._sheet(), this._rect());
    setAttrGrid(this._sheet(), name, this._row, this._col, grid);
    return this._count('written', this);
  }

  private _attrGrid(name: string, fallback: unknown): unknown[][] {
    const look = attrLookup(this._sheet(), name, this._rect());
    return this._count('read', this._fill(fallback).map((line, i) => line.map((v, j) => (look ? look(this._row + i, this._col + j) ?? v : v))));
  }
}

/** "General" and the default pattern are one format: stored as no rule. */
function normaliseFormat(format: string): string | null {
  return /^general$/i.test(format) || format === DEFAULT_NUMBER_FORMAT ? null : format;
}
