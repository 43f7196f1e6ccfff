/** SpreadsheetApp.NamedRange: a name for a rectangle, kept in the book (moves with row inserts). */
import type { Runtime } from '../runtime';
import { KIND } from '../runtime';
import { Exception } from '../errors';
import { BookData, NamedRangeData, bookOf } from './state';
import { SELF, signatureError, unwrap } from './signature';
import { Range } from './range';
import type { Provides } from './provides';

export class NamedRange implements Provides<GoogleAppsScript.Spreadsheet.NamedRange, NamedRange> {
  readonly [KIND] = 'SpreadsheetApp.NamedRange';
  readonly [SELF] = this;
  constructor(private readonly _rt: Runtime, private readonly _bookId: string, private _name: string) {}

  private _book(): BookData { return bookOf(this._rt, this._bookId)!; }
  private _data(): NamedRangeData {
    const n = this._book().namedRanges.find((x) => x.name === this._name);
    if (!n) throw new Exception(`No named range of ${this._name}.`);
    return n;
  }

  getName(): string { return this._name; }
  getRange(): Range { return namedRangeView(this._rt, this._bookId, this._data()); }
  toString(): string { return 'NamedRange'; }

  setName(name: string): NamedRange {
    const d = this._data();
    d.name = String(name);
    this._name = d.name;
    return this;
  }

  setRange(range: Range): NamedRange {
    const raw = unwrap(range, Range);
    if (!raw) throw signatureError('SpreadsheetApp.NamedRange.setRange', [...arguments]);
    Object.assign(this._data(), { sheetId: raw._sheetId, rect: raw._rect() });
    return this;
  }

  remove(): void {
    const book = this._book();
    book.namedRanges = book.namedRanges.filter((x) => x.name !== this._name);
  }
}

export function namedRangeView(rt: Runtime, bookId: string, n: NamedRangeData): Range {
  return new Range(rt, bookId, n.sheetId, n.rect.r1, n.rect.c1, n.rect.r2 - n.rect.r1 + 1, n.rect.c2 - n.rect.c1 + 1);
}
