/**
 * Member savings: the settings a cooperative writes in its AD/ART, their validation, simpanan pokok
 * (paid once) and the sukarela withdrawal check. Wajib arrears live in savings/wajib.ts, jasa
 * simpanan on sukarela in savings/interest.ts.
 */
import type { IsoDate } from '../dates';
import { LumbungError, type Problem } from '../errors';
import { isHundredths, isRupiah, type Rupiah } from '../money';

/** One wajib amount, in force from a month on until the next entry: a change never rewrites the past. */
export interface WajibRate {
  /** First month it applies to, 'YYYY-MM'. The earliest entry also covers every month before it. */
  readonly from: string;
  readonly amount: Rupiah;
}

export type InterestBasis = 'lowest_monthly_balance' | 'average_daily_balance';

export interface SukarelaInterestSettings {
  /** Jasa simpanan per year in percent (e.g. 3 or 2.5); 0 means no interest is paid. */
  readonly ratePercentPerYear: number;
  readonly basis: InterestBasis;
  /** A month whose basis balance is below this earns nothing. */
  readonly minimumBalance: Rupiah;
  readonly rounding: 'down' | 'half_up';
}

export interface SavingsSettings {
  /** Simpanan pokok, paid once on joining. */
  readonly pokokAmount: Rupiah;
  /** Simpanan wajib per month, with its history. */
  readonly wajibRates: readonly WajibRate[];
  /** Day of month wajib falls due (clamped to the month's end). */
  readonly wajibDueDay: number;
  /** Whether a new member owes wajib for the month she joins or from the month after. */
  readonly wajibStarts: 'join_month' | 'month_after_join';
  readonly sukarelaInterest: SukarelaInterestSettings;
}

/**
 * Defaults a small koperasi would start with:
 * - pokok Rp100.000 and wajib Rp20.000 a month from 2000-01: amounts common in village cooperatives;
 * - wajib due on the 10th: "selambat-lambatnya tanggal 10" is the usual AD/ART wording;
 * - owed from the join month: the new member pays her first wajib with her pokok;
 * - sukarela interest off (rate 0): many small cooperatives reward savers through SHU only, so paying
 *   interest must be a conscious choice. When switched on: the lowest balance of the month (the
 *   passbook's "saldo terendah", easy to check by hand), at least Rp50.000 to earn (a smaller balance
 *   would earn a few rupiah), rounded down (never pay a rupiah that was not earned).
 */
export const defaultSavingsSettings: SavingsSettings = {
  pokokAmount: 100_000,
  wajibRates: [{ from: '2000-01', amount: 20_000 }],
  wajibDueDay: 10,
  wajibStarts: 'join_month',
  sukarelaInterest: { ratePercentPerYear: 0, basis: 'lowest_monthly_balance', minimumBalance: 50_000, rounding: 'down' },
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function validateSavingsSettings(s: SavingsSettings): Problem[] {
  const problems: Problem[] = [];
  if (!isRupiah(s.pokokAmount) || s.pokokAmount <= 0) problems.push({ code: 'SAVINGS_POKOK_AMOUNT_INVALID', params: { amount: s.pokokAmount }, where: 'pokokAmount' });
  if (s.wajibRates.length === 0) problems.push({ code: 'WAJIB_RATES_EMPTY', where: 'wajibRates' });
  const seen = new Set<string>();
  s.wajibRates.forEach((r, i) => {
    const where = `wajibRates[${i}]`;
    if (!MONTH.test(r.from)) problems.push({ code: 'WAJIB_RATE_MONTH_INVALID', params: { month: r.from }, where });
    else if (seen.has(r.from)) problems.push({ code: 'WAJIB_RATE_MONTH_DUPLICATE', params: { month: r.from }, where });
    seen.add(r.from);
    if (!isRupiah(r.amount) || r.amount < 0) problems.push({ code: 'WAJIB_RATE_AMOUNT_INVALID', params: { amount: r.amount }, where });
  });
  if (!Number.isInteger(s.wajibDueDay) || s.wajibDueDay < 1 || s.wajibDueDay > 31) problems.push({ code: 'WAJIB_DUE_DAY_INVALID', params: { day: s.wajibDueDay }, where: 'wajibDueDay' });
  if (s.wajibStarts !== 'join_month' && s.wajibStarts !== 'month_after_join') problems.push({ code: 'WAJIB_START_INVALID', where: 'wajibStarts' });
  const si = s.sukarelaInterest;
  if (!Number.isFinite(si.ratePercentPerYear) || si.ratePercentPerYear < 0 || si.ratePercentPerYear > 100 || !isHundredths(si.ratePercentPerYear)) {
    problems.push({ code: 'SUKARELA_RATE_INVALID', params: { rate: si.ratePercentPerYear }, where: 'sukarelaInterest.ratePercentPerYear' });
  }
  if (si.basis !== 'lowest_monthly_balance' && si.basis !== 'average_daily_balance') problems.push({ code: 'SUKARELA_BASIS_INVALID', where: 'sukarelaInterest.basis' });
  if (!isRupiah(si.minimumBalance) || si.minimumBalance < 0) problems.push({ code: 'SUKARELA_MIN_BALANCE_INVALID', params: { amount: si.minimumBalance }, where: 'sukarelaInterest.minimumBalance' });
  if (si.rounding !== 'down' && si.rounding !== 'half_up') problems.push({ code: 'SUKARELA_ROUNDING_INVALID', where: 'sukarelaInterest.rounding' });
  return problems;
}

/** The wajib amount in force for a month 'YYYY-MM'. */
export function wajibAmountFor(month: string, rates: readonly WajibRate[]): Rupiah {
  if (rates.length === 0) throw new RangeError('wajibAmountFor: no wajib rates');
  const sorted = [...rates].sort((a, b) => (a.from < b.from ? -1 : 1));
  let amount = sorted[0].amount;
  for (const r of sorted) if (r.from <= month) amount = r.amount;
  return amount;
}

/** A deposit or a payment as the member's passbook shows it. */
export interface Payment {
  readonly date: IsoDate;
  readonly amount: Rupiah;
}

export interface PokokStatus {
  readonly paid: boolean;
  readonly paidOn?: IsoDate;
  readonly amount?: Rupiah;
}

/** Whether a member has paid her simpanan pokok (her recorded pokok payments, reversals already netted). */
export function pokokStatus(payments: readonly Payment[]): PokokStatus {
  const first = [...payments].filter((p) => p.amount > 0).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  return first ? { paid: true, paidOn: first.date, amount: first.amount } : { paid: false };
}

/** Refuses a second pokok, and a pokok of another amount than the settings say. */
export function checkPokokPayment(existing: readonly Payment[], amount: Rupiah, settings: SavingsSettings): void {
  const status = pokokStatus(existing);
  if (status.paid) throw new LumbungError('POKOK_ALREADY_PAID', { date: status.paidOn ?? '', amount: status.amount ?? 0 });
  if (amount !== settings.pokokAmount) throw new LumbungError('POKOK_AMOUNT_WRONG', { expected: settings.pokokAmount, amount });
}

/** Problems with a sukarela withdrawal: a positive whole amount, never more than the balance. */
export function sukarelaWithdrawalProblems(balance: Rupiah, amount: Rupiah): Problem[] {
  if (!isRupiah(amount) || amount <= 0) return [{ code: 'SAVINGS_AMOUNT_NOT_POSITIVE', params: { amount }, where: 'amount' }];
  if (amount > balance) return [{ code: 'SAVINGS_INSUFFICIENT', params: { available: Math.max(0, balance), requested: amount }, where: 'amount' }];
  return [];
}

/** Throws the first problem of a withdrawal as a LumbungError (SAVINGS_INSUFFICIENT names what is available). */
export function checkSukarelaWithdrawal(balance: Rupiah, amount: Rupiah): void {
  const [p] = sukarelaWithdrawalProblems(balance, amount);
  if (p) throw new LumbungError(p.code, p.params);
}
