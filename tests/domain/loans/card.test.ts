import { loanCard } from '../../../src/domain/loans/card';
import { reverseEntry } from '../../../src/domain/books/journal';
import { postInstallmentPayment, postLoanDisbursement } from '../../../src/domain/loans/postings';
import type { Installment } from '../../../src/domain/loans/schedule';
import { chart, meta } from '../books-fixtures';

const KAS = '1-1100';
const ids = { memberId: 'A-0001', loanId: 'P-1' };
// Rp1.200.000 over 3 months, 1,5% flat: 400.000 principal + 18.000 interest each month.
const schedule: Installment[] = [
  { n: 1, dueDate: '2026-02-15', principal: 400_000, interest: 18_000, payment: 418_000, balance: 800_000 },
  { n: 2, dueDate: '2026-03-15', principal: 400_000, interest: 18_000, payment: 418_000, balance: 400_000 },
  { n: 3, dueDate: '2026-04-15', principal: 400_000, interest: 18_000, payment: 418_000, balance: 0 },
];
const pay = (id: string, date: string, penalty: number, interest: number, principal: number) =>
  postInstallmentPayment(chart, meta(id, date), { ...ids, parts: { penalty, interest, principal }, moneyAccount: KAS });

const mistaken = pay('J-000004', '2026-03-20', 0, 0, 150_000);
const journal = [
  postLoanDisbursement(chart, meta('J-000001', '2026-01-15'), { ...ids, principal: 1_200_000, fee: 0, moneyAccount: KAS }),
  pay('J-000002', '2026-02-14', 0, 18_000, 400_000),
  pay('J-000003', '2026-03-16', 5_000, 18_000, 250_000),
  mistaken,
  reverseEntry(mistaken, { id: 'J-000005', date: '2026-03-21', reason: 'Uang belum diterima' }),
];

describe('statements-loan-card', () => {
  describe('loanCard', () => {
    const card = loanCard(chart, schedule, journal, 'P-1');

    it('matches payments to installments oldest first, with the running principal', () => {
      expect(card.rows.map((r) => [r.n, r.principalPaid, r.interestPaid, r.status, r.paidOn, r.principalBalance])).toEqual([
        [1, 400_000, 18_000, 'paid', '2026-02-14', 800_000],
        // 650.000 principal paid in all: 250.000 of the second installment; 1.200.000 - 650.000 = 550.000 left.
        [2, 250_000, 18_000, 'partial', undefined, 550_000],
        [3, 0, 0, 'unpaid', undefined, 550_000],
      ]);
    });

    it('undoes a reversed payment: the second installment is not paid after all', () => {
      expect(card.payments.map((p) => [p.entryId, p.principal])).toEqual([
        ['J-000002', 400_000],
        ['J-000003', 250_000],
        ['J-000004', 150_000],
        ['J-000005', -150_000],
      ]);
    });

    it('totals what was lent and paid', () => {
      expect(card.totals).toEqual({ disbursed: 1_200_000, principalPaid: 650_000, interestPaid: 36_000, penaltyPaid: 5_000, writtenOff: 0, overpaid: 0 });
    });

    it('ignores other loans', () => {
      expect(loanCard(chart, schedule, journal, 'P-2').totals.disbursed).toBe(0);
    });
  });
});
