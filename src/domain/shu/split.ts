/**
 * The AD/ART split of the year's SHU into its parts (cadangan, jasa modal, jasa usaha, funds).
 * Percentages may have two decimals (2.5); they are compared exactly, in hundredths, so that
 * 33.33 + 33.33 + 33.34 is 100 and no floating-point sum decides whether a split is valid.
 */
import { LumbungError, type Problem } from '../errors';
import { isHundredths, isRupiah, largestRemainder, type Rupiah } from '../money';

/** Well-known parts; a cooperative may name others (e.g. 'dana_pembangunan_daerah'). */
export type ShuPartName =
  | 'cadangan'
  | 'jasa_modal'
  | 'jasa_usaha'
  | 'dana_pengurus'
  | 'dana_karyawan'
  | 'dana_pendidikan'
  | 'dana_sosial'
  | 'dana_pembangunan_daerah'
  | (string & {});

export interface ShuSplitPart {
  readonly part: ShuPartName;
  /** Percent of the year's SHU, at most two decimals. */
  readonly percent: number;
}

export type ShuSplit = readonly ShuSplitPart[];

/** A split common in AD/ART of Indonesian savings-and-loan cooperatives; adds up to exactly 100. */
export const defaultShuSplit: ShuSplit = [
  { part: 'cadangan', percent: 40 },
  { part: 'jasa_modal', percent: 20 },
  { part: 'jasa_usaha', percent: 25 },
  { part: 'dana_pengurus', percent: 5 },
  { part: 'dana_karyawan', percent: 5 },
  { part: 'dana_pendidikan', percent: 2.5 },
  { part: 'dana_sosial', percent: 2.5 },
];

/** 2.5 -> 250. Throws for a percent with more than two decimals: validate first. */
export function toHundredths(percent: number): number {
  if (!isHundredths(percent)) throw new RangeError(`percent has more than two decimals: ${percent}`);
  return Math.round(percent * 100);
}

/** 10500 -> '105', 10250 -> '102.5', 9999 -> '99.99': the total as a person would write it. */
export function formatHundredths(h: number): string {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  const frac = String(a % 100).padStart(2, '0').replace(/0+$/, '');
  return `${sign}${Math.floor(a / 100)}${frac ? `.${frac}` : ''}`;
}

export function validateShuSplit(split: ShuSplit): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let total = 0;
  let totalKnown = true;
  split.forEach((p, i) => {
    const where = `split[${i}]`;
    if (typeof p.part !== 'string' || p.part.trim() === '') problems.push({ code: 'SHU_SPLIT_PART_NAME_MISSING', where });
    else if (seen.has(p.part)) problems.push({ code: 'SHU_SPLIT_PART_DUPLICATE', params: { part: p.part }, where });
    seen.add(p.part);
    if (!Number.isFinite(p.percent) || p.percent < 0) {
      problems.push({ code: 'SHU_SPLIT_PERCENT_INVALID', params: { part: p.part, percent: String(p.percent) }, where });
      totalKnown = false;
    } else if (!isHundredths(p.percent)) {
      problems.push({ code: 'SHU_SPLIT_PERCENT_TOO_PRECISE', params: { part: p.part, percent: String(p.percent) }, where });
      totalKnown = false;
    } else total += toHundredths(p.percent);
  });
  if (totalKnown && total !== 10_000) problems.push({ code: 'SHU_SPLIT_NOT_100', params: { total: formatHundredths(total) }, where: 'split' });
  return problems;
}

/** Refuses a split that is not exactly 100% (SHU_SPLIT_NOT_100 with the total) or is otherwise wrong. */
export function checkShuSplit(split: ShuSplit): void {
  const problems = validateShuSplit(split);
  if (problems.length === 0) return;
  const only100 = problems.length === 1 && problems[0].code === 'SHU_SPLIT_NOT_100';
  if (only100) throw new LumbungError('SHU_SPLIT_NOT_100', problems[0].params, problems);
  throw new LumbungError('SHU_SPLIT_INVALID', { count: problems.length }, problems);
}

export interface ShuAllocation {
  readonly part: ShuPartName;
  readonly percent: number;
  readonly amount: Rupiah;
}

/**
 * The year's SHU in whole rupiah per part, adding up exactly (largest remainder; on equal fractions
 * the part listed first in the AD/ART gets the rupiah, so cadangan before the funds).
 */
export function allocateShu(shu: Rupiah, split: ShuSplit): ShuAllocation[] {
  checkShuSplit(split);
  if (!isRupiah(shu) || shu < 0) throw new LumbungError('SHU_AMOUNT_INVALID', { shu });
  const { parts } = largestRemainder(shu, split.map((p) => toHundredths(p.percent)));
  return split.map((p, i) => ({ part: p.part, percent: p.percent, amount: parts[i] }));
}
