/**
 * A deposit or withdrawal of simpanan wajib or sukarela, checked before it is posted: whose savings,
 * which kind may move which way, and how much sukarela she can take on a day. Pokok is paid only on
 * joining and pokok and wajib come back only when she leaves (members/postings.ts).
 */
import { compareDates, isIsoDate, type IsoDate } from '../dates';
import { LumbungError, type Problem } from '../errors';
import { isRupiah, type Rupiah } from '../money';
import type { Member } from '../types';
import type { Payment } from './rules';
import type { PassbookSection } from './passbook';

export type MovableSavings = 'wajib' | 'sukarela';
export type SavingsDirection = 'deposit' | 'withdrawal';

/** What a manager asks to record, as typed (type and direction are checked here, not trusted). */
export interface SavingsMovementRequest {
  readonly memberId: string;
  readonly type: string;
  readonly direction: string;
  readonly amount: Rupiah;
  readonly date: IsoDate;
}

/** The member a movement or an exit is for: she must exist and still be a member. */
export function activeMemberOf(members: readonly Member[], memberId: string): Member {
  const member = members.find((m) => m.id === memberId.trim());
  if (!member) throw new LumbungError('MEMBER_NOT_FOUND', { memberId });
  if (member.status === 'keluar') throw new LumbungError('MEMBER_ALREADY_LEFT', { memberId: member.id, name: member.name, date: member.exitDate });
  return member;
}

/** A day a posting about this member may carry: a real date, not after today, not before she joined. */
export function memberDateProblems(member: Member, date: IsoDate, today: IsoDate): Problem[] {
  if (!isIsoDate(date)) return [{ code: 'DATE_INVALID', params: { date: String(date) }, where: 'date' }];
  if (compareDates(date, today) > 0) return [{ code: 'DATE_AFTER_TODAY', params: { date, today }, where: 'date' }];
  if (member.joinDate && compareDates(date, member.joinDate) < 0) {
    return [{ code: 'DATE_BEFORE_JOIN', params: { date, joinDate: member.joinDate, name: member.name }, where: 'date' }];
  }
  return [];
}

/** Problems with a movement of an active member's savings; empty means it may be posted. */
export function savingsMovementProblems(member: Member, req: SavingsMovementRequest, today: IsoDate): Problem[] {
  if (req.type === 'pokok') return [{ code: 'SAVINGS_POKOK_AT_JOIN_ONLY', where: 'type' }];
  if (req.type !== 'wajib' && req.type !== 'sukarela') return [{ code: 'SAVINGS_TYPE_INVALID', params: { type: String(req.type) }, where: 'type' }];
  if (req.direction !== 'deposit' && req.direction !== 'withdrawal') {
    return [{ code: 'SAVINGS_DIRECTION_INVALID', params: { direction: String(req.direction) }, where: 'direction' }];
  }
  // Wajib is the member's capital in the cooperative: it stays until she leaves.
  if (req.type === 'wajib' && req.direction === 'withdrawal') return [{ code: 'SAVINGS_WAJIB_NOT_WITHDRAWABLE', where: 'direction' }];
  if (!isRupiah(req.amount) || req.amount <= 0) return [{ code: 'SAVINGS_AMOUNT_NOT_POSITIVE', params: { amount: String(req.amount) }, where: 'amount' }];
  return memberDateProblems(member, req.date, today);
}

/**
 * What she can take out of her sukarela on `date`: the lowest balance her passbook shows from that
 * day on. A back-dated withdrawal must not turn a later day's balance negative either.
 */
export function sukarelaAvailableOn(section: PassbookSection, date: IsoDate): Rupiah {
  let onDate = section.opening;
  let lowestLater = Infinity;
  for (const row of section.rows) {
    if (row.date <= date) onDate = row.balance;
    else lowestLater = Math.min(lowestLater, row.balance);
  }
  return Math.max(0, Math.min(onDate, lowestLater));
}

/** A passbook section's movements as payments (deposits less withdrawals, per entry), for wajibStatement. */
export function paymentsOf(section: PassbookSection): Payment[] {
  return section.rows.map((r) => ({ date: r.date, amount: r.deposit - r.withdrawal }));
}
