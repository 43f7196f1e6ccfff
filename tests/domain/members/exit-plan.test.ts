import { exitLoansOf, loansSettledByExit } from '../../../src/domain/members/exit-plan';
import { replayJournal } from '../../../src/domain/books/ledger';
import { defaultLoanProducts } from '../../../src/domain/loans/products';
import type { LoanRecord } from '../../../src/domain/loans/portfolio';
import { postLoanDisbursement, postPenaltyCharge } from '../../../src/domain/loans/postings';
import { chart, meta } from '../books-fixtures';

const KAS = '1-1100';
// Rp1.200.000 over 12 months at 1,5% flat a month: 12 x (100.000 principal + 18.000 interest), due on the 10th.
const p1: LoanRecord = {
  id: 'P-1', memberId: 'A-0001', productId: 'usaha', principal: 1_200_000, termMonths: 12, ratePercent: 1.5, ratePer: 'month',
  method: 'flat', disbursedOn: '2026-01-10', firstDueDate: '2026-02-10', status: 'berjalan',
};
const p0: LoanRecord = { ...p1, id: 'P-0', principal: 600_000, termMonths: 6, disbursedOn: '2025-12-10', firstDueDate: '2026-01-10' };
const entries = [
  postLoanDisbursement(chart, meta('J-0', '2025-12-10'), { memberId: 'A-0001', loanId: 'P-0', principal: 600_000, fee: 6_000, moneyAccount: KAS }),
  postLoanDisbursement(chart, meta('J-1', '2026-01-10'), { memberId: 'A-0001', loanId: 'P-1', principal: 1_200_000, fee: 12_000, moneyAccount: KAS }),
  postPenaltyCharge(chart, meta('J-2', '2026-01-20'), { memberId: 'A-0001', loanId: 'P-1', amount: 1_000 }),
];

function loansOn(date: string, loans: LoanRecord[]) {
  return exitLoansOf({ memberId: 'A-0001', date, loans, products: defaultLoanProducts, chart, entries, ledger: replayJournal(chart, entries) });
}

describe('exit-plan', () => {
  describe('exitLoansOf', () => {
    it('prices her running loan at its payoff on the day, and passes on what is booked as receivable', () => {
      // 5 Feb: no installment due yet; flat payoff charges the month in progress (18.000) on the 1.200.000.
      const [loan] = loansOn('2026-02-05', [p1]);
      expect(loan).toMatchObject({ loanId: 'P-1', owed: { penalty: 0, interest: 18_000, principal: 1_200_000 }, booked: { interest: 0, penalty: 1_000 } });
    });

    it('splits what her savings pay as the loan\'s own allocation does, and says what she owes after', () => {
      const [loan] = loansOn('2026-02-05', [p1]);
      // In full: the payoff itself, nothing left.
      expect(loan.split(1_218_000)).toEqual({ parts: { penalty: 0, interest: 18_000, principal: 1_200_000 }, owedAfter: 0 });
      // In part: the coming installment's interest first, then principal; 918.000 principal still owed.
      expect(loan.split(300_000)).toEqual({ parts: { penalty: 0, interest: 18_000, principal: 282_000 }, owedAfter: 918_000 });
    });

    it('leaves out loans of others, loans the journal shows nothing owed on and loans paid out after the day, and lists the oldest first', () => {
      const others = [{ ...p1, id: 'P-2', memberId: 'A-0002' }, { ...p1, id: 'P-3' }, { ...p1, id: 'P-4', disbursedOn: '2026-02-06' }];
      expect(loansOn('2026-02-05', [p1, ...others, p0]).map((l) => l.loanId)).toEqual(['P-0', 'P-1']);
    });

    it('nets a loan the journal says she owes even when the Pinjaman tab was retyped to "lunas"', () => {
      expect(loansOn('2026-02-05', [{ ...p1, status: 'lunas' }]).map((l) => [l.loanId, l.owed.principal])).toEqual([['P-1', 1_200_000]]);
    });
  });

  describe('loansSettledByExit', () => {
    const owing = (loanId: string, principal: number) => ({ loanId, owed: { penalty: 0, interest: 10_000, principal } });

    it('closes the loans her savings pay off in full, in order, and no other', () => {
      // 500.000 of savings: P-0 takes 210.000, P-1 would need 310.000 but only 290.000 is left.
      expect(loansSettledByExit([owing('P-0', 200_000), owing('P-1', 300_000)], 500_000)).toEqual(['P-0']);
      expect(loansSettledByExit([owing('P-0', 200_000), owing('P-1', 300_000)], 520_000)).toEqual(['P-0', 'P-1']);
      expect(loansSettledByExit([owing('P-0', 200_000)], 100_000)).toEqual([]);
    });
  });
});
