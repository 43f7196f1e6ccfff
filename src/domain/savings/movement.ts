/**
 * A deposit or withdrawal of simpanan wajib or sukarela, checked before it is posted: whose savings,
 * which kind may move which way, and how much sukarela she can take on a day. Pokok is paid only on
 * joining and pokok and wajib come back only when she leaves (members/postings.ts).
 */
import { compareDates, isIsoDate, type IsoDate } from '../dates';
import { LumbungError, quoted, readField, throwIfProblems, type Problem } from '../errors';
import type { Rupiah } from '../money';
import { parseRupiah } from '../money-text';
import type { Member } from '../types';
import type { Payment } from './rules';
import type { PassbookSection } from './passbook';

export type MovableSavings = 'wajib' | 'sukarela';
export type SavingsDirection = 'deposit' | 'withdrawal';

/** A movement to record, read from what a person typed (readSavingsMovement): typed and trusted. */
export interface SavingsMovementRequest {
  readonly memberId: string;
  readonly type: MovableSavings;
  readonly direction: SavingsDirection;
  /** Whole rupiah above zero. */
  readonly amount: Rupiah;
  /** Absent: today. */
  readonly date?: IsoDate;
}

/** The fields of a savings card or form, as text. */
export interface SavingsMovementText {
  readonly memberId: string;
  readonly type: string;
  readonly direction: string;
  readonly amount: string;
  /** '' or absent: today. */
  readonly date?: string;
}

/**
 * Reads a savings movement as typed on a card or a form, once, at the edge: a request whose parts
 * are trusted inside, or a refusal naming every field that is wrong.
 */
export function readSavingsMovement(text: SavingsMovementText): SavingsMovementRequest {
  const problems: Problem[] = [];
  const memberId = text.memberId.trim();
  if (memberId === '') problems.push({ code: 'MEMBER_NOT_FOUND', params: { memberId: quoted(memberId) }, where: 'memberId' });
  const type = text.type.trim();
  if (type === 'pokok') problems.push({ code: 'SAVINGS_POKOK_AT_JOIN_ONLY', where: 'type' });
  else if (type !== 'wajib' && type !== 'sukarela') problems.push({ code: 'SAVINGS_TYPE_INVALID', params: { type: quoted(type) }, where: 'type' });
  const direction = text.direction.trim();
  if (direction !== 'deposit' && direction !== 'withdrawal') problems.push({ code: 'SAVINGS_DIRECTION_INVALID', params: { direction: quoted(direction) }, where: 'direction' });
  const amount = readField(problems, 'amount', () => parseRupiah(text.amount));
  if (amount === 0) problems.push({ code: 'SAVINGS_AMOUNT_NOT_POSITIVE', params: { amount: quoted(text.amount) }, where: 'amount' });
  const date = (text.date ?? '').trim();
  if (date !== '' && !isIsoDate(date)) problems.push({ code: 'DATE_INVALID', params: { date: quoted(date) }, where: 'date' });
  throwIfProblems(problems);
  return {
    memberId, type: type as MovableSavings, direction: direction as SavingsDirection, amount: amount!,
    ...(date !== '' ? { date } : {}),
  };
}

/** The member a movement or an exit is for: she must exist and still be a member. */
export function activeMemberOf(members: readonly Member[], memberId: string): Member {
  const member = members.find((m) => m.id === memberId.trim());
  if (!member) throw new LumbungError('MEMBER_NOT_FOUND', { memberId: quoted(memberId) });
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

/** Problems with a movement of an active member's savings on `date`; empty means it may be posted. */
export function savingsMovementProblems(member: Member, req: SavingsMovementRequest, date: IsoDate, today: IsoDate): Problem[] {
  // Wajib is the member's capital in the cooperative: it stays until she leaves.
  const problems: Problem[] = req.type === 'wajib' && req.direction === 'withdrawal' ? [{ code: 'SAVINGS_WAJIB_NOT_WITHDRAWABLE', where: 'direction' }] : [];
  return [...problems, ...memberDateProblems(member, date, today)];
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
