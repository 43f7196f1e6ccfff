/**
 * What every posting rule shares: each event of the cooperative becomes a balanced JournalEntry, a
 * pure function of the event's facts. The rules live with their noun (savings/postings.ts,
 * loans/postings.ts, members/postings.ts, groups/postings.ts, shu/postings.ts).
 */
import type { Account, AccountCode, AccountRole, EntryKind, JournalEntry, JournalLine } from '../types';
import type { IsoDate } from '../dates';
import { isRupiah, type Rupiah } from '../money';
import { accountFor } from './accounts';

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

/**
 * A posting rule's guard: amounts reach it parsed and checked at the edge (parseRupiah, the request
 * checks), so one that is not a whole rupiah above zero (or at least zero, where zero is allowed) is
 * a programmer's mistake, not a person's: a RangeError, never a message.
 */
export function requireAmount(field: string, amount: Rupiah, allowZero = false): void {
  if (!isRupiah(amount) || amount < 0 || (amount === 0 && !allowZero)) {
    throw new RangeError(`${field}: ${amount} is not a whole rupiah ${allowZero ? 'of at least zero' : 'above zero'}`);
  }
}

/** A chart's account for a role, shortened for rules. */
export function acc(chart: readonly Account[], role: AccountRole): AccountCode {
  return accountFor(chart, role);
}

/**
 * Assembles the entry, dropping zero lines. It is checked where it is posted (posting.ts:
 * journalPost), the one place every entry passes on its way into the journal.
 */
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
  return entry;
}
