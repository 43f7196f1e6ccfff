/**
 * The ketua forgives part or all of a loan's late penalty, with a written reason. Penalties accrue
 * on the schedule and are booked only when paid or waived, so the waiver first books as receivable
 * what it forgives beyond what the books already hold (a penalty charge), then takes it back (the
 * waiver): penalty income shows the penalty earned and the penalty forgiven, and the receivable
 * never goes below zero. Both entries land together, once per request.
 */
import { postPenaltyCharge, postPenaltyWaiver } from '../../domain/loans/postings';
import { waiverPlan } from '../../domain/loans/repayment';
import { loanStatus } from '../../domain/loans/status';
import type { JournalEntry } from '../../domain/types';
import { t, type MessageCode } from '../../i18n/index';
import { runAction } from '../context';
import { nextEntryIds, postEntries, postedWithKey } from '../books/journal';
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
    const key = `hapus-denda:${input.requestId}`;
    const { loan } = findLoan(ctx, input.loanId);
    const memberName = membersOf(ctx).find((m) => m.id === loan.memberId)?.name ?? loan.memberId;
    const done = postedWithKey(ctx, key);
    if (done) {
      const amount = done.lines.reduce((n, l) => n + l.credit, 0);
      const penaltyLeft = loanStatus(historyOf(ctx, loan), ctx.today).penaltyOwed;
      return { loanId: loan.id, memberName, amount, penaltyLeft, entries: [done], repeated: true };
    }
    const booked = loanBalancesOf(ctx, loan.id).penaltyReceivable;
    const reason = input.reason.trim();
    const plan = waiverPlan(loan, historyOf(ctx, loan), { date: ctx.today, amount: input.amount, reason }, booked);
    const ids = nextEntryIds(ctx, 2);
    const loanText = `${loan.id} ${memberName}`;
    const facts = { memberId: loan.memberId, loanId: loan.id };
    const meta = (id: string, code: MessageCode, k: string) => ({ id, date: ctx.today, memo: t('id', code, { loan: loanText }), recordedBy: ctx.user, idempotencyKey: k });
    const charge = plan.charge > 0 ? [postPenaltyCharge(ctx.chart, meta(ids[0], 'MEMO_PENALTY_CHARGE', `${key}:denda`), { ...facts, amount: plan.charge })] : [];
    const waiver = postPenaltyWaiver(ctx.chart, meta(charge.length ? ids[1] : ids[0], 'MEMO_PENALTY_WAIVER', key), {
      ...facts, amount: input.amount, reason, penaltyReceivable: booked + plan.charge,
    });
    const entries = [...charge, waiver];
    postEntries(ctx, entries);
    return { loanId: loan.id, memberName, amount: input.amount, penaltyLeft: plan.owed - input.amount, entries, repeated: false };
  });
}
