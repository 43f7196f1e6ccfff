/** Shared fixtures for the books' tests: entries shown as the lines of a paper journal. */
import { defaultChartOfAccounts } from '../../src/domain/accounts';
import type { JournalEntry } from '../../src/domain/types';
import type { EntryMeta } from '../../src/domain/postings';

export const chart = defaultChartOfAccounts;

export function meta(id: string, date = '2026-05-04', extra: Partial<EntryMeta> = {}): EntryMeta {
  return { id, date, memo: `memo ${id}`, ...extra };
}

const nameOf = new Map(chart.map((a) => [a.code, a.name]));

/** "Dr Kas 100000", "Cr Simpanan Sukarela 100000 [A-0001 sukarela]", "Cr Piutang Pinjaman Anggota 500 [A-0001 P-1]". */
export function show(entry: JournalEntry): string[] {
  return entry.lines.map((l) => {
    const side = l.debit > 0 ? `Dr ${nameOf.get(l.account) ?? l.account} ${l.debit}` : `Cr ${nameOf.get(l.account) ?? l.account} ${l.credit}`;
    const tags = [l.memberId, l.savingsType, l.loanId].filter((t) => t !== undefined);
    return tags.length > 0 ? `${side} [${tags.join(' ')}]` : side;
  });
}
