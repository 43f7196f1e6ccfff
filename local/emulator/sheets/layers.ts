/**
 * Cell attributes (number formats, font weight, background, validation, ...) kept as rectangle
 * rules, the last covering rule winning: a whole-column format is one rule, not 100,000 cells.
 * The same geometry moves named ranges and protections when rows or columns come and go.
 */
import { AttrRule, Rect, SheetData } from './state';

const covers = (a: Rect, b: Rect) => a.r1 <= b.r1 && a.c1 <= b.c1 && a.r2 >= b.r2 && a.c2 >= b.c2;
export const intersects = (a: Rect, b: Rect) => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
export const contains = (a: Rect, r: number, c: number) => a.r1 <= r && r <= a.r2 && a.c1 <= c && c <= a.c2;

/** Sets one value over a rectangle; `null` restores the default. */
export function setAttr(sheet: SheetData, name: string, rect: Rect, v: unknown): void {
  const rules = (sheet.attrs[name] ?? []).filter((x) => !covers(rect, x));
  if (v !== null || rules.some((x) => intersects(x, rect))) rules.push({ ...rect, v });
  if (rules.length) sheet.attrs[name] = rules;
  else delete sheet.attrs[name];
}

/** Sets a grid of values from (row, col), merging equal runs down each column. */
export function setAttrGrid(sheet: SheetData, name: string, row: number, col: number, grid: unknown[][]): void {
  const key = (v: unknown) => JSON.stringify(v ?? null);
  const first = key(grid[0]?.[0]);
  if (grid.every((line) => line.every((v) => key(v) === first))) {
    setAttr(sheet, name, { r1: row, c1: col, r2: row + grid.length - 1, c2: col + grid[0].length - 1 }, grid[0][0] ?? null);
    return;
  }
  for (let j = 0; j < grid[0].length; j++) {
    let start = 0;
    for (let i = 1; i <= grid.length; i++) {
      if (i < grid.length && key(grid[i][j]) === key(grid[start][j])) continue;
      setAttr(sheet, name, { r1: row + start, c1: col + j, r2: row + i - 1, c2: col + j }, grid[start][j] ?? null);
      start = i;
    }
  }
}

/** A fast lookup of one attribute inside a rectangle: only the rules that touch it are scanned. */
export function attrLookup(sheet: SheetData, name: string, rect: Rect): ((r: number, c: number) => unknown) | null {
  const rules = (sheet.attrs[name] ?? []).filter((x) => intersects(x, rect));
  if (!rules.length) return null;
  return (r, c) => {
    for (let i = rules.length - 1; i >= 0; i--) if (contains(rules[i], r, c)) return rules[i].v;
    return null;
  };
}

export function clearAttrs(sheet: SheetData, rect: Rect, names: string[]): void {
  for (const name of names) if (sheet.attrs[name]) setAttr(sheet, name, rect, null);
}

type Axis = 'rows' | 'cols';
const ends = (axis: Axis): ['r1' | 'c1', 'r2' | 'c2'] => (axis === 'rows' ? ['r1', 'r2'] : ['c1', 'c2']);

/**
 * Moves a rectangle for `count` lines inserted before line `at` (1-based). A rectangle spanning the
 * gap grows; one reaching the old last line grows when lines are added at the end.
 */
export function shiftInsert(rect: Rect, axis: Axis, at: number, count: number, oldMax: number): void {
  const [a, b] = ends(axis);
  if (rect[a] >= at && at <= oldMax) rect[a] += count;
  if (rect[b] >= at || (at === oldMax + 1 && rect[b] === oldMax)) rect[b] += count;
}

/** Moves a rectangle for lines at..at+count-1 deleted; returns false when nothing of it is left. */
export function shiftDelete(rect: Rect, axis: Axis, at: number, count: number): boolean {
  const [a, b] = ends(axis);
  const last = at + count - 1;
  const map = (x: number) => (x < at ? x : x > last ? x - count : at);
  const lo = rect[a], hi = rect[b];
  if (lo >= at && hi <= last) return false;
  rect[a] = lo > last ? lo - count : Math.min(lo, at);
  rect[b] = hi >= at && hi <= last ? at - 1 : map(hi);
  return rect[b] >= rect[a];
}

export function shiftSheetAttrs(sheet: SheetData, axis: Axis, op: 'insert' | 'delete', at: number, count: number, oldMax: number): void {
  for (const name of Object.keys(sheet.attrs)) {
    const kept: AttrRule[] = [];
    for (const rule of sheet.attrs[name]) {
      if (op === 'insert') shiftInsert(rule, axis, at, count, oldMax);
      if (op === 'insert' || shiftDelete(rule, axis, at, count)) kept.push(rule);
    }
    sheet.attrs[name] = kept;
  }
}
