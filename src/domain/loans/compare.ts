/**
 * The same loan under the three interest methods, side by side, so that a member can see what each
 * really costs. The effective rate is the internal rate of return (IRR) of the member's cash flows:
 * she receives the principal less the fee at month 0 and pays each installment at months 1..n
 * (whole months; due-date day counts are ignored). It is shown two ways:
 *   - effectiveAnnualPercent = (1 + monthly)^12 - 1: compounded, what the money really costs a year;
 *   - nominalAnnualPercent = monthly x 12: comparable with a bank's "per tahun" rate.
 */
import { sum, type Rupiah } from '../money';
import { interestMethods, loanSchedule, type InterestMethod, type LoanTerms } from './schedule';

export interface MethodComparisonRow {
  readonly method: InterestMethod;
  readonly totalInterest: Rupiah;
  readonly totalPaid: Rupiah;
  readonly firstPayment: Rupiah;
  readonly lastPayment: Rupiah;
  readonly smallestPayment: Rupiah;
  readonly largestPayment: Rupiah;
  readonly monthlyIrrPercent: number;
  readonly effectiveAnnualPercent: number;
  readonly nominalAnnualPercent: number;
}

/**
 * The monthly rate i at which the present value of `payments` (months 1..n) equals `received`.
 * Bisection: the present value falls as i rises, so the root is unique for positive payments.
 */
export function monthlyIrr(received: number, payments: readonly number[]): number {
  const pv = (i: number): number => payments.reduce((a, p, k) => a + p / Math.pow(1 + i, k + 1), 0);
  let lo = 0;
  let hi = 1;
  if (pv(lo) <= received) return 0;
  while (pv(hi) > received) hi *= 2;
  for (let step = 0; step < 200 && hi - lo > 1e-15; step++) {
    const mid = (lo + hi) / 2;
    if (pv(mid) > received) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** One row per method for the same principal, term, rate and first due date; fee in rupiah. */
export function compareInterestMethods(terms: Omit<LoanTerms, 'method'>, fee: Rupiah = 0): MethodComparisonRow[] {
  return interestMethods.map((method) => {
    const schedule = loanSchedule({ ...terms, method });
    const payments = schedule.map((s) => s.payment);
    const irr = monthlyIrr(terms.principal - fee, payments);
    return {
      method,
      totalInterest: sum(schedule.map((s) => s.interest)),
      totalPaid: sum(payments),
      firstPayment: payments[0],
      lastPayment: payments[payments.length - 1],
      smallestPayment: Math.min(...payments),
      largestPayment: Math.max(...payments),
      monthlyIrrPercent: irr * 100,
      effectiveAnnualPercent: (Math.pow(1 + irr, 12) - 1) * 100,
      nominalAnnualPercent: irr * 12 * 100,
    };
  });
}
