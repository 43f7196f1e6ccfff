import { financialPosition, incomeStatement, trialBalance } from '../../../src/domain/reports/statements';
import { replayJournal } from '../../../src/domain/books/ledger';
import { postShuClosing } from '../../../src/domain/shu/postings';
import { chart, meta, quarterScenario } from '../books-fixtures';

const journal = quarterScenario();
const ledger = replayJournal(chart, journal);
const amounts = (rows: readonly { code: string; amount: number }[]) => Object.fromEntries(rows.filter((r) => r.amount !== 0).map((r) => [r.code, r.amount]));

describe('statements', () => {
  describe('trialBalance', () => {
    const tb = trialBalance(chart, ledger);
    it('lists every account of the chart with its totals and balance', () => {
      expect(tb.rows).toHaveLength(chart.length);
      expect(tb.rows.find((r) => r.code === '1-1100')).toMatchObject({ debitBalance: 915_000, creditBalance: 0 });
      expect(tb.rows.find((r) => r.code === '2-1100')).toMatchObject({ debit: 200_000, credit: 2_000_000, debitBalance: 0, creditBalance: 1_800_000 });
    });
    it('adds up to equal debit and credit totals', () => {
      // Entries' totals: 125+100+2.000+1.200+118+5+200+40+3 thousand = 3.791.000.
      // Balances: debit Kas 915 + Bank 3 + loans 1.100 + penalty 5 + costs 40 = 2.063.000;
      //           credit sukarela 1.800 + pokok 200 + wajib 25 + income 18+12+5+3 = 2.063.000.
      expect(tb.totals).toEqual({ debit: 3_791_000, credit: 3_791_000, debitBalance: 2_063_000, creditBalance: 2_063_000 });
      expect(tb.balanced).toBe(true);
    });
  });

  describe('financialPosition', () => {
    const fp = financialPosition(chart, ledger);
    it('shows assets equal to liabilities plus equity, the year so far inside equity', () => {
      expect(amounts(fp.assets)).toEqual({ '1-1100': 915_000, '1-1200': 3_000, '1-1300': 1_100_000, '1-1410': 5_000 });
      expect(amounts(fp.liabilities)).toEqual({ '2-1100': 1_800_000 });
      // Income 38.000 - costs 40.000 = -2.000 so far this year.
      expect(fp.unclosedShu).toBe(-2_000);
      expect(amounts(fp.equity)).toEqual({ '3-1100': 200_000, '3-1200': 25_000, '3-3100': -2_000 });
      expect(fp.totals).toEqual({ assets: 2_023_000, liabilities: 1_800_000, equity: 223_000 });
      expect(fp.balanced).toBe(true);
    });
    it('shows the loan-loss reserve as a deduction from assets', () => {
      const withReserve = replayJournal(chart, [...journal, { id: 'J-000010', date: '2026-03-31', kind: 'loan_loss_provision', memo: '',
        lines: [{ account: '5-1200', debit: 50_000, credit: 0 }, { account: '1-1310', debit: 0, credit: 50_000 }] }]);
      const fp2 = financialPosition(chart, withReserve);
      expect(fp2.assets.find((r) => r.code === '1-1310')?.amount).toBe(-50_000);
      expect(fp2.totals.assets).toBe(2_023_000 - 50_000);
      expect(fp2.balanced).toBe(true);
    });
  });

  describe('incomeStatement', () => {
    const q1 = { from: '2026-01-01', to: '2026-03-31' };
    it("shows members' income apart from non-members' and the SHU at the bottom", () => {
      const lhu = incomeStatement(chart, journal, q1);
      expect(lhu.income.find((r) => r.code === '4-1100')).toMatchObject({ fromMembers: 18_000, fromNonMembers: 0, total: 18_000 });
      expect(lhu.income.find((r) => r.code === '4-9100')).toMatchObject({ fromMembers: 0, fromNonMembers: 3_000 });
      // Members: 18.000 interest + 12.000 fee + 5.000 penalty = 35.000; non-members 3.000; costs 40.000.
      expect(lhu.totals).toEqual({ fromMembers: 35_000, fromNonMembers: 3_000, income: 38_000, expenses: 40_000 });
      expect(lhu.shu).toBe(-2_000);
    });
    it('counts only the period asked for', () => {
      expect(incomeStatement(chart, journal, { from: '2026-01-01', to: '2026-01-31' }).shu).toBe(12_000); // the loan fee
    });
    it('still shows the year after the year is closed', () => {
      const closing = postShuClosing(chart, meta('J-000010', '2026-03-31'), { year: 2026, totals: ledger.accounts });
      const closed = [...journal, closing];
      expect(incomeStatement(chart, closed, q1).shu).toBe(-2_000);
      const after = financialPosition(chart, replayJournal(chart, closed));
      expect(after.unclosedShu).toBe(0);
      expect(after.equity.find((r) => r.code === '3-3100')?.amount).toBe(-2_000);
    });
  });
});
