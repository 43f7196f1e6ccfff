import { entryProblems, paidOutOf, reverseEntry, type Journal } from '../../../src/domain/books/journal';
import type { EntryMeta } from '../../../src/domain/books/postings';
import type { LumbungError } from '../../../src/domain/errors';
import { entryId } from '../../../src/domain/books/numbering';
import { journalPost } from '../../../src/domain/books/posting';
import { defaultChartOfAccounts } from '../../../src/domain/books/accounts';
import type { JournalEntry, JournalLine } from '../../../src/domain/types';

const empty: Journal = { chart: defaultChartOfAccounts, entries: [] };
const dr = (account: string, amount: number, extra: Partial<JournalLine> = {}): JournalLine => ({ account, debit: amount, credit: 0, ...extra });
const cr = (account: string, amount: number, extra: Partial<JournalLine> = {}): JournalLine => ({ account, debit: 0, credit: amount, ...extra });

// Siti (A-0001) deposits Rp100.000 of sukarela in cash.
const deposit: JournalEntry = {
  id: 'J-000001',
  date: '2026-05-04',
  kind: 'savings_deposit',
  memo: 'Setoran sukarela',
  lines: [dr('1-1100', 100_000), cr('2-1100', 100_000, { memberId: 'A-0001', savingsType: 'sukarela' })],
  idempotencyKey: 'form-123',
};

const codes = (e: JournalEntry) => entryProblems(e, defaultChartOfAccounts).map((p) => p.code);

describe('journal', () => {
  describe('entryId', () => {
    it('numbers entries J-000001 onward', () => {
      expect(entryId(1)).toBe('J-000001');
      expect(entryId(123)).toBe('J-000123');
      expect(entryId(1_234_567)).toBe('J-1234567');
      expect(() => entryId(0)).toThrow(RangeError);
    });
  });

  describe('entryProblems', () => {
    it('accepts a balanced deposit', () => {
      expect(codes(deposit)).toEqual([]);
    });
    it('finds debits and credits that differ, naming both totals', () => {
      const e = { ...deposit, lines: [dr('1-1100', 100_000), cr('2-1100', 90_000, { memberId: 'A-0001', savingsType: 'sukarela' as const })] };
      expect(entryProblems(e, defaultChartOfAccounts)).toEqual([
        { code: 'ENTRY_NOT_BALANCED', params: { debit: 100_000, credit: 90_000, difference: 10_000 }, where: 'J-000001' },
      ]);
    });
    it('needs at least two lines', () => {
      expect(codes({ ...deposit, lines: [dr('1-1100', 0)] })).toEqual(['ENTRY_TOO_FEW_LINES', 'LINE_NO_AMOUNT']);
    });
    it('wants each line on one side with a positive whole rupiah', () => {
      const e = { ...deposit, lines: [{ account: '1-1100', debit: 5, credit: 5 }, dr('1-1100', 2.5), cr('5-2100', -1)] };
      expect(codes(e)).toEqual(['LINE_BOTH_SIDES', 'LINE_AMOUNT_NOT_WHOLE', 'LINE_AMOUNT_NOT_WHOLE']);
    });
    it('knows only the accounts of the chart', () => {
      expect(codes({ ...deposit, lines: [dr('9-9999', 1), cr('4-9100', 1)] })).toEqual(['ACCOUNT_UNKNOWN']);
    });
    it('wants savings lines to say whose savings and which kind', () => {
      const e = { ...deposit, lines: [dr('1-1100', 10), cr('2-1100', 5), cr('3-1200', 5, { memberId: 'A-0001', savingsType: 'pokok' as const })] };
      expect(codes(e)).toEqual(['LINE_NEEDS_MEMBER', 'LINE_SAVINGS_TYPE_WRONG', 'LINE_SAVINGS_TYPE_WRONG']);
    });
    it('wants loan lines to name the loan', () => {
      expect(codes({ ...deposit, lines: [dr('1-1300', 10), cr('1-1100', 10)] })).toEqual(['LINE_NEEDS_LOAN']);
    });
    it('wants an ISO date', () => {
      expect(codes({ ...deposit, date: '04/05/2026' })).toEqual(['ENTRY_DATE_INVALID']);
    });
    it('wants a reason on reversals, waivers and write-offs', () => {
      expect(codes({ ...deposit, kind: 'penalty_waiver' })).toEqual(['REASON_REQUIRED']);
      expect(codes({ ...deposit, kind: 'reversal', reverses: 'J-000009', reason: '  ' })).toEqual(['REASON_REQUIRED']);
    });
  });

  describe('journalPost', () => {
    const request = (key: string) => ({ key, recordedBy: 'bendahara@kop.id', receiptSeries: 'KW-2026-' });
    const depositOf = (meta: EntryMeta): JournalEntry => ({ ...deposit, ...meta });

    it('numbers, stamps and adds the entries a rule builds, without touching the journal it was given', () => {
      const { journal, entries, repeated } = journalPost(empty, request('form-1'), (next) => [depositOf(next({ date: '2026-05-04', memo: 'Setoran', receipt: true }))]);
      expect(entries).toEqual([{ ...deposit, id: 'J-000001', memo: 'Setoran', recordedBy: 'bendahara@kop.id', idempotencyKey: 'form-1', receipt: 'KW-2026-00001' }]);
      expect(journal.entries).toEqual(entries);
      expect(empty.entries).toEqual([]);
      expect(repeated).toBe(false);
    });
    it('numbers after the highest entry and receipt in the journal, and keys a second entry <key>#2', () => {
      const once = journalPost(empty, request('a'), (next) => [depositOf(next({ date: '2026-05-04', memo: 'x', receipt: true }))]).journal;
      const { entries } = journalPost(once, request('b'), (next) => [
        depositOf(next({ date: '2026-05-05', memo: 'y', receipt: true })),
        depositOf(next({ date: '2026-05-05', memo: 'z', receipt: true })),
      ]);
      expect(entries.map((e) => [e.id, e.idempotencyKey, e.receipt])).toEqual([['J-000002', 'b', 'KW-2026-00002'], ['J-000003', 'b#2', 'KW-2026-00003']]);
    });
    it('gives no receipt to an entry that does not ask for one', () => {
      const { entries: [e] } = journalPost(empty, request('a'), (next) => [depositOf(next({ date: '2026-05-04', memo: 'x' }))]);
      expect(e.receipt).toBeUndefined();
    });
    it('lands a retried request once: the rule is not run again and the first entries come back', () => {
      const first = journalPost(empty, request('form-1'), (next) => [depositOf(next({ date: '2026-05-04', memo: 'x', receipt: true }))]);
      let built = 0;
      const retry = journalPost(first.journal, request('form-1'), () => { built++; return []; });
      expect(retry).toEqual({ journal: first.journal, entries: first.entries, repeated: true });
      expect(built).toBe(0);
    });
    it('refuses with every problem of every entry, and writes nothing', () => {
      const unbalanced = (meta: EntryMeta) => ({ ...depositOf(meta), lines: [dr('1-1100', 100_000), cr('2-1100', 1, { memberId: 'A-0001', savingsType: 'sukarela' as const })] });
      const noMember = (meta: EntryMeta) => ({ ...depositOf(meta), lines: [dr('1-1100', 5), cr('2-1100', 5, { savingsType: 'sukarela' as const })] });
      const post = () => journalPost(empty, request('k'), (next) => [unbalanced(next({ date: '2026-05-04', memo: 'x' })), noMember(next({ date: '2026-05-04', memo: 'y' }))]);
      expect(post).toThrow(expect.objectContaining({ code: 'ENTRY_NOT_BALANCED' }));
      try { post(); } catch (e) { expect((e as LumbungError).problems.map((p) => p.code)).toEqual(['ENTRY_NOT_BALANCED', 'LINE_NEEDS_MEMBER']); }
    });
    it('refuses an id used before', () => {
      const once = journalPost(empty, request('a'), () => [deposit]).journal;
      expect(() => journalPost(once, request('b'), () => [{ ...deposit, idempotencyKey: 'b' }])).toThrow(expect.objectContaining({ code: 'ENTRY_ID_DUPLICATE' }));
    });
    it('throws a RangeError (a programmer error, not a message) for an entry keyed as one that landed', () => {
      const once = journalPost(empty, request('form-123'), () => [deposit]).journal;
      expect(() => journalPost(once, request('other'), () => [{ ...deposit, id: 'J-000002' }])).toThrow(RangeError);
    });
  });

  describe('reverseEntry', () => {
    const posted = journalPost(empty, { key: 'form-123', recordedBy: 'x', receiptSeries: 'KW-' }, () => [deposit]).journal;
    const postOne = (j: Journal, e: JournalEntry) => journalPost(j, { key: e.id, recordedBy: 'x', receiptSeries: 'KW-' }, () => [{ ...e, idempotencyKey: e.id }]);
    const facts = { id: 'J-000002', date: '2026-05-05', reason: 'Salah ketik jumlah', recordedBy: 'bendahara@example.org' };

    it('mirrors every line and points back at the entry', () => {
      const r = reverseEntry(deposit, facts, posted);
      expect(r).toMatchObject({ kind: 'reversal', reverses: 'J-000001', reason: 'Salah ketik jumlah', date: '2026-05-05' });
      expect(r.lines).toEqual([cr('1-1100', 100_000), dr('2-1100', 100_000, { memberId: 'A-0001', savingsType: 'sukarela' })]);
      expect(postOne(posted, r).journal.entries).toHaveLength(2);
    });
    it('refuses an entry already reversed, whether built here or posted by hand', () => {
      const r = reverseEntry(deposit, facts, posted);
      const twice = postOne(posted, r).journal;
      expect(() => reverseEntry(deposit, { ...facts, id: 'J-000003' }, twice)).toThrow(expect.objectContaining({ code: 'ENTRY_ALREADY_REVERSED' }));
      expect(() => postOne(twice, { ...r, id: 'J-000003' })).toThrow(expect.objectContaining({ code: 'ENTRY_ALREADY_REVERSED' }));
    });
    it('refuses a reversal without a reason', () => {
      expect(() => reverseEntry(deposit, { ...facts, reason: '' })).toThrow(expect.objectContaining({ code: 'REASON_REQUIRED' }));
    });
    it('refuses a "reversal" that does not mirror its entry or names none that exists', () => {
      const r = reverseEntry(deposit, facts);
      const skewed = { ...r, lines: [cr('1-1100', 50_000), dr('2-1100', 50_000, { memberId: 'A-0001', savingsType: 'sukarela' as const })] };
      expect(() => postOne(posted, skewed)).toThrow(expect.objectContaining({ code: 'REVERSAL_NOT_MIRROR' }));
      expect(() => postOne(empty, r)).toThrow(expect.objectContaining({ code: 'REVERSAL_TARGET_UNKNOWN' }));
    });
  });
});

describe('paidOutOf', () => {
  it('is what an entry took out of an account: credits less debits on it only', () => {
    // A payout of 1.200.000 with the 12.000 fee paid in separately: 1.200.000 out, 12.000 in.
    const entry = {
      id: 'J-000001', date: '2026-01-10', kind: 'loan_disbursement' as const, memo: 'Pencairan pinjaman P-2026-0001',
      lines: [
        { account: '1-1300', debit: 1_200_000, credit: 0, loanId: 'P-2026-0001' },
        { account: '1-1100', debit: 0, credit: 1_200_000 },
        { account: '1-1100', debit: 12_000, credit: 0 },
        { account: '4-1200', debit: 0, credit: 12_000 },
      ],
    };
    expect(paidOutOf(entry, '1-1100')).toBe(1_188_000);
    expect(paidOutOf(entry, '9-9999')).toBe(0);
  });
});

describe('entryProblems on facts', () => {
  const base = { id: 'J-000009', date: '2026-02-01', kind: 'loan_application' as const, memo: 'Pengajuan', lines: [] };
  it('takes a fact with data and no line', () => {
    expect(entryProblems({ ...base, data: '{"id":"P-1"}' }, defaultChartOfAccounts)).toEqual([]);
  });
  it('refuses a fact without data, and one carrying money lines', () => {
    expect(entryProblems(base, defaultChartOfAccounts).map((p) => p.code)).toEqual(['FACT_WITHOUT_DATA']);
    const withLines = { ...base, data: '{}', lines: [{ account: '1-1100', debit: 5, credit: 0 }, { account: '3-1300', debit: 0, credit: 5 }] };
    expect(entryProblems(withLines, defaultChartOfAccounts).map((p) => p.code)).toContain('FACT_WITH_LINES');
  });
  it('still asks a money entry for two lines', () => {
    expect(entryProblems({ ...base, kind: 'expense', data: "{}" }, defaultChartOfAccounts).map((p) => p.code)).toContain('ENTRY_TOO_FEW_LINES');
  });
});
