import { dashboardFigures } from '../../../src/domain/reports/dashboard';
import { defaultLoanProducts as products } from '../../../src/domain/loans/products';
import { defaultSettings as settings } from '../../../src/domain/settings/cooperative';
import type { Member } from '../../../src/domain/types';
import type { LoanRecord } from '../../../src/domain/loans/portfolio';
import type { JournalEntry } from '../../../src/domain/types';
import { postMemberJoin } from '../../../src/domain/members/postings';
import { postSavingsDeposit } from '../../../src/domain/savings/postings';
import { postInstallmentPayment, postLoanDisbursement, postLoanLossProvision } from '../../../src/domain/loans/postings';
import { chart, meta } from '../books-fixtures';
import { p1, p1Journal } from '../loans/portfolio-fixtures';

/*
 * A small cooperative, wajib Rp20.000 a month due on the 10th (the defaults):
 *   A-0001 Siti   joined 01-05, pays wajib to July, borrows P-1 (1.200.000, late from April)
 *   A-0002 Rina   joined 01-06, paid only January's wajib, borrows P-2 (600.000, on time)
 *   A-0003 Dewi   joined 07-04 with July's wajib
 *   A-0004 Yuni   joined 01-05, left 03-31 (her savings returned: no entries here)
 */
const member = (id: string, name: string, joinDate: string, more: Partial<Member> = {}): Member => ({
  id, name, nik: '', phone: '', address: '', email: '', joinDate, group: 'Mawar', status: 'aktif', exitDate: '', note: '', ...more,
});
const members = [
  member('A-0001', 'Siti', '2026-01-05'), member('A-0002', 'Rina', '2026-01-06'), member('A-0003', 'Dewi', '2026-07-04'),
  member('A-0004', 'Yuni', '2026-01-05', { status: 'keluar', exitDate: '2026-03-31' }),
];

// P-2: 'darurat' (1% flat): 6 x (100.000 + 6.000) from 04-01, the first four paid on time to the bank.
const p2: LoanRecord = {
  id: 'P-2', memberId: 'A-0002', productId: 'darurat', principal: 600_000, termMonths: 6, ratePercent: 1, ratePer: 'month',
  method: 'flat', disbursedOn: '2026-03-01', firstDueDate: '2026-04-01', status: 'berjalan',
};
const loans: LoanRecord[] = [{ ...p1, collateralValue: 400_000 }, p2];

const [KAS, BANK] = ['1-1100', '1-1200'];
const rina = { memberId: 'A-0002', loanId: 'P-2' };
const entries: JournalEntry[] = [
  postMemberJoin(chart, meta('J-101', '2026-01-05'), { memberId: 'A-0001', pokok: 100_000, wajib: 20_000, moneyAccount: KAS }),
  postMemberJoin(chart, meta('J-102', '2026-01-06'), { memberId: 'A-0002', pokok: 100_000, wajib: 20_000, moneyAccount: KAS }),
  postSavingsDeposit(chart, meta('J-103', '2026-01-08'), { memberId: 'A-0001', savingsType: 'sukarela', amount: 2_000_000, moneyAccount: KAS }),
  postSavingsDeposit(chart, meta('J-104', '2026-02-01'), { memberId: 'A-0002', savingsType: 'sukarela', amount: 500_000, moneyAccount: BANK }),
  postSavingsDeposit(chart, meta('J-105', '2026-02-10'), { memberId: 'A-0001', savingsType: 'wajib', amount: 120_000, moneyAccount: KAS }),
  ...p1Journal(),
  postLoanDisbursement(chart, meta('J-106', '2026-03-01'), { ...rina, principal: 600_000, fee: 10_000, moneyAccount: KAS }),
  ...['04', '05', '06', '07'].map((m, i) =>
    postInstallmentPayment(chart, meta(`J-11${i}`, `2026-${m}-01`), { ...rina, parts: { penalty: 0, interest: 6_000, principal: 100_000 }, moneyAccount: BANK })),
  postLoanLossProvision(chart, meta('J-120', '2026-06-30'), { amount: 100_000 }),
  postMemberJoin(chart, meta('J-121', '2026-07-04'), { memberId: 'A-0003', pokok: 100_000, wajib: 20_000, moneyAccount: KAS }),
  // After the day the dashboard looks at: not counted.
  postSavingsDeposit(chart, meta('J-122', '2026-07-25'), { memberId: 'A-0002', savingsType: 'wajib', amount: 120_000, moneyAccount: KAS }),
];

const figures = (asOf: string) => dashboardFigures({ members, loans, products, entries, chart, settings, asOf });

describe('dashboard', () => {
  describe('dashboardFigures on 2026-07-20', () => {
    const d = figures('2026-07-20');

    it('counts members: three active, Yuni left, Dewi joined this month', () => {
      expect(d.members).toEqual({ active: 3, left: 1, joinedThisMonth: 1 });
    });

    it('adds up savings by type from the books', () => {
      // pokok 3 x 100.000; wajib Siti 20.000 + 120.000, Rina 20.000, Dewi 20.000; sukarela 2.000.000 + 500.000.
      expect(d.savings).toEqual({ pokok: 300_000, wajib: 180_000, sukarela: 2_500_000, total: 2_980_000 });
    });

    it('finds Rina behind on wajib: January to July due (7 x 20.000), 20.000 paid', () => {
      // Siti paid 140.000 for 7 months; Dewi paid July; Yuni left, so owes nothing more.
      expect(d.wajibArrears).toEqual({ members: 1, amount: 120_000 });
    });

    it('shows both loans outstanding and P-1 four installments behind', () => {
      // P-1: 1.200.000 - #1, #2 = 1.000.000; P-2: 600.000 - 4 x 100.000 = 200.000.
      expect(d.loans).toEqual({ count: 2, principal: 1_200_000 });
      // P-1 #3..#6 (04-10 .. 07-10) unpaid: 4 x 100.000 principal, 4 x 18.000 interest.
      // Penalty 2.360 (2% of 118.000) per month late: #3 x4, #4 x3, #5 x2, #6 x1 = 23.600, less 2.360 waived.
      expect(d.arrears).toEqual({ principal: 400_000, interest: 72_000, total: 472_000, loansOverdue: 1, penalty: 21_240 });
    });

    it('grades P-1 kurang lancar and the portfolio tidak sehat, with the reserve it needs', () => {
      // P-1 late since 04-10: 20 + 31 + 30 + 20 = 101 days (over 90). 1.000.000 of 1.200.000 at risk.
      // Reserve: 0,5% of 200.000 = 1.000; 50% of (1.000.000 - 400.000 collateral) = 300.000.
      expect(d.collectibility).toEqual({
        outstandingBy: { lancar: 200_000, kurang_lancar: 1_000_000, diragukan: 0, macet: 0 },
        atRisk30: 1_000_000, par30: 1_000_000 / 1_200_000, problemLoans: 1_000_000, problemRatio: 1_000_000 / 1_200_000,
        band: 'tidak_sehat', requiredReserve: 301_000, bookedReserve: 100_000,
      });
    });

    it('shows the money in kas and in the bank', () => {
      // Kas: joins 3 x 120.000 + Siti 2.000.000 + 120.000 - P-1 1.188.000 + 118.000 (+118.000 - 118.000 reversed)
      //      + 118.000 group cover - P-2 590.000 = 938.000. Bank: 500.000 + 4 x 106.000 = 924.000.
      expect(d.cash).toEqual({ kas: 938_000, bank: 924_000, total: 1_862_000 });
    });
  });

  describe('dashboardFigures on an earlier day', () => {
    it('shows the cooperative as it was: Yuni still a member and behind on wajib, Dewi not yet joined', () => {
      const d = figures('2026-03-15');
      expect(d.members).toEqual({ active: 3, left: 0, joinedThisMonth: 0 });
      // Jan..Mar due: Yuni paid nothing (60.000), Rina paid January (40.000); Siti paid ahead.
      expect(d.wajibArrears).toEqual({ members: 2, amount: 100_000 });
      // P-1's #2 (due 03-10) was covered by her group on 03-12; P-2's first installment is due 04-01.
      expect(d.arrears.loansOverdue).toBe(0);
      expect(d.loans).toEqual({ count: 2, principal: 1_600_000 });
    });
  });
});
