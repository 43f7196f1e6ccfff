/**
 * A loan's repayment schedule (jadwal angsuran): the contract other modules rely on.
 *
 * - flat: interest = principal x monthly rate every month; equal principal parts, so equal installments.
 * - declining (menurun / efektif): equal principal parts; interest on the principal still owed.
 * - annuity (anuitas): equal payments P*r/(1-(1+r)^-n); interest on the principal still owed.
 *
 * Whole rupiah: each installment's interest and principal are rounded half up; the last installment
 * takes whatever rounding is left so that the principal parts add up to the principal exactly and
 * the final balance is 0. Due dates are monthly on firstDueDate's day, clamped to the month's end
 * and back to that day after a short month.
 */
import { isRupiah, roundHalfUp, type Rupiah } from '../money';
import { addMonths, isIsoDate, parseIsoDate, type IsoDate } from '../dates';
import { throwIfProblems, type Problem } from '../errors';

export type InterestMethod = 'flat' | 'declining' | 'annuity';

export const interestMethods: readonly InterestMethod[] = ['flat', 'declining', 'annuity'];

export interface LoanTerms {
  principal: number; // whole rupiah
  termMonths: number;
  ratePercent: number; // e.g. 1.5
  ratePer: 'month' | 'year';
  method: InterestMethod;
  firstDueDate: string; // YYYY-MM-DD; later installments monthly on the same day (clamped to month end)
}

export interface Installment {
  n: number;
  dueDate: string;
  principal: number;
  interest: number;
  payment: number;
  /** Principal still owed after this installment. */
  balance: number;
}

/** The longest term accepted: 30 years of monthly installments. */
export const maxTermMonths = 360;

/** The monthly rate as a decimal: 1.5 per month -> 0.015; 18 per year -> 0.015. */
export function monthlyRate(terms: Pick<LoanTerms, 'ratePercent' | 'ratePer'>): number {
  return terms.ratePer === 'year' ? terms.ratePercent / 100 / 12 : terms.ratePercent / 100;
}

/** Due date of installment n (1-based): monthly on firstDueDate's day, clamped to month end. */
export function installmentDueDate(firstDueDate: IsoDate, n: number): IsoDate {
  return addMonths(firstDueDate, n - 1, parseIsoDate(firstDueDate).day);
}

export function validateLoanTerms(terms: LoanTerms): Problem[] {
  const problems: Problem[] = [];
  if (!isRupiah(terms.principal) || terms.principal <= 0) {
    problems.push({ code: 'LOAN_PRINCIPAL_INVALID', params: { value: String(terms.principal) }, where: 'principal' });
  }
  if (!Number.isInteger(terms.termMonths) || terms.termMonths < 1 || terms.termMonths > maxTermMonths) {
    problems.push({ code: 'LOAN_TERM_INVALID', params: { value: String(terms.termMonths), max: maxTermMonths }, where: 'termMonths' });
  }
  if (typeof terms.ratePercent !== 'number' || !Number.isFinite(terms.ratePercent) || terms.ratePercent < 0) {
    problems.push({ code: 'LOAN_RATE_INVALID', params: { value: String(terms.ratePercent) }, where: 'ratePercent' });
  }
  if (terms.ratePer !== 'month' && terms.ratePer !== 'year') {
    problems.push({ code: 'LOAN_RATE_PER_INVALID', params: { value: String(terms.ratePer) }, where: 'ratePer' });
  }
  if (!interestMethods.includes(terms.method)) {
    problems.push({ code: 'LOAN_METHOD_INVALID', params: { value: String(terms.method) }, where: 'method' });
  }
  if (!isIsoDate(terms.firstDueDate)) {
    problems.push({ code: 'LOAN_DATE_INVALID', params: { value: String(terms.firstDueDate) }, where: 'firstDueDate' });
  }
  return problems;
}

/** The equal monthly payment of an annuity, before rounding. */
export function annuityPayment(principal: Rupiah, rate: number, n: number): number {
  // 1 - (1+r)^-n, computed without cancellation so that tiny rates stay accurate.
  const discount = -Math.expm1(-n * Math.log1p(rate));
  return discount > 0 ? (principal * rate) / discount : principal / n;
}

export function loanSchedule(terms: LoanTerms): Installment[] {
  throwIfProblems(validateLoanTerms(terms), 'LOAN_TERMS_INVALID');
  const { principal: total, termMonths: n, method, firstDueDate } = terms;
  const r = monthlyRate(terms);
  const equalPrincipal = roundHalfUp(total / n);
  const flatInterest = roundHalfUp(total * r);
  const annuity = roundHalfUp(annuityPayment(total, r, n));
  const rows: Installment[] = [];
  let balance = total;
  for (let k = 1; k <= n; k++) {
    const interest = method === 'flat' ? flatInterest : roundHalfUp(balance * r);
    let principal: Rupiah;
    if (k === n) principal = balance; // the last installment absorbs the rounding
    else if (method === 'annuity') principal = annuity - interest;
    else principal = equalPrincipal;
    // Rounding may make the early parts slightly larger than P/n: never let the balance go below 0.
    principal = Math.min(Math.max(principal, 0), balance);
    balance -= principal;
    rows.push({ n: k, dueDate: installmentDueDate(firstDueDate, k), principal, interest, payment: principal + interest, balance });
  }
  return rows;
}
