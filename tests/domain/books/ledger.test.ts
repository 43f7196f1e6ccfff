import { coverOutstanding, memberSavings, replayJournal } from '../../../src/domain/books/ledger';
import { chart, quarterScenario } from '../books-fixtures';

const journal = quarterScenario();

describe('ledger', () => {
  describe('replayJournal', () => {
    const ledger = replayJournal(chart, journal);

    it('totals every account', () => {
      // Kas: +125.000 +100.000 +2.000.000 -1.188.000 +118.000 -200.000 -40.000 = 915.000
      const kas = ledger.accounts.get('1-1100')!;
      expect(kas.debit - kas.credit).toBe(915_000);
      // Loans: 1.200.000 lent - 100.000 repaid
      expect(ledger.accounts.get('1-1300')).toEqual({ debit: 1_200_000, credit: 100_000 });
      expect(ledger.accounts.has('1-1500')).toBe(false);
      expect(ledger.entryCount).toBe(9);
      expect(ledger.lineCount).toBe(21); // 3+2+2+3+3+2+2+2+2
    });

    it("keeps each member's savings by type", () => {
      // Siti: sukarela 2.000.000 - 200.000 = 1.800.000
      expect(memberSavings(ledger, 'A-0001')).toEqual({ pokok: 100_000, wajib: 25_000, sukarela: 1_800_000 });
      expect(memberSavings(ledger, 'A-0002')).toEqual({ pokok: 100_000, wajib: 0, sukarela: 0 });
      expect(memberSavings(ledger, 'A-0099')).toEqual({ pokok: 0, wajib: 0, sukarela: 0 });
    });

    it('keeps each loan: principal outstanding and penalty booked', () => {
      expect(ledger.loans.get('P-1')).toEqual({ principal: 1_100_000, interestReceivable: 0, penaltyReceivable: 5_000, cover: 0 });
      expect(coverOutstanding(ledger, 'A-0002')).toBe(0);
    });

    it('replays only up to a day when asked (the ledger as of that day)', () => {
      const asOfJan = replayJournal(chart, journal, { to: '2026-01-31' });
      expect(asOfJan.entryCount).toBe(4);
      expect(memberSavings(asOfJan, 'A-0001').sukarela).toBe(2_000_000);
      const fromFeb = replayJournal(chart, journal, { from: '2026-02-01' });
      expect(fromFeb.entryCount).toBe(5);
    });

    it('refuses a journal line on an account the chart does not have', () => {
      const bad = [{ ...journal[0], lines: [{ account: '9-9999', debit: 1, credit: 0 }, { account: '1-1100', debit: 0, credit: 1 }] }];
      expect(() => replayJournal(chart, bad)).toThrow(expect.objectContaining({ code: 'ACCOUNT_UNKNOWN' }));
    });
  });
});
