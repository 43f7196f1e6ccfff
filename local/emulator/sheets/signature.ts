/**
 * Argument checks for the sheets classes (the signature error itself is ../signature.ts, shared by
 * every service). Also unwraps emulated objects that scripts pass back in
 * (they arrive as proxies, whose private members are hidden).
 */
import { Exception } from '../errors';
import { signatureError } from '../signature';

export { signatureError };

/** Each sheets class answers this symbol with its raw self, which proxies let through. */
export const SELF = Symbol('sheets.self');

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
