import { postMemberExit, type ExitLoan } from '../../../src/domain/members/postings';
import type { BookedReceivables, LoanParts } from '../../../src/domain/loans/postings';
import { chart, meta, show } from '../books-fixtures';

const KAS = '1-1100';
const savings = { pokok: 100_000, wajib: 1_200_000, sukarela: 300_000 }; // 1.600.000 in all

/** Loan P-9, whose allocation takes penalty, then interest, then principal (exit-plan gives the real one). */
function loan(owed: LoanParts, booked?: BookedReceivables): ExitLoan {
  return {
    loanId: 'P-9', owed, ...(booked ? { booked } : {}),
    split: (amount) => {
      const penalty = Math.min(amount, owed.penalty);
      const interest = Math.min(amount - penalty, owed.interest);
      const principal = amount - penalty - interest;
      return { parts: { penalty, interest, principal }, owedAfter: owed.penalty + owed.interest + owed.principal - amount };
    },
  };
}

describe('postings-exit', () => {
  describe('postMemberExit', () => {
    it('returns all her savings when she owes nothing', () => {
      const s = postMemberExit(chart, meta('J-000030'), { memberId: 'A-0005', savings, loans: [], moneyAccount: KAS });
      expect(s).toMatchObject({ payout: 1_600_000, settled: 0, remainingDebt: 0 });
      expect(show(s.entry)).toEqual([
        'Dr Simpanan Pokok 100000 [A-0005 pokok]',
        'Dr Simpanan Wajib 1200000 [A-0005 wajib]',
        'Dr Simpanan Sukarela 300000 [A-0005 sukarela]',
        'Cr Kas 1600000',
      ]);
    });

    it('nets her loan against her savings and pays out the rest', () => {
      // Owes 20.000 penalty (booked) + 30.000 interest + 1.000.000 principal = 1.050.000; payout 1.600.000 - 1.050.000 = 550.000.
      const s = postMemberExit(chart, meta('J-000030'), {
        memberId: 'A-0005',
        savings,
        loans: [loan({ penalty: 20_000, interest: 30_000, principal: 1_000_000 }, { penalty: 20_000 })],
        moneyAccount: KAS,
      });
      expect(s).toMatchObject({ payout: 550_000, settled: 1_050_000, remainingDebt: 0 });
      expect(show(s.entry).slice(3)).toEqual([
        'Cr Piutang Denda 20000 [A-0005 P-9]',
        'Cr Pendapatan Jasa Pinjaman 30000 [A-0005 P-9]',
        'Cr Piutang Pinjaman Anggota 1000000 [A-0005 P-9]',
        'Cr Kas 550000',
      ]);
    });

    it('never pays out a negative amount: what her savings do not cover stays her debt', () => {
      // Owes 50.000 interest + 2.000.000 principal = 2.050.000; savings 1.600.000 cover interest and 1.550.000 of principal.
      const s = postMemberExit(chart, meta('J-000030'), {
        memberId: 'A-0005',
        savings,
        loans: [loan({ penalty: 0, interest: 50_000, principal: 2_000_000 })],
        moneyAccount: KAS,
      });
      expect(s).toMatchObject({ payout: 0, settled: 1_600_000, remainingDebt: 450_000 });
      expect(show(s.entry).slice(3)).toEqual([
        'Cr Pendapatan Jasa Pinjaman 50000 [A-0005 P-9]',
        'Cr Piutang Pinjaman Anggota 1550000 [A-0005 P-9]',
      ]);
    });

    it('refuses an exit with no savings to settle', () => {
      expect(() =>
        postMemberExit(chart, meta('J-30'), { memberId: 'A-0005', savings: { pokok: 0, wajib: 0, sukarela: 0 }, loans: [], moneyAccount: KAS }),
      ).toThrow(expect.objectContaining({ code: 'EXIT_NOTHING_TO_SETTLE' }));
    });
  });
});
