/**
 * Rupiah as people write, read and type it: "Rp1.250.000", "satu juta dua ratus lima puluh ribu
 * rupiah", "1,25 jt". Indonesian writing is the rule: '.' groups thousands, ',' marks decimals.
 */
import { isRupiah, type Rupiah } from './money';
import { LumbungError, quoted } from './errors';

/** "Rp1.250.000", "-Rp50.000", "Rp0": no space after Rp, dots between thousands. */
export function formatRupiah(n: Rupiah): string {
  if (!isRupiah(n)) throw new RangeError(`formatRupiah: not a whole rupiah: ${n}`);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (n < 0 ? '-Rp' : 'Rp') + digits;
}

const ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
// Scales of a thousand; kuadriliun reaches past Number.MAX_SAFE_INTEGER (about 9 kuadriliun).
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'];

/** 0..999 in words: 11 -> "sebelas", 15 -> "lima belas", 100 -> "seratus". */
function hundredsInWords(n: number): string[] {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 1) words.push('seratus');
  else if (h > 1) words.push(ONES[h], 'ratus');
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(ONES[rest - 10], 'belas');
  else {
    const t = Math.floor(rest / 10);
    if (t > 1) words.push(ONES[t], 'puluh');
    if (rest % 10 > 0) words.push(ONES[rest % 10]);
  }
  return words;
}

/** For receipts (kuitansi): 1250000 -> "satu juta dua ratus lima puluh ribu rupiah". */
export function rupiahInWords(n: Rupiah): string {
  if (!isRupiah(n)) throw new RangeError(`rupiahInWords: not a whole rupiah: ${n}`);
  if (n === 0) return 'nol rupiah';
  const words: string[] = n < 0 ? ['minus'] : [];
  const groups: number[] = [];
  for (let rest = Math.abs(n); rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g === 0) continue;
    // One thousand is "seribu"; one million stays "satu juta" as receipts write it.
    if (i === 1 && g === 1) words.push('seribu');
    else words.push(...hundredsInWords(g), SCALES[i]);
  }
  return [...words.filter((w) => w !== ''), 'rupiah'].join(' ');
}

const MULTIPLIERS: ReadonlyArray<[RegExp, bigint]> = [
  [/^(rb|ribu|k)$/, 1_000n],
  [/^(jt|juta)$/, 1_000_000n],
  [/^(m|miliar|milyar|mlyr)$/, 1_000_000_000n],
  [/^(t|triliun)$/, 1_000_000_000_000n],
];

/** A number as digits and a decimal part, or why it cannot be read. */
type Reading = { int: string; frac: string } | null;

/** Indonesian: '.' groups thousands (3 digits each), ',' starts decimals. */
function readIndonesian(s: string): Reading {
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(s);
  return m ? { int: m[1].replace(/\./g, ''), frac: m[2] ?? '' } : null;
}

/** English: ',' groups thousands, '.' with one or two digits is a decimal point (".000" is a group). */
function readEnglish(s: string): Reading {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(s);
  return m ? { int: m[1].replace(/,/g, ''), frac: m[2] ?? '' } : null;
}

/** value * multiplier as an exact fraction: [numerator, denominator]. */
function exact(r: { int: string; frac: string }, mult: bigint): [bigint, bigint] {
  return [BigInt(r.int + r.frac) * mult, 10n ** BigInt(r.frac.length)];
}

/**
 * Reads an amount as people type it: "1.250.000", "Rp 50.000", "Rp50.000,-", "1,25 jt", "50rb",
 * "2 M". Refuses with AMOUNT_AMBIGUOUS when two readings differ ("1,250": thousands or decimals?),
 * AMOUNT_NOT_WHOLE for a fraction of a rupiah ("1.5"), AMOUNT_REQUIRED when nothing was typed,
 * AMOUNT_INVALID for anything else.
 */
export function parseRupiah(text: string): Rupiah {
  // Quoted back short: a pasted page is not echoed whole in the refusal.
  const params = { text: quoted(String(text).trim()) };
  let s = String(text).trim().toLowerCase();
  if (s === '') throw new LumbungError('AMOUNT_REQUIRED');
  s = s.replace(/^(rp\.?|idr)\s*/, '').replace(/\s*(,-|\.-|,--|rupiah)$/, '').trim();
  const m = /^([\d.,]+)\s*([a-z]*)$/.exec(s);
  if (!m || !/\d/.test(m[1])) throw new LumbungError('AMOUNT_INVALID', params);
  let mult = 1n;
  if (m[2] !== '') {
    const found = MULTIPLIERS.find(([re]) => re.test(m[2]));
    if (!found) throw new LumbungError('AMOUNT_INVALID', params);
    mult = found[1];
  }
  const readings = [readIndonesian(m[1]), readEnglish(m[1])]
    .filter((r): r is { int: string; frac: string } => r !== null)
    .map((r) => exact(r, mult));
  if (readings.length === 0) throw new LumbungError('AMOUNT_INVALID', params);
  const [[num, den]] = readings;
  if (readings.some(([n, d]) => n * den !== num * d)) throw new LumbungError('AMOUNT_AMBIGUOUS', params);
  if (num % den !== 0n) throw new LumbungError('AMOUNT_NOT_WHOLE', params);
  const value = Number(num / den);
  if (!Number.isSafeInteger(value)) throw new LumbungError('AMOUNT_INVALID', params);
  return value;
}
