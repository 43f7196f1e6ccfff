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

/**
 * The value a formula shows. Arithmetic on numbers (+ - * / and parentheses, "=1+2" gives 3, as
 * the Sheets API guide documents) is computed; a formula that does not parse shows "#ERROR!" and a
 * division by zero "#DIV/0!", as in Sheets. Anything else (references, functions) is not computed
 * here: it shows "#ERROR!", the emulator's stand-in, not what Google would give.
 */
export function formulaValue(formula: string): number | string {
  const src = formula.slice(1);
  let i = 0;
  const skip = () => { while (src[i] === ' ') i++; };
  const fail = (): never => { throw new FormulaError('#ERROR!'); };
  const primary = (): number => {
    skip();
    if (src[i] === '+' || src[i] === '-') return src[i++] === '-' ? -primary() : primary();
    if (src[i] === '(') {
      i++;
      const v = sum();
      skip();
      if (src[i++] !== ')') fail();
      return v;
    }
    const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
    if (!m) fail();
    i += m![0].length;
    return Number(m![0]);
  };
  const product = (): number => {
    let v = primary();
    for (skip(); src[i] === '*' || src[i] === '/'; skip()) {
      const op = src[i++], r = primary();
      if (op === '/' && r === 0) throw new FormulaError('#DIV/0!');
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    for (skip(); src[i] === '+' || src[i] === '-'; skip()) v = src[i++] === '+' ? v + product() : v - product();
    return v;
  };
  try {
    const v = sum();
    skip();
    return i === src.length ? Number(v.toPrecision(15)) : '#ERROR!';
  } catch (e) {
    if (e instanceof FormulaError) return e.message;
    throw e;
  }
}

class FormulaError extends Error {}
