/**
 * What the bendahara may record on a running loan: an installment (how it splits is
 * loan-allocation's work; this decides whether it may be taken at all) and a penalty waiver.
 *
 * Decisions:
 * - A payment above what paying the loan off would cost is refused, not credited to her sukarela:
 *   at the counter an over-payment is nearly always a typing slip (one zero too many), and putting
 *   it silently into savings would hide the slip in the books. A member who wants to save the rest
 *   makes a sukarela deposit, with its own receipt.
 * - A payment dated before the loan's last recorded payment or waiver is refused: the journal
 *   lines of the later one were split on the history as it stood, and an earlier payment slipped in
 *   would re-split them silently. Correct it by reversing the later entry first.
 */
import type { IsoDate } from '../dates';
import { compareDates } from '../dates';
import { LumbungError, throwIfProblems } from '../errors';
import type { Rupiah } from '../money';
import type { LoanRecord } from './portfolio';
import { payoffParts, totalOf, type LoanHistory } from './state';
import { applyPayment, replayLoan, type PaymentAllocation } from './allocation';
import { loanStatus } from './status';
import { validatePenaltyWaiver } from './penalty';

function checkRunning(loan: LoanRecord): void {
  if (loan.status !== 'berjalan') throw new LumbungError('LOAN_NOT_RUNNING', { loan: loan.id, status: loan.status });
}

/** The last day anything was recorded on the loan (a payment or a waiver); '' when nothing was. */
export function lastEventDate(history: LoanHistory): IsoDate | '' {
  let last = '';
  for (const e of [...history.payments, ...(history.waivers ?? [])]) if (e.date > last) last = e.date;
  return last;
}

/** How an installment paid on `date` splits, or the reason it cannot be taken. */
export function installmentAllocation(loan: LoanRecord, history: LoanHistory, payment: { date: IsoDate; amount: Rupiah }, today: IsoDate): PaymentAllocation {
  checkRunning(loan);
  const { date, amount } = payment;
  if (compareDates(date, today) > 0) throw new LumbungError('PAYMENT_DATE_IN_FUTURE', { date, today });
  if (compareDates(date, loan.disbursedOn) < 0) throw new LumbungError('PAYMENT_DATE_BEFORE_DISBURSEMENT', { date, disbursed: loan.disbursedOn });
  const last = lastEventDate(history);
  if (last && compareDates(date, last) < 0) throw new LumbungError('PAYMENT_DATE_BEFORE_LAST', { date, last, loan: loan.id });
  // One replay: what paying off costs that day, then where this payment goes.
  const { state } = replayLoan(history, date);
  const payoff = totalOf(payoffParts(state, date)).total;
  if (payoff === 0) throw new LumbungError('LOAN_ALREADY_PAID', { date: last || date });
  const allocation = applyPayment(state, { date, amount });
  if (allocation.excess > 0) throw new LumbungError('PAYMENT_ABOVE_PAYOFF', { amount, payoff, loan: loan.id });
  return allocation;
}

export interface WaiverPlan {
  /** Penalty the loan owes on the day, before the waiver. */
  readonly owed: Rupiah;
  /**
   * Penalty to book as a receivable first: penalties accrue on the schedule but are booked only
   * when paid or waived, and a waiver takes back a booked receivable (postings-loans).
   */
  readonly charge: Rupiah;
}

/** A waiver of `amount` on `date`: at most what is owed, with a written reason. */
export function waiverPlan(loan: LoanRecord, history: LoanHistory, waiver: { date: IsoDate; amount: Rupiah; reason: string }, bookedPenalty: Rupiah): WaiverPlan {
  checkRunning(loan);
  throwIfProblems(validatePenaltyWaiver(waiver));
  const owed = loanStatus(history, waiver.date).penaltyOwed;
  if (owed === 0) throw new LumbungError('NO_PENALTY_OWED', { loan: loan.id });
  if (waiver.amount > owed) throw new LumbungError('WAIVER_ABOVE_PENALTY_OWED', { amount: waiver.amount, owed, loan: loan.id });
  return { owed, charge: Math.max(0, waiver.amount - Math.max(0, bookedPenalty)) };
}
