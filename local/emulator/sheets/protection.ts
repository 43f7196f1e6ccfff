/**
 * SpreadsheetApp.Protection: a view over one ProtectionData of a book. Enforcement lives in
 * protection-rules.ts; this is the script-facing editor list, description and range.
 */
import type { Runtime } from '../runtime';
import { KIND } from '../runtime';
import { Exception } from '../errors';
import { BookData, ProtectionData, Rect, SheetData, bookOf } from './state';
import { SELF, signatureError, unwrap } from './signature';
import { User, emailOf } from './user';
import { ownerOf, protectedRect, removableEditor, userCanEdit } from './protection-rules';
import { Range } from './range';
import { NamedRange } from './named-range';
import type { Provides } from './provides';

export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });

/** sheet.protect() returns the sheet's one protection if it has it; range.protect() adds one. */
export function createProtection(rt: Runtime, book: BookData, sheet: SheetData, type: 'SHEET' | 'RANGE', rect: Rect | null): Protection {
  const existing = type === 'SHEET' && book.protections.find((p) => p.type === 'SHEET' && p.sheetId === sheet.sheetId);
  if (existing) return new Protection(rt, book.id, existing.id);
  const user = rt.state.user.toLowerCase();
  const data: ProtectionData = {
    id: book.nextProtectionId++, type, sheetId: sheet.sheetId, rect, rangeName: null, description: '',
    editors: user === ownerOf(rt, book) ? [] : [user], domainEdit: false, warningOnly: false, mirrorsFile: true, unprotected: [],
  };
  book.protections.push(data);
  return new Protection(rt, book.id, data.id);
}

export class Protection implements Provides<GoogleAppsScript.Spreadsheet.Protection, Protection> {
  readonly [KIND] = 'SpreadsheetApp.Protection';
  readonly [SELF] = this;
  constructor(private readonly _rt: Runtime, private readonly _bookId: string, private readonly _id: number) {}

  private _book(): BookData { return bookOf(this._rt, this._bookId)!; }
  private _data(): ProtectionData {
    const p = this._book().protections.find((x) => x.id === this._id);
    if (!p) throw new Exception('The protection has been removed.'); // unverified text
    return p;
  }
  private _editorsChanged(p: ProtectionData): void { p.mirrorsFile = false; }

  getProtectionType(): string { return this._data().type; }
  getDescription(): string { return this._data().description; }
  setDescription(description: string): Protection { this._data().description = String(description); return this; }
  isWarningOnly(): boolean { return this._data().warningOnly; }
  setWarningOnly(warningOnly: boolean): Protection { this._data().warningOnly = Boolean(warningOnly); return this; }
  canDomainEdit(): boolean { return this._data().domainEdit; }
  canEdit(): boolean { return userCanEdit(this._rt, this._book(), this._data()); }
  toString(): string { return 'Protection'; }

  setDomainEdit(editable: boolean): Protection {
    const p = this._data();
    p.domainEdit = Boolean(editable);
    this._editorsChanged(p);
    return this;
  }

  /** The owner is never listed (and cannot be removed). */
  getEditors(): User[] { return this._data().editors.map((e) => new User(e)); }
  addEditor(emailOrUser: unknown): Protection { return this.addEditors([emailOrUser]); }
  removeEditor(emailOrUser: unknown): Protection { return this.removeEditors([emailOrUser]); }

  addEditors(emails: unknown[]): Protection {
    if (!Array.isArray(emails)) throw signatureError('SpreadsheetApp.Protection.addEditors', [...arguments]);
    const p = this._data();
    const owner = ownerOf(this._rt, this._book());
    for (const e of emails.map(emailOf)) if (e !== owner && !p.editors.includes(e)) p.editors.push(e);
    this._editorsChanged(p);
    return this;
  }

  removeEditors(emails: unknown[]): Protection {
    if (!Array.isArray(emails)) throw signatureError('SpreadsheetApp.Protection.removeEditors', [...arguments]);
    const p = this._data();
    const gone = new Set(emails.map(emailOf));
    p.editors = p.editors.filter((e) => !gone.has(e) || !removableEditor(this._rt, this._book(), e));
    this._editorsChanged(p);
    return this;
  }

  /** A sheet protection's range spans the whole sheet and prints as "". */
  getRange(): Range {
    const p = this._data();
    const book = this._book();
    const sheet = book.sheets.find((s) => s.sheetId === p.sheetId)!;
    if (p.type === 'SHEET') return new Range(this._rt, book.id, sheet.sheetId, 1, 1, sheet.maxRows, sheet.maxCols, 'sheet');
    const r = protectedRect(book, p) ?? { r1: 1, c1: 1, r2: 1, c2: 1 };
    return new Range(this._rt, book.id, sheet.sheetId, r.r1, r.c1, r.r2 - r.r1 + 1, r.c2 - r.c1 + 1);
  }

  getRangeName(): string | null { return this._data().rangeName; }

  setRange(range: Range): Protection {
    const raw = unwrap(range, Range);
    if (!raw) throw signatureError('SpreadsheetApp.Protection.setRange', [...arguments]);
    const p = this._rangeOnly();
    Object.assign(p, { sheetId: raw._sheetId, rect: raw._rect(), rangeName: null });
    return this;
  }

  setRangeName(rangeName: string): Protection {
    const named = this._book().namedRanges.find((n) => n.name === rangeName);
    if (!named) throw new Exception(`No named range of ${rangeName}.`);
    Object.assign(this._rangeOnly(), { sheetId: named.sheetId, rect: null, rangeName });
    return this;
  }

  setNamedRange(namedRange: NamedRange): Protection {
    const raw = unwrap(namedRange, NamedRange);
    if (!raw) throw signatureError('SpreadsheetApp.Protection.setNamedRange', [...arguments]);
    return this.setRangeName(raw.getName());
  }

  private _rangeOnly(): ProtectionData {
    const p = this._data();
    if (p.type === 'SHEET') throw new Exception('Cannot change sheet protection to range protection (or vice versa).');
    return p;
  }

  setUnprotectedRanges(ranges: Range[]): Protection {
    const raws = Array.isArray(ranges) ? ranges.map((r) => unwrap(r, Range)) : null;
    if (!raws || raws.some((r) => !r)) throw signatureError('SpreadsheetApp.Protection.setUnprotectedRanges', [...arguments]);
    const p = this._data();
    // Unverified: a range protection ignores unprotected ranges (they belong to sheet protections).
    if (p.type === 'SHEET') p.unprotected = raws.map((r) => ({ sheetId: r!._sheetId, ...r!._rect() }));
    return this;
  }

  getUnprotectedRanges(): Range[] {
    return this._data().unprotected.map((u) => new Range(this._rt, this._bookId, u.sheetId, u.r1, u.c1, u.r2 - u.r1 + 1, u.c2 - u.c1 + 1));
  }

  remove(): void {
    const book = this._book();
    book.protections = book.protections.filter((x) => x.id !== this._id);
  }
}
