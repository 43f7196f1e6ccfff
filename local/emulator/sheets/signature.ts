/**
 * Argument checks with Google's wording: "The parameters (String) don't match the method signature
 * for SpreadsheetApp.Range.setValues." Also unwraps emulated objects that scripts pass back in
 * (they arrive as proxies, whose private members are hidden).
 */
import { Exception } from '../errors';
import { KIND } from '../runtime';

/** Each sheets class answers this symbol with its raw self, which proxies let through. */
export const SELF = Symbol('sheets.self');

export function typeToken(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (v instanceof Date) return 'Date';
  if (Array.isArray(v)) return `${v.length ? typeToken(v[0]) : 'Object'}[]`;
  if (typeof v === 'object' && KIND in (v as object)) return String((v as any)[KIND]);
  if (typeof v === 'function') return 'Function';
  return '(class)';
}

export function signatureError(method: string, args: unknown[]): Exception {
  return new Exception(`The parameters (${args.map(typeToken).join(',')}) don't match the method signature for ${method}.`);
}

/** The raw object behind a script-held proxy of one of our classes, or null. */
export function unwrap<T>(v: unknown, ctor: abstract new (...a: any[]) => T): T | null {
  if (typeof v !== 'object' || v === null) return null;
  const self = (v as any)[SELF];
  return self instanceof ctor ? self : null;
}

export function isInt(v: unknown): v is number {
  return typeof v === 'number' && isFinite(v);
}

/** A 2-D array of the right shape, else the rows/columns mismatch texts Google uses. */
export function checkGrid(method: string, grid: unknown, numRows: number, numCols: number): unknown[][] {
  if (!Array.isArray(grid) || grid.some((r) => !Array.isArray(r))) throw signatureError(method, [grid]);
  if (grid.length !== numRows) {
    throw new Exception(`The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${numRows}.`);
  }
  for (const row of grid as unknown[][]) {
    if (row.length !== numCols) {
      throw new Exception(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numCols}.`);
    }
  }
  return grid as unknown[][];
}
