/**
 * Ending a loan before its schedule does: early payoff (pelunasan dipercepat), rescheduling
 * (restrukturisasi: a new tenor) and write-off (hapus buku).
 */
import type { Rupiah } from '../money';
import { compareDates, isIsoDate, type IsoDate } from '../dates';
import { LumbungError, type Problem } from '../errors';
import { loanSchedule, validateLoanTerms, type Installment, type LoanTerms } from './schedule';
import { replayLoan } from './allocation';
import { interestLeft, isDue, payoffParts, penaltyLeft, principalLeft, totalOf, type LoanHistory, type Parts } from './state';

export interface PayoffAmount {
  readonly date: IsoDate;
  readonly penalty: Rupiah;
  readonly interest: Rupiah;
  readonly principal: Rupiah;
  readonly total: Rupiah;
  readonly parts: readonly Parts[];
}

/**
 * What paying the loan off on `date` costs: outstanding principal, the interest of installments
 * already due and unpaid, the month in progress's interest (flat: per the product's rule, the whole
 * month by default; declining/annuity: accrued day by day to `date`), and penalties after waivers.
 */
export function payoffAmount(history: LoanHistory, date: IsoDate): PayoffAmount {
  const { state } = replayLoan(history, date);
  const parts = payoffParts(state, date).filter((p) => p.penalty + p.interest + p.principal > 0);
  const t = totalOf(parts);
  return { date, penalty: t.penalty, interest: t.interest, principal: t.principal, total: t.total, parts };
}

export interface RestructureRequest {
  readonly date: IsoDate;
  /** The new tenor, rate and method; the principal comes from the old loan. */
  readonly terms: Omit<LoanTerms, 'principal'>;
  /** Why (required): kept with the closed loan. */
  readonly reason: string;
  /** Add the interest owed on `date` to the new principal (otherwise it stays to be paid). */
  readonly capitalizeInterest: boolean;
}

export interface Restructure {
  readonly closedOn: IsoDate;
  readonly reason: string;
  readonly oldOutstandingPrincipal: Rupiah;
  readonly capitalizedInterest: Rupiah;
  /** Still owed apart from the new loan: interest not capitalized and penalties. */
  readonly interestToSettle: Rupiah;
  readonly penaltyToSettle: Rupiah;
  readonly terms: LoanTerms;
  readonly schedule: Installment[];
}

/** Closes the old schedule on `date` and re-amortises what is owed over the new terms. */
export function restructureLoan(history: LoanHistory, req: RestructureRequest): Restructure {
  const problems: Problem[] = [];
  if (typeof req.reason !== 'string' || req.reason.trim() === '') problems.push({ code: 'RESTRUCTURE_REASON_REQUIRED', where: 'reason' });
  if (!isIsoDate(req.date)) problems.push({ code: 'LOAN_DATE_INVALID', params: { value: String(req.date) }, where: 'date' });
  else if (isIsoDate(req.terms.firstDueDate) && compareDates(req.terms.firstDueDate, req.date) <= 0) {
    problems.push({ code: 'RESTRUCTURE_FIRST_DUE_DATE_INVALID', params: { date: req.date }, where: 'terms.firstDueDate' });
  }
  if (problems.length > 0) throw new LumbungError('RESTRUCTURE_INVALID', { count: problems.length }, problems);
  const quote = payoffAmount(history, req.date);
  if (quote.principal <= 0) throw new LumbungError('LOAN_ALREADY_PAID', { date: req.date });
  const capitalizedInterest = req.capitalizeInterest ? quote.interest : 0;
  const terms: LoanTerms = { ...req.terms, principal: quote.principal + capitalizedInterest };
  const termProblems = validateLoanTerms(terms);
  if (termProblems.length > 0) throw new LumbungError('LOAN_TERMS_INVALID', { count: termProblems.length }, termProblems);
  return {
    closedOn: req.date, reason: req.reason.trim(), oldOutstandingPrincipal: quote.principal, capitalizedInterest,
    interestToSettle: quote.interest - capitalizedInterest, penaltyToSettle: quote.penalty,
    terms, schedule: loanSchedule(terms),
  };
}

export interface WriteOffAmount {
  readonly date: IsoDate;
  /** Outstanding principal: charged against the loan-loss reserve. */
  readonly principal: Rupiah;
  /** Interest of installments already due and unpaid, and penalties owed: the receivables that go with it. */
  readonly interest: Rupiah;
  readonly penalty: Rupiah;
  readonly total: Rupiah;
}

/**
 * Hapus buku: the outstanding principal and the interest and penalty already owed on `date`.
 * Interest of months not yet due is not a receivable, so it is not written off.
 */
export function writeOffAmount(history: LoanHistory, date: IsoDate): WriteOffAmount {
  const { state } = replayLoan(history, date);
  let principal = 0;
  let interest = 0;
  let penalty = 0;
  for (const r of state.rows) {
    principal += principalLeft(r);
    penalty += penaltyLeft(r);
    if (isDue(r, date)) interest += interestLeft(r);
  }
  return { date, principal, interest, penalty, total: principal + interest + penalty };
}
