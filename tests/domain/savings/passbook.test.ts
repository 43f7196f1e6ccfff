import { memberPassbook } from '../../../src/domain/savings/passbook';
import { reverseEntry } from '../../../src/domain/books/journal';
import { chart, quarterScenario } from '../books-fixtures';

const journal = quarterScenario();

describe('statements-passbook', () => {
  describe('memberPassbook', () => {
    it("lists every movement of Siti's savings with the running balance", () => {
      const book = memberPassbook(chart, journal, 'A-0001');
      expect(book.pokok.rows.map((r) => [r.entryId, r.deposit, r.withdrawal, r.balance])).toEqual([['J-000001', 100_000, 0, 100_000]]);
      expect(book.wajib.closing).toBe(25_000);
      // Sukarela: 2.000.000 in, then 200.000 out -> 1.800.000.
      expect(book.sukarela.rows.map((r) => [r.date, r.deposit, r.withdrawal, r.balance])).toEqual([
        ['2026-01-10', 2_000_000, 0, 2_000_000],
        ['2026-02-25', 0, 200_000, 1_800_000],
      ]);
      expect(book.total).toBe(1_925_000); // 100.000 + 25.000 + 1.800.000
    });

    it('starts a period from the balance brought forward', () => {
      const feb = memberPassbook(chart, journal, 'A-0001', { from: '2026-02-01', to: '2026-02-28' });
      expect(feb.sukarela.opening).toBe(2_000_000);
      expect(feb.sukarela.rows.map((r) => r.entryId)).toEqual(['J-000007']);
      expect(feb.pokok).toEqual({ opening: 100_000, rows: [], closing: 100_000 });
    });

    it('shows a correction as a movement of its own, on its day', () => {
      const undo = reverseEntry(journal[6], { id: 'J-000010', date: '2026-02-26', reason: 'Penarikan dicatat ganda' });
      const book = memberPassbook(chart, [...journal, undo], 'A-0001');
      expect(book.sukarela.rows.map((r) => [r.entryId, r.kind, r.balance])).toEqual([
        ['J-000003', 'savings_deposit', 2_000_000],
        ['J-000007', 'savings_withdrawal', 1_800_000],
        ['J-000010', 'reversal', 2_000_000],
      ]);
    });

    it("shows nothing of another member's savings", () => {
      expect(memberPassbook(chart, journal, 'A-0002').sukarela.rows).toEqual([]);
    });
  });
});
