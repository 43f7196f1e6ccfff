import type { Journal } from '../../../src/domain/books/journal';
import { journalPost } from '../../../src/domain/books/posting';
import { defaultChartOfAccounts } from '../../../src/domain/books/accounts';
import type { LumbungError } from '../../../src/domain/errors';
import type { EntryMeta } from '../../../src/domain/books/postings';
import type { JournalEntry } from '../../../src/domain/types';

const empty: Journal = { chart: defaultChartOfAccounts, entries: [] };
const request = (key: string, limit?: number) => ({ key, recordedBy: 'bendahara@kop.id', receiptSeries: 'KW-2026-', ...(limit !== undefined ? { limit } : {}) });
/** Siti's sukarela deposit of `amount` in cash. */
const deposit = (amount: number) => (meta: EntryMeta): JournalEntry => ({
  ...meta,
  kind: 'savings_deposit',
  lines: [
    { account: '1-1100', debit: amount, credit: 0 },
    { account: '2-1100', debit: 0, credit: amount, memberId: 'A-0001', savingsType: 'sukarela' },
  ],
});
const refusal = (post: () => unknown): { code: string; params: object } => {
  try { post(); } catch (e) { return { code: (e as LumbungError).code, params: (e as LumbungError).params }; }
  throw new Error('not refused');
};

describe('bounds on a posting (journalPost)', () => {
  it('refuses a line above the per-transaction limit, naming the amount and the limit', () => {
    const post = () => journalPost(empty, request('a', 1_000_000_000), (next) => [deposit(1_000_000_000_000_000)(next({ date: '2026-05-04', memo: 'Setoran' }))]);
    expect(refusal(post)).toEqual({ code: 'TRANSACTION_ABOVE_LIMIT', params: { amount: 1_000_000_000_000_000, limit: 1_000_000_000, entry: 'J-000001' } });
  });
  it('takes an amount exactly at the limit', () => {
    const { entries } = journalPost(empty, request('a', 1_000_000_000), (next) => [deposit(1_000_000_000)(next({ date: '2026-05-04', memo: 'Setoran' }))]);
    expect(entries).toHaveLength(1);
  });
  it('never refuses a reversal for the limit: it mirrors an entry that landed when the limit was higher', () => {
    const first = journalPost(empty, request('a', 5_000_000), (next) => [deposit(5_000_000)(next({ date: '2026-05-04', memo: 'Setoran' }))]).journal;
    const [landed] = first.entries;
    const mirror = (meta: EntryMeta): JournalEntry => ({
      ...meta, kind: 'reversal', reverses: landed.id, reason: 'Salah catat', lines: landed.lines.map((l) => ({ ...l, debit: l.credit, credit: l.debit })),
    });
    expect(journalPost(first, request('b', 1_000_000), (next) => [mirror(next({ date: '2026-05-04', memo: 'Batal' }))]).entries).toHaveLength(1);
  });
  it('leaves a settlement worked out from the books (a member\'s exit) to the grand total, not the limit', () => {
    const exit = (meta: EntryMeta): JournalEntry => ({ ...deposit(5_000_000)(meta), kind: 'member_exit' });
    expect(journalPost(empty, request('a', 1_000_000), (next) => [exit(next({ date: '2026-05-04', memo: 'Keluar' }))]).entries).toHaveLength(1);
  });
  it('refuses a posting that would take the grand total past exact integers, whatever the limit', () => {
    const nine = 9_000_000_000_000_000;
    const once = journalPost(empty, request('a'), (next) => [deposit(nine)(next({ date: '2026-05-04', memo: 'Setoran' }))]).journal;
    const post = () => journalPost(once, request('b'), (next) => [deposit(nine)(next({ date: '2026-05-04', memo: 'Setoran' }))]);
    expect(refusal(post).code).toBe('BOOKS_TOTAL_TOO_LARGE');
    // One rupiah under the edge still lands: every balance and total is a part of the grand total.
    const edge = Number.MAX_SAFE_INTEGER - nine;
    expect(journalPost(once, request('c'), (next) => [deposit(edge)(next({ date: '2026-05-04', memo: 'Setoran' }))]).entries).toHaveLength(1);
  });
});
