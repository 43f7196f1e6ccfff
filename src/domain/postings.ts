/**
 * Posting rules: each event of the cooperative as a balanced JournalEntry, a pure function of the
 * event's facts. This file holds what every rule shares and the member and savings events; loans,
 * group cover and the year's close have their own files (postings-*.ts).
 *
 * Simpanan wajib is booked when paid, not when due: an unpaid wajib is not a receivable the
 * cooperative can count on (it is returned at exit anyway), so booking it would inflate equity.
 * Arrears are derived from the obligation and the passbook (savings-wajib.ts); 'wajib_due' is unused.
 */
import type { Account, AccountCode, AccountRole, EntryKind, JournalEntry, JournalLine } from './types';
import type { IsoDate } from './dates';
import { isRupiah, type Rupiah } from './money';
import { LumbungError, type Problem } from './errors';
import { accountFor, SAVINGS_ROLE } from './accounts';
import { entryProblems } from './journal';

/** Rules a cooperative sets for its books: data with named defaults. */
export interface BooksSettings {
  /** The loan fee (provisi/administrasi): taken off the cash paid out, or paid in by the member. */
  readonly loanFeeMode: 'deducted' | 'paid_separately';
  /** Members' SHU: paid in cash, credited to sukarela, or held as payable until collected. */
  readonly shuMemberPayout: 'cash' | 'sukarela' | 'payable';
}

export const defaultBooksSettings: BooksSettings = { loanFeeMode: 'deducted', shuMemberPayout: 'payable' };

/** What every entry needs besides its lines. The memo comes from the caller (i18n: MEMO_*). */
export interface EntryMeta {
  readonly id: string;
  readonly date: IsoDate;
  readonly memo: string;
  readonly recordedBy?: string;
  readonly idempotencyKey?: string;
  readonly receipt?: string;
}

type Tags = Pick<JournalLine, 'memberId' | 'savingsType' | 'loanId' | 'party'>;

export function debit(account: AccountCode, amount: Rupiah, tags: Tags = {}): JournalLine {
  return { account, debit: amount, credit: 0, ...tags };
}

export function credit(account: AccountCode, amount: Rupiah, tags: Tags = {}): JournalLine {
  return { account, debit: 0, credit: amount, ...tags };
}

/** Refuses an amount that is not a whole rupiah above zero (or at least zero, when zero is allowed). */
export function requireAmount(field: string, amount: Rupiah, allowZero = false): void {
  if (!isRupiah(amount) || amount < 0 || (amount === 0 && !allowZero)) {
    throw new LumbungError(allowZero ? 'AMOUNT_NEGATIVE' : 'AMOUNT_NOT_POSITIVE', { field, amount: String(amount) });
  }
}

/** A chart's account for a role, shortened for rules. */
export function acc(chart: readonly Account[], role: AccountRole): AccountCode {
  return accountFor(chart, role);
}

/** Assembles the entry, dropping zero lines, and checks it: a rule never returns a bad entry. */
export function buildEntry(
  chart: readonly Account[],
  meta: EntryMeta,
  kind: EntryKind,
  lines: readonly JournalLine[],
  extra: Partial<Pick<JournalEntry, 'reason' | 'idempotencyKey'>> = {},
): JournalEntry {
  const key = meta.idempotencyKey ?? extra.idempotencyKey;
  const entry: JournalEntry = {
    ...meta,
    ...(extra.reason !== undefined ? { reason: extra.reason } : {}),
    ...(key !== undefined ? { idempotencyKey: key } : {}),
    kind,
    lines: lines.filter((l) => l.debit !== 0 || l.credit !== 0),
  };
  const problems: Problem[] = entryProblems(entry, chart);
  if (problems.length > 0) throw new LumbungError(problems[0].code, { ...problems[0].params, entry: entry.id }, problems);
  return entry;
}

/** A member joins: pays simpanan pokok (and, when the cooperative asks, her first wajib). */
export function postMemberJoin(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; pokok: Rupiah; wajib?: Rupiah; moneyAccount: AccountCode },
): JournalEntry {
  requireAmount('pokok', facts.pokok);
  requireAmount('wajib', facts.wajib ?? 0, true);
  const m = facts.memberId;
  return buildEntry(chart, meta, 'member_join', [
    debit(facts.moneyAccount, facts.pokok + (facts.wajib ?? 0)),
    credit(acc(chart, 'savings_pokok'), facts.pokok, { memberId: m, savingsType: 'pokok' }),
    credit(acc(chart, 'savings_wajib'), facts.wajib ?? 0, { memberId: m, savingsType: 'wajib' }),
  ]);
}

/** A deposit of wajib or sukarela (pokok is paid on joining: postMemberJoin). */
export function postSavingsDeposit(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; savingsType: 'wajib' | 'sukarela'; amount: Rupiah; moneyAccount: AccountCode },
): JournalEntry {
  requireAmount('amount', facts.amount);
  return buildEntry(chart, meta, 'savings_deposit', [
    debit(facts.moneyAccount, facts.amount),
    credit(acc(chart, SAVINGS_ROLE[facts.savingsType]), facts.amount, { memberId: facts.memberId, savingsType: facts.savingsType }),
  ]);
}

/** A sukarela withdrawal; never below zero: `balance` is her sukarela now (from the ledger). */
export function postSukarelaWithdrawal(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; amount: Rupiah; balance: Rupiah; moneyAccount: AccountCode },
): JournalEntry {
  requireAmount('amount', facts.amount);
  if (facts.amount > facts.balance) {
    throw new LumbungError('SAVINGS_INSUFFICIENT', { available: Math.max(0, facts.balance), requested: facts.amount });
  }
  return buildEntry(chart, meta, 'savings_withdrawal', [
    debit(acc(chart, 'savings_sukarela'), facts.amount, { memberId: facts.memberId, savingsType: 'sukarela' }),
    credit(facts.moneyAccount, facts.amount),
  ]);
}

/** Interest on sukarela (jasa simpanan), added to her sukarela: a cost of the cooperative. */
export function postSukarelaInterest(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; amount: Rupiah },
): JournalEntry {
  requireAmount('amount', facts.amount);
  return buildEntry(chart, meta, 'savings_interest', [
    debit(acc(chart, 'savings_interest_expense'), facts.amount, { memberId: facts.memberId }),
    credit(acc(chart, 'savings_sukarela'), facts.amount, { memberId: facts.memberId, savingsType: 'sukarela' }),
  ]);
}
