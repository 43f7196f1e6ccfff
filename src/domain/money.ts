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
 * Splits `total` by `weights` into whole rupiah that add up to `total` exactly (largest remainder:
 * each part gets its floor, then the leftover rupiah go to the largest fractions, earliest first on
 * ties). Weights must be non-negative with a positive sum; total must be a non-negative integer.
 */
export function allocate(total: Rupiah, weights: readonly number[]): Rupiah[] {
  if (!isRupiah(total) || total < 0) throw new RangeError(`allocate: total must be a whole non-negative rupiah, got ${total}`);
  if (weights.some((w) => !(w >= 0) || !Number.isFinite(w))) throw new RangeError('allocate: weights must be finite and non-negative');
  const sum = weights.reduce((a, w) => a + w, 0);
  if (weights.length === 0) throw new RangeError('allocate: no weights');
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - parts.reduce((a, p) => a + p, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - parts[i] }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k].i] += 1;
  return parts;
}

export function sum(xs: readonly Rupiah[]): Rupiah {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
