import { columnLetters, columnNumber } from './a1';

/** Relative references move when one formula is set on many cells: "=A1" in B2 becomes "=B2". */
const REF = /(?<![A-Za-z0-9_])(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(])/g;

export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (!dRows && !dCols) return formula;
  // Only outside string literals: split on quotes, shift the even parts.
  return formula.split('"').map((part, i) => (i % 2 ? part : part.replace(REF, (_m, cAbs: string, col: string, rAbs: string, row: string) => {
    const c = cAbs ? columnNumber(col) : columnNumber(col) + dCols;
    const r = rAbs ? Number(row) : Number(row) + dRows;
    return c < 1 || r < 1 ? '#REF!' : `${cAbs}${columnLetters(c)}${rAbs}${r}`;
  }))).join('"');
}
