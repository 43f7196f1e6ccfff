/**
 * The ledger of group cover: each cover event (who paid how much of whose installment) and each
 * repayment by the member who defaulted. A repayment goes to her oldest cover first (by date, then
 * id), so the members who waited longest are repaid first; within one cover event it is shared pro
 * rata to what each coverer is still owed (largest remainder, ties in member-number order), so the
 * coverers of one event are repaid at the same pace.
 */
import type { IsoDate } from '../dates';
import { LumbungError } from '../errors';
import { isRupiah, type Rupiah } from '../money';
import { largestRemainder } from '../money';
import type { CoverShare } from './cover';

export interface CoverEvent {
  readonly kind: 'cover';
  readonly id: string;
  readonly date: IsoDate;
  readonly groupId: string;
  readonly defaulterId: string;
  /** The installment covered: its loan and due month, for the member's statement. */
  readonly loanId?: string;
  readonly month?: string;
  readonly shares: readonly CoverShare[];
}

export interface CoverRepaymentEvent {
  readonly kind: 'repayment';
  readonly id: string;
  readonly date: IsoDate;
  readonly defaulterId: string;
  readonly amount: Rupiah;
}

export type CoverLedgerEvent = CoverEvent | CoverRepaymentEvent;

/** One coverer's part of one cover event. */
export interface CoverLine {
  readonly coverId: string;
  readonly date: IsoDate;
  readonly defaulterId: string;
  readonly memberId: string;
  readonly covered: Rupiah;
  readonly repaid: Rupiah;
  readonly outstanding: Rupiah;
}

/** Where a repayment went: the payouts to coverers it gives rise to. */
export interface RepaymentPart {
  readonly repaymentId: string;
  readonly coverId: string;
  readonly memberId: string;
  readonly amount: Rupiah;
}

export interface MemberAmount {
  readonly memberId: string;
  readonly outstanding: Rupiah;
}

export interface CoverPosition {
  readonly lines: readonly CoverLine[];
  readonly repayments: readonly RepaymentPart[];
  /** What each coverer is still owed, by member number. */
  readonly byCoverer: readonly MemberAmount[];
  /** What each defaulter still owes her group, by member number. */
  readonly byDefaulter: readonly MemberAmount[];
}

/** Replays the events by date (covers before repayments on the same day, else in list order). */
export function coverPosition(events: readonly CoverLedgerEvent[]): CoverPosition {
  const ordered = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.e.kind !== b.e.kind ? (a.e.kind === 'cover' ? -1 : 1) : a.i - b.i))
    .map((x) => x.e);
  const lines: { coverId: string; date: IsoDate; defaulterId: string; memberId: string; covered: number; repaid: number }[] = [];
  const repayments: RepaymentPart[] = [];
  for (const e of ordered) {
    if (e.kind === 'cover') {
      for (const s of [...e.shares].sort((a, b) => (a.memberId < b.memberId ? -1 : 1))) {
        // A negative or a fraction would turn into a debt no one can repay exactly. A share of 0 is
        // fine: splitCover gives one to a coverer when the installment has fewer rupiah than coverers.
        if (!isRupiah(s.amount) || s.amount < 0) throw new LumbungError('COVER_AMOUNT_INVALID', { amount: String(s.amount) });
        lines.push({ coverId: e.id, date: e.date, defaulterId: e.defaulterId, memberId: s.memberId, covered: s.amount, repaid: 0 });
      }
      continue;
    }
    const open = lines.filter((l) => l.defaulterId === e.defaulterId && l.covered > l.repaid);
    const owed = open.reduce((a, l) => a + l.covered - l.repaid, 0);
    if (!isRupiah(e.amount) || e.amount <= 0) throw new LumbungError('COVER_AMOUNT_INVALID', { amount: e.amount });
    if (e.amount > owed) throw new LumbungError('COVER_REPAYMENT_TOO_MUCH', { memberId: e.defaulterId, outstanding: owed, amount: e.amount });
    let left = e.amount;
    const coverIds = [...new Set(open.map((l) => l.coverId))].sort((a, b) => {
      const da = open.find((l) => l.coverId === a)!.date;
      const db = open.find((l) => l.coverId === b)!.date;
      return da < db ? -1 : da > db ? 1 : a < b ? -1 : 1;
    });
    for (const coverId of coverIds) {
      if (left === 0) break;
      const parts = open.filter((l) => l.coverId === coverId);
      const due = parts.map((l) => l.covered - l.repaid);
      const pay = Math.min(left, due.reduce((a, d) => a + d, 0));
      largestRemainder(pay, due).parts.forEach((amount, k) => {
        if (amount === 0) return;
        parts[k].repaid += amount;
        repayments.push({ repaymentId: e.id, coverId, memberId: parts[k].memberId, amount });
      });
      left -= pay;
    }
  }
  const done = lines.map((l): CoverLine => ({ ...l, outstanding: l.covered - l.repaid }));
  return { lines: done, repayments, byCoverer: totalsBy(done, (l) => l.memberId), byDefaulter: totalsBy(done, (l) => l.defaulterId) };
}

function totalsBy(lines: readonly CoverLine[], key: (l: CoverLine) => string): MemberAmount[] {
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(key(l), (totals.get(key(l)) ?? 0) + l.outstanding);
  return [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([memberId, outstanding]) => ({ memberId, outstanding }));
}
