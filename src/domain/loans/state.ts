/**
 * The running state of one loan while its history (payments, waivers) is replayed in date order:
 * what each installment owes and has received, the penalties charged, and what a payoff would cost
 * on a given day. Used only inside the loan modules; callers use loan-allocation, loan-status and
 * loan-payoff.
 *
 * Interest of declining and annuity loans is fixed when an installment's month begins, on the
 * principal still owed then: principal prepaid earlier lowers later interest (never raises it).
 * Flat interest is as scheduled.
 */
import { roundHalfUp, type Rupiah } from '../money';
import { addMonths, compareDates, daysBetween, type IsoDate } from '../dates';
import { loanSchedule, monthlyRate, type LoanTerms } from './schedule';
import { penaltyCharges } from './penalty';
import type { LoanProduct } from './products';
import type { PenaltyWaiver } from './penalty';

export type LoanRules = Pick<LoanProduct, 'penalty' | 'allocation' | 'flatPayoffInterest'>;

export interface LoanPayment {
  readonly date: IsoDate;
  readonly amount: Rupiah;
  /** Its place in the books (journal order): same-day payments and waivers replay in this order. */
  readonly seq?: number;
}

/** Everything that happened to a loan: what the replay starts from. */
export interface LoanHistory {
  readonly terms: LoanTerms;
  readonly rules: LoanRules;
  readonly payments: readonly LoanPayment[];
  readonly waivers?: readonly PenaltyWaiver[];
  /** Start of the first month's interest; default one month before the first due date. */
  readonly disbursedOn?: IsoDate;
}

export interface RowState {
  n: number;
  dueDate: IsoDate;
  periodStart: IsoDate;
  principal: Rupiah;
  /** Interest owed now: scheduled, lowered by prepayments, cut back to what was paid at payoff. */
  interest: Rupiah;
  scheduledInterest: Rupiah;
  interestFixed: boolean;
  principalPaid: Rupiah;
  interestPaid: Rupiah;
  penaltyCharged: Rupiah;
  penaltyPaid: Rupiah;
  penaltyWaived: Rupiah;
  chargedThrough: IsoDate | null;
}

export interface LoanState {
  readonly history: LoanHistory;
  readonly rate: number;
  readonly rows: RowState[];
  closedOn: IsoDate | null;
}

export interface Parts {
  n: number;
  penalty: Rupiah;
  interest: Rupiah;
  principal: Rupiah;
}

export function createLoanState(history: LoanHistory): LoanState {
  const schedule = loanSchedule(history.terms);
  const flat = history.terms.method === 'flat';
  const start = history.disbursedOn ?? addMonths(history.terms.firstDueDate, -1);
  const rows = schedule.map((s, i): RowState => ({
    n: s.n, dueDate: s.dueDate, periodStart: i === 0 ? start : schedule[i - 1].dueDate,
    principal: s.principal, interest: s.interest, scheduledInterest: s.interest, interestFixed: flat,
    principalPaid: 0, interestPaid: 0, penaltyCharged: 0, penaltyPaid: 0, penaltyWaived: 0, chargedThrough: null,
  }));
  return { history, rate: monthlyRate(history.terms), rows, closedOn: null };
}

export const principalLeft = (r: RowState): Rupiah => r.principal - r.principalPaid;
export const interestLeft = (r: RowState): Rupiah => r.interest - r.interestPaid;
export const penaltyLeft = (r: RowState): Rupiah => r.penaltyCharged - r.penaltyPaid - r.penaltyWaived;
export const isDue = (r: RowState, date: IsoDate): boolean => compareDates(r.dueDate, date) <= 0;

/** Brings penalties and interest up to `date` (inclusive), before that day's payments. */
export function accrueTo(state: LoanState, date: IsoDate): void {
  if (state.closedOn !== null) return;
  const rule = state.history.rules.penalty;
  state.rows.forEach((row, i) => {
    if (!row.interestFixed && compareDates(row.periodStart, date) <= 0) {
      const owed = state.rows.slice(i).reduce((a, r) => a + principalLeft(r), 0);
      row.interest = Math.max(row.interestPaid, Math.min(row.scheduledInterest, roundHalfUp(owed * state.rate)));
      row.interestFixed = true;
    }
    if (compareDates(row.dueDate, date) < 0) {
      row.penaltyCharged += penaltyCharges(rule, row.dueDate, principalLeft(row) + interestLeft(row), row.chargedThrough, date);
      row.chargedThrough = row.chargedThrough !== null && compareDates(row.chargedThrough, date) > 0 ? row.chargedThrough : date;
    }
  });
}

/**
 * What paying the loan off on `date` costs, per installment (after accrueTo(date)): every due
 * installment in full with its penalty; all principal not yet due; and interest for the month in
 * progress by the product's rule (none when that month begins on `date`).
 */
export function payoffParts(state: LoanState, date: IsoDate): Parts[] {
  if (state.closedOn !== null) return [];
  const { method } = state.history.terms;
  const allRemaining = method === 'flat' && state.history.rules.flatPayoffInterest === 'all_remaining';
  const current = state.rows.find((r) => !isDue(r, date));
  return state.rows.map((r) => {
    let interest = 0;
    if (isDue(r, date) || allRemaining) interest = interestLeft(r);
    else if (r === current && compareDates(r.periodStart, date) < 0) {
      const fraction = method === 'flat' ? 1 : Math.min(1, daysBetween(r.periodStart, date) / daysBetween(r.periodStart, r.dueDate));
      interest = Math.max(0, roundHalfUp(r.interest * fraction) - r.interestPaid);
    }
    return { n: r.n, penalty: penaltyLeft(r), interest, principal: principalLeft(r) };
  });
}

export function totalOf(parts: readonly Parts[]): Parts & { total: Rupiah } {
  const t = { n: 0, penalty: 0, interest: 0, principal: 0 };
  for (const p of parts) {
    t.penalty += p.penalty;
    t.interest += p.interest;
    t.principal += p.principal;
  }
  return { ...t, total: t.penalty + t.interest + t.principal };
}
