/**
 * May this member borrow this amount under this product today? Returns every reason she may not
 * (empty = eligible), so the managers can tell her all of them at once.
 */
import { isRupiah, type Rupiah } from '../money';
import { isIsoDate, monthsBetween, type IsoDate } from '../dates';
import type { MessageCode, Problem } from '../errors';
import type { Collectibility } from './collectibility';
import type { LoanProduct } from './products';

export interface LoanApplicant {
  readonly joinedOn: IsoDate;
  /** Savings counted for the multiple (pokok + wajib + sukarela). */
  readonly savings: Rupiah;
  /** Her loans not yet paid off. */
  readonly openLoans: readonly { readonly collectibility: Collectibility; readonly daysPastDue: number }[];
}

export interface LoanRequest {
  readonly principal: Rupiah;
  readonly termMonths: number;
}

export function loanEligibilityProblems(product: LoanProduct, applicant: LoanApplicant, request: LoanRequest, today: IsoDate): Problem[] {
  const problems: Problem[] = [];
  const add = (code: MessageCode, where: string, params: Record<string, string | number> = {}): void => {
    problems.push({ code, where, params: { product: product.name, ...params } });
  };
  const { principal, termMonths } = request;
  if (!isRupiah(principal) || principal <= 0) add('LOAN_PRINCIPAL_INVALID', 'principal', { value: String(principal) });
  else if (principal < product.minPrincipal) add('LOAN_BELOW_MINIMUM', 'principal', { min: product.minPrincipal });
  else if (principal > product.maxPrincipal) add('LOAN_ABOVE_MAXIMUM', 'principal', { max: product.maxPrincipal });
  if (!Number.isInteger(termMonths) || termMonths < 1 || termMonths > product.maxTermMonths) {
    add('LOAN_TERM_TOO_LONG', 'termMonths', { value: String(termMonths), max: product.maxTermMonths });
  }
  const e = product.eligibility;
  if (e.maxSavingsMultiple !== null && isRupiah(principal)) {
    // Compared in whole rupiah: principal <= savings x multiple (multiple may be 2.5).
    const limit = Math.floor(applicant.savings * e.maxSavingsMultiple + 1e-9);
    if (principal > limit) add('LOAN_ABOVE_SAVINGS_MULTIPLE', 'principal', { max: limit, multiple: e.maxSavingsMultiple });
  }
  if (isIsoDate(applicant.joinedOn) && isIsoDate(today)) {
    const months = monthsBetween(applicant.joinedOn, today);
    if (months < e.minMembershipMonths) add('LOAN_MEMBERSHIP_TOO_SHORT', 'joinedOn', { months, min: e.minMembershipMonths });
  }
  if (e.refuseWhenMacet && applicant.openLoans.some((l) => l.collectibility === 'macet')) add('LOAN_REFUSED_MACET', 'openLoans');
  if (e.refuseWhenInArrears && applicant.openLoans.some((l) => l.daysPastDue > 0)) add('LOAN_REFUSED_ARREARS', 'openLoans');
  if (applicant.openLoans.length + 1 > e.maxOpenLoans) add('LOAN_TOO_MANY_OPEN', 'openLoans', { max: e.maxOpenLoans });
  return problems;
}
