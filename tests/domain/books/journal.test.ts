import { entryId, entryProblems, journalPost, paidOutOf, reverseEntry, type Journal } from '../../../src/domain/books/journal';
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
    it('adds a good entry without touching the journal it was given', () => {
      const { journal, duplicate } = journalPost(empty, deposit);
      expect(journal.entries).toEqual([deposit]);
      expect(empty.entries).toEqual([]);
      expect(duplicate).toBe(false);
    });
    it('refuses an unbalanced entry with ENTRY_NOT_BALANCED', () => {
      const bad = { ...deposit, lines: [dr('1-1100', 100_000), cr('2-1100', 1, { memberId: 'A-0001', savingsType: 'sukarela' as const })] };
      expect(() => journalPost(empty, bad)).toThrow(expect.objectContaining({ code: 'ENTRY_NOT_BALANCED' }));
    });
    it('lands a retried posting once, giving back the first entry', () => {
      const once = journalPost(empty, deposit).journal;
      const retry = journalPost(once, { ...deposit, id: 'J-000002' });
      expect(retry.duplicate).toBe(true);
      expect(retry.entry.id).toBe('J-000001');
      expect(retry.journal.entries).toHaveLength(1);
    });
    it('refuses an id used before', () => {
      const once = journalPost(empty, deposit).journal;
      expect(() => journalPost(once, { ...deposit, idempotencyKey: undefined })).toThrow(expect.objectContaining({ code: 'ENTRY_ID_DUPLICATE' }));
    });
  });

  describe('reverseEntry', () => {
    const posted = journalPost(empty, deposit).journal;
    const facts = { id: 'J-000002', date: '2026-05-05', reason: 'Salah ketik jumlah', recordedBy: 'bendahara@example.org' };

    it('mirrors every line and points back at the entry', () => {
      const r = reverseEntry(deposit, facts, posted);
      expect(r).toMatchObject({ kind: 'reversal', reverses: 'J-000001', reason: 'Salah ketik jumlah', date: '2026-05-05' });
      expect(r.lines).toEqual([cr('1-1100', 100_000), dr('2-1100', 100_000, { memberId: 'A-0001', savingsType: 'sukarela' })]);
      expect(journalPost(posted, r).journal.entries).toHaveLength(2);
    });
    it('refuses an entry already reversed, whether built here or posted by hand', () => {
      const r = reverseEntry(deposit, facts, posted);
      const twice = journalPost(posted, r).journal;
      expect(() => reverseEntry(deposit, { ...facts, id: 'J-000003' }, twice)).toThrow(expect.objectContaining({ code: 'ENTRY_ALREADY_REVERSED' }));
      expect(() => journalPost(twice, { ...r, id: 'J-000003' })).toThrow(expect.objectContaining({ code: 'ENTRY_ALREADY_REVERSED' }));
    });
    it('refuses a reversal without a reason', () => {
      expect(() => reverseEntry(deposit, { ...facts, reason: '' })).toThrow(expect.objectContaining({ code: 'REASON_REQUIRED' }));
    });
    it('refuses a "reversal" that does not mirror its entry or names none that exists', () => {
      const r = reverseEntry(deposit, facts);
      const skewed = { ...r, lines: [cr('1-1100', 50_000), dr('2-1100', 50_000, { memberId: 'A-0001', savingsType: 'sukarela' as const })] };
      expect(() => journalPost(posted, skewed)).toThrow(expect.objectContaining({ code: 'REVERSAL_NOT_MIRROR' }));
      expect(() => journalPost(empty, r)).toThrow(expect.objectContaining({ code: 'REVERSAL_TARGET_UNKNOWN' }));
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
