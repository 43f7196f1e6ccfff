/**
 * Buku simpanan: every movement of one member's savings, by type, with the running balance, as a
 * paper passbook shows it. Reversals appear as movements too (the books never hide a correction).
 */
import type { Account, EntryKind, JournalEntry, SavingsType } from '../types';
import type { IsoDate } from '../dates';
import { inDateOrder } from '../books/journal';
import { SAVINGS_ROLE } from '../books/accounts';
import type { Rupiah } from '../money';

export interface PassbookRow {
  readonly date: IsoDate;
  readonly entryId: string;
  readonly kind: EntryKind;
  readonly memo: string;
  /** Money into her savings (setor). */
  readonly deposit: Rupiah;
  /** Money out of her savings (tarik). */
  readonly withdrawal: Rupiah;
  readonly balance: Rupiah;
}

export interface PassbookSection {
  /** Balance before the first row (movements before `from`). */
  readonly opening: Rupiah;
  readonly rows: readonly PassbookRow[];
  readonly closing: Rupiah;
}

export interface Passbook {
  readonly memberId: string;
  readonly pokok: PassbookSection;
  readonly wajib: PassbookSection;
  readonly sukarela: PassbookSection;
  /** pokok + wajib + sukarela at the end. */
  readonly total: Rupiah;
}

const SAVINGS_ROLES: ReadonlySet<string> = new Set(Object.values(SAVINGS_ROLE));

/** A member's passbook for entries dated up to `to`, listing movements from `from` (both optional). */
export function memberPassbook(
  chart: readonly Account[],
  entries: readonly JournalEntry[],
  memberId: string,
  period: { from?: IsoDate; to?: IsoDate } = {},
): Passbook {
  const savingsAccounts = new Set(chart.filter((a) => a.role && SAVINGS_ROLES.has(a.role)).map((a) => a.code));
  const ordered = inDateOrder(entries);
  const sections: Record<SavingsType, { opening: Rupiah; rows: PassbookRow[]; balance: Rupiah }> = {
    pokok: { opening: 0, rows: [], balance: 0 },
    wajib: { opening: 0, rows: [], balance: 0 },
    sukarela: { opening: 0, rows: [], balance: 0 },
  };
  for (const e of ordered) {
    if (period.to !== undefined && e.date > period.to) break;
    const before = period.from !== undefined && e.date < period.from;
    // One row per savings type an entry moves, even when it has several lines on it.
    const moved = new Map<SavingsType, { deposit: Rupiah; withdrawal: Rupiah }>();
    for (const l of e.lines) {
      if (l.memberId !== memberId || !l.savingsType || !savingsAccounts.has(l.account)) continue;
      const m = moved.get(l.savingsType) ?? { deposit: 0, withdrawal: 0 };
      moved.set(l.savingsType, { deposit: m.deposit + l.credit, withdrawal: m.withdrawal + l.debit });
    }
    for (const [type, m] of moved) {
      const s = sections[type];
      s.balance += m.deposit - m.withdrawal;
      if (before) s.opening = s.balance;
      else s.rows.push({ date: e.date, entryId: e.id, kind: e.kind, memo: e.memo, ...m, balance: s.balance });
    }
  }
  const section = (t: SavingsType): PassbookSection => ({ opening: sections[t].opening, rows: sections[t].rows, closing: sections[t].balance });
  const [pokok, wajib, sukarela] = [section('pokok'), section('wajib'), section('sukarela')];
  return { memberId, pokok, wajib, sukarela, total: pokok.closing + wajib.closing + sukarela.closing };
}
