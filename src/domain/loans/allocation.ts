/**
 * How a payment splits into penalty, interest and principal, installment by installment.
 *
 * 1. A payment that covers the payoff amount of its day closes the loan: it pays the payoff
 *    (loans/payoff.ts) and the rest comes back as `excess` (refund or sukarela: the caller decides).
 *    Scheduled interest not yet earned is cancelled.
 * 2. Otherwise it pays the installments already due (due date on or before the payment day), oldest
 *    first, in the product's order; then the next installment in full (paying a few days early is
 *    normal); then, as over-payment, the principal of the following installments, oldest first.
 *    The schedule KEEPS ITS TERM: those later installments just become smaller (for declining and
 *    annuity loans their interest is also recomputed on the lower principal when their month begins).
 * A payment never pays more than is due in total.
 */
import { isRupiah, type Rupiah } from '../money';
import { isIsoDate, type IsoDate } from '../dates';
import { throwIfProblems, type Problem } from '../errors';
import type { AllocationPart } from './products';
import type { PenaltyWaiver } from './penalty';
import {
  accrueTo, createLoanState, interestLeft, isDue, payoffParts, penaltyLeft, principalLeft, totalOf,
  type LoanHistory, type LoanPayment, type LoanState, type Parts, type RowState,
} from './state';

export interface PaymentAllocation {
  readonly date: IsoDate;
  readonly amount: Rupiah;
  /** Per installment that received something, in installment order. */
  readonly parts: readonly Parts[];
  readonly penalty: Rupiah;
  readonly interest: Rupiah;
  readonly principal: Rupiah;
  /** Beyond the payoff amount: handed back to the caller. */
  readonly excess: Rupiah;
  readonly closesLoan: boolean;
  /** Scheduled interest no longer charged because the loan was paid off early. */
  readonly cancelledInterest: Rupiah;
}

const left = (r: RowState, part: AllocationPart): Rupiah =>
  part === 'penalty' ? penaltyLeft(r) : part === 'interest' ? interestLeft(r) : principalLeft(r);

function pay(r: RowState, part: AllocationPart, amount: Rupiah): void {
  if (part === 'penalty') r.penaltyPaid += amount;
  else if (part === 'interest') r.interestPaid += amount;
  else r.principalPaid += amount;
}

export function validatePayment(p: LoanPayment): void {
  const problems: Problem[] = [];
  if (!isIsoDate(p.date)) problems.push({ code: 'LOAN_DATE_INVALID', params: { value: String(p.date) }, where: 'date' });
  if (!isRupiah(p.amount) || p.amount <= 0) problems.push({ code: 'PAYMENT_AMOUNT_INVALID', params: { value: String(p.amount) }, where: 'amount' });
  throwIfProblems(problems, 'PAYMENT_INVALID');
}

/** Applies one payment to the state (the state changes) and says where the money went. */
export function applyPayment(state: LoanState, payment: LoanPayment): PaymentAllocation {
  validatePayment(payment);
  const { date, amount } = payment;
  accrueTo(state, date);
  const got = new Map<number, Parts>(state.rows.map((r) => [r.n, { n: r.n, penalty: 0, interest: 0, principal: 0 }]));
  const give = (r: RowState, part: AllocationPart, want: Rupiah): Rupiah => {
    const x = Math.max(0, Math.min(want, left(r, part)));
    pay(r, part, x);
    (got.get(r.n) as Parts)[part] += x;
    return x;
  };
  const payoffByRow = payoffParts(state, date);
  const payoff = totalOf(payoffByRow);
  let rest = amount;
  let cancelledInterest = 0;
  let closesLoan = false;
  if (state.closedOn === null && payoff.total > 0 && amount >= payoff.total) {
    payoffByRow.forEach((p, i) => {
      const r = state.rows[i];
      give(r, 'penalty', p.penalty);
      give(r, 'interest', p.interest);
      give(r, 'principal', p.principal);
      cancelledInterest += interestLeft(r);
      r.interest = r.interestPaid;
    });
    rest = amount - payoff.total;
    state.closedOn = date;
    closesLoan = true;
  } else if (state.closedOn === null) {
    const { order, scope } = state.history.rules.allocation;
    const due = state.rows.filter((r) => isDue(r, date));
    if (scope === 'per_installment') {
      for (const r of due) for (const part of order) rest -= give(r, part, rest);
    } else {
      for (const part of order) for (const r of due) rest -= give(r, part, rest);
    }
    const later = state.rows.filter((r) => !isDue(r, date));
    if (later.length > 0) for (const part of order) rest -= give(later[0], part, rest);
    for (const r of later) rest -= give(r, 'principal', rest);
    for (const r of later) rest -= give(r, 'interest', rest);
  }
  const parts = [...got.values()].filter((p) => p.penalty + p.interest + p.principal > 0);
  const t = totalOf(parts);
  return { date, amount, parts, penalty: t.penalty, interest: t.interest, principal: t.principal, excess: rest, closesLoan, cancelledInterest };
}

/**
 * Forgives penalty, oldest installment first, as far as it goes: a waiver is checked when it is
 * granted (waiverPlan); one already in the books must still replay even if the penalty rule has
 * changed since, so it forgives at most what is owed.
 */
export function applyWaiver(state: LoanState, waiver: PenaltyWaiver): void {
  accrueTo(state, waiver.date);
  let rest = Math.min(waiver.amount, state.rows.reduce((a, r) => a + penaltyLeft(r), 0));
  for (const r of state.rows) {
    const x = Math.min(rest, penaltyLeft(r));
    r.penaltyWaived += x;
    rest -= x;
  }
}

/**
 * Replays a loan's history in date order, up to and including `asOf` when given, and accrues to
 * `asOf`. On one day, events go in the order they were booked (`seq`), as each payment was split
 * on what stood before it; events without a place in the books put waivers before payments.
 */
export function replayLoan(history: LoanHistory, asOf?: IsoDate): { state: LoanState; allocations: PaymentAllocation[] } {
  const state = createLoanState(history);
  type Event = { date: IsoDate; kind: 0 | 1; i: number; seq?: number; waiver?: PenaltyWaiver; payment?: LoanPayment };
  const events: Event[] = [
    ...(history.waivers ?? []).map((waiver, i): Event => ({ date: waiver.date, kind: 0, i, seq: waiver.seq, waiver })),
    ...history.payments.map((payment, i): Event => ({ date: payment.date, kind: 1, i, seq: payment.seq, payment })),
  ].filter((e) => asOf === undefined || e.date <= asOf);
  const booked = (a: Event, b: Event) => (a.seq !== undefined && b.seq !== undefined ? a.seq - b.seq : 0);
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : booked(a, b) || a.kind - b.kind || a.i - b.i));
  const allocations: PaymentAllocation[] = [];
  for (const e of events) {
    if (e.waiver) applyWaiver(state, e.waiver);
    else if (e.payment) allocations.push(applyPayment(state, e.payment));
  }
  if (asOf !== undefined) accrueTo(state, asOf);
  return { state, allocations };
}

/** How a new payment would split, given the loan's history so far. */
export function allocatePayment(history: LoanHistory, payment: LoanPayment): PaymentAllocation {
  const { state } = replayLoan(history, payment.date);
  return applyPayment(state, payment);
}
