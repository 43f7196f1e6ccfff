/**
 * Money is whole rupiah in a `number` (a safe integer). Rates may be fractional; amounts never are.
 */
export type Rupiah = number;

export function isRupiah(x: unknown): x is Rupiah {
  return typeof x === 'number' && Number.isSafeInteger(x);
}

/** Rounds half away from zero to the whole rupiah (2.5 -> 3, -2.5 -> -3). */
export function roundHalfUp(x: number): Rupiah {
  // The epsilon absorbs binary noise such as 1.005 * 100 = 100.49999999999999.
  const r = Math.sign(x) * Math.floor(Math.abs(x) + 0.5 + 1e-9);
  return r === 0 ? 0 : r;
}

/**
 * Splits `total` by whole-number `weights` into whole rupiah that add up to `total` exactly: the
 * largest-remainder method, in exact integer arithmetic (BigInt), since a jasa modal pool of Rp2
 * billion over capital of Rp5 billion multiplies past 2^53. Each part gets the floor of its exact
 * share; the rupiah left over go one each to the largest fractions; ties go to the part that comes
 * first in `tieOrder` (by default the list order).
 */
export interface RemainderSplit {
  readonly parts: number[];
  /** Indexes of the parts that received one extra rupiah, in the order they received it. */
  readonly extraTo: number[];
}

export function largestRemainder(total: number, weights: readonly number[], tieOrder?: readonly number[]): RemainderSplit {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`largestRemainder: total must be a whole non-negative number, got ${total}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError('largestRemainder: weights must be whole and non-negative');
  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sum === 0n) return { parts: weights.map(() => 0), extraTo: [] };
  const t = BigInt(total);
  const floors = weights.map((w) => (t * BigInt(w)) / sum);
  const remainders = weights.map((w, i) => t * BigInt(w) - floors[i] * sum);
  const rank = new Map<number, number>((tieOrder ?? weights.map((_, i) => i)).map((index, position) => [index, position]));
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => (remainders[b] > remainders[a] ? 1 : remainders[b] < remainders[a] ? -1 : (rank.get(a) ?? a) - (rank.get(b) ?? b)));
  const left = Number(t - floors.reduce((a, f) => a + f, 0n));
  const extraTo = order.slice(0, left);
  const parts = floors.map(Number);
  for (const i of extraTo) parts[i] += 1;
  return { parts, extraTo };
}

export function sum(xs: readonly Rupiah[]): Rupiah {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** True when a percent has at most two decimals (2.25 yes, 2.125 no): percents are compared in hundredths. */
export function isHundredths(percent: number): boolean {
  return Number.isFinite(percent) && Math.abs(percent * 100 - Math.round(percent * 100)) < 1e-6;
}
