/**
 * The ketua forgives part or all of a loan's late penalty, with a written reason. Penalties accrue
 * on the schedule and are booked only when paid or waived, so the waiver first books as receivable
 * what it forgives beyond what the books already hold (a penalty charge), then takes it back (the
 * waiver): penalty income shows the penalty earned and the penalty forgiven, and the receivable
 * never goes below zero. Both entries land together, once per request.
 */
import { requestKey } from '../../domain/books/posting';
import { postPenaltyCharge, postPenaltyWaiver } from '../../domain/loans/postings';
import { waiverPlan } from '../../domain/loans/repayment';
import { loanStatus } from '../../domain/loans/status';
import type { JournalEntry } from '../../domain/types';
import { t } from '../../i18n/index';
import { runAction } from '../context';
import { landed, post } from '../books/journal';
import { findLoan, historyOf, loanBalancesOf } from './books';
import { membersOf } from '../records';

export interface WaiverInput {
  readonly loanId: string;
  readonly amount: number;
  readonly reason: string;
  readonly requestId: string;
}

export interface Waived {
  readonly loanId: string;
  readonly memberName: string;
  readonly amount: number;
  /** Penalty still owed after the waiver. */
  readonly penaltyLeft: number;
  readonly entries: readonly JournalEntry[];
  readonly repeated: boolean;
}

export function waivePenalty(input: WaiverInput): Waived {
  return runAction('waive_penalty', (ctx) => {
    const key = requestKey('hapus-denda', input.requestId);
    const { loan } = findLoan(ctx, input.loanId);
    const memberName = membersOf(ctx).find((m) => m.id === loan.memberId)?.name ?? loan.memberId;
    const done = landed(ctx, key).find((e) => e.kind === 'penalty_waiver');
    if (done) {
      const amount = done.lines.reduce((n, l) => n + l.credit, 0);
      const penaltyLeft = loanStatus(historyOf(ctx, loan), ctx.today).penaltyOwed;
      return { loanId: loan.id, memberName, amount, penaltyLeft, entries: [done], repeated: true };
    }
    const booked = loanBalancesOf(ctx, loan.id).penaltyReceivable;
    const reason = input.reason.trim();
    const plan = waiverPlan(loan, historyOf(ctx, loan), { date: ctx.today, amount: input.amount, reason }, booked);
    const loanText = `${loan.id} ${memberName}`;
    const facts = { memberId: loan.memberId, loanId: loan.id };
    const { entries } = post(ctx, key, (next) => {
      const meta = (code: 'MEMO_PENALTY_CHARGE' | 'MEMO_PENALTY_WAIVER') => next({ date: ctx.today, memo: t('id', code, { loan: loanText }) });
      const charge = plan.charge > 0 ? [postPenaltyCharge(ctx.chart, meta('MEMO_PENALTY_CHARGE'), { ...facts, amount: plan.charge })] : [];
      return [...charge, postPenaltyWaiver(ctx.chart, meta('MEMO_PENALTY_WAIVER'), {
        ...facts, amount: input.amount, reason, penaltyReceivable: booked + plan.charge,
      })];
    });
    return { loanId: loan.id, memberName, amount: input.amount, penaltyLeft: plan.owed - input.amount, entries, repeated: false };
  });
}
