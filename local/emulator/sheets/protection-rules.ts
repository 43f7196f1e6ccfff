/**
 * Who may edit what. The file's owner edits everything; otherwise a protection that is not
 * warning-only blocks cells it covers (a sheet protection minus its unprotected ranges) unless the
 * active user is one of its editors, or in the owner's domain when domain edit is on. A fresh
 * protection mirrors the file's own permissions until its editors or domain setting change
 * (Sheet.protect() docs), and every user of the emulated file is an editor of the file.
 */
import type { Runtime } from '../runtime';
import { Exception } from '../errors';
import { BookData, ProtectionData, Rect, SheetData } from './state';
import { contains, intersects } from './layers';

export const PROTECTED_CELL = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export function ownerOf(rt: Runtime, book: BookData): string {
  return (rt.state.files[book.id]?.owner ?? '').toLowerCase();
}

export function userCanEdit(rt: Runtime, book: BookData, p: ProtectionData): boolean {
  const user = rt.state.user.toLowerCase();
  const owner = ownerOf(rt, book);
  if (user === owner || p.mirrorsFile) return true;
  if (p.editors.includes(user)) return true;
  return p.domainEdit && domainOf(user) === domainOf(owner);
}

/**
 * "Neither the owner of the spreadsheet nor the current user can be removed" (Protection.removeEditors
 * reference): a protection never binds the owner, nor locks out the person changing it.
 */
export function removableEditor(rt: Runtime, book: BookData, email: string): boolean {
  return email !== ownerOf(rt, book) && email !== rt.state.user.toLowerCase();
}

/** The rectangle a range protection covers (its named range, when it follows one). */
export function protectedRect(book: BookData, p: ProtectionData): Rect | null {
  if (p.rangeName) return book.namedRanges.find((n) => n.name === p.rangeName)?.rect ?? null;
  return p.rect;
}

function inside(outer: Rect, inner: Rect): boolean {
  return contains(outer, inner.r1, inner.c1) && contains(outer, inner.r2, inner.c2);
}

/** Throws Google's protected-cell error when the active user may not write to `rect`. */
export function assertCanEdit(rt: Runtime, book: BookData, sheet: SheetData, rect: Rect): void {
  if (!book.protections.length) return;
  for (const p of book.protections) {
    if (p.sheetId !== sheet.sheetId || p.warningOnly || userCanEdit(rt, book, p)) continue;
    if (p.type === 'SHEET') {
      // Unverified detail: a write must fall wholly inside one unprotected range to pass.
      if (!p.unprotected.some((u) => u.sheetId === sheet.sheetId && inside(u, rect))) throw new Exception(PROTECTED_CELL);
    } else {
      const r = protectedRect(book, p);
      if (r && intersects(r, rect)) throw new Exception(PROTECTED_CELL);
    }
  }
}

/** Inserting rows or columns, renaming: blocked by a sheet protection the user cannot edit. */
export function assertCanEditSheet(rt: Runtime, book: BookData, sheet: SheetData): void {
  for (const p of book.protections) {
    if (p.sheetId === sheet.sheetId && p.type === 'SHEET' && !p.warningOnly && !userCanEdit(rt, book, p)) {
      throw new Exception(PROTECTED_CELL);
    }
  }
}
