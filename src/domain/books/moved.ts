/** Which journal lines were moved out of their order, as Periksa buku (books/tamper.ts) names them. */

/**
 * Which lines stayed in order (positions given in line-number order); the others were moved. As few
 * moved as can explain it (a longest increasing run kept), and of those explanations, the one that
 * names the rows that left their place: two rows swapped far apart are those two, not the rows between.
 */
export function inOrder(positions: readonly number[]): boolean[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const inPlace = positions.map((p, k) => p === sorted[k]);
  const longest = longestIncreasing(positions);
  const kept = longest.filter(Boolean).length;
  return inPlace.filter(Boolean).length === kept ? inPlace : longest;
}

/** Marks a longest increasing run of positions. */
function longestIncreasing(positions: readonly number[]): boolean[] {
  const tails: number[] = [];
  const prev = new Int32Array(positions.length).fill(-1);
  positions.forEach((p, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[tails[mid]] < p) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const keep = positions.map(() => false);
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep[k] = true;
  return keep;
}
