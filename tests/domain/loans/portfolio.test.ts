import { loanEventsByLoan, loanFigures, loanHistory, loanList, productOf } from '../../../src/domain/loans/portfolio';
import { voidedEntryIds } from '../../../src/domain/books/journal';
import { defaultLoanProducts as products } from '../../../src/domain/loans/products';
import { reverseEntry } from '../../../src/domain/books/journal';
import { postInstallmentPayment } from '../../../src/domain/loans/postings';
import { chart, meta } from '../books-fixtures';
import { p1, p1Journal } from './portfolio-fixtures';

const usaha = products[0];

describe('portfolio', () => {
  describe('voidedEntryIds', () => {
    const payment = postInstallmentPayment(chart, meta('J-1'), { memberId: 'A-0001', loanId: 'P-1', parts: { penalty: 0, interest: 18_000, principal: 100_000 }, moneyAccount: '1-1100' });
    const undo = reverseEntry(payment, { id: 'J-2', date: '2026-05-05', reason: 'Salah pinjaman' });
    it('voids the entry a reversal undoes', () => {
      expect([...voidedEntryIds([payment, undo])]).toEqual(['J-1']);
    });
    it('restores it when the reversal is itself reversed', () => {
      const redo = reverseEntry(undo, { id: 'J-3', date: '2026-05-06', reason: 'Ternyata benar' });
      expect([...voidedEntryIds([payment, undo, redo])]).toEqual(['J-2']);
    });
  });

  describe('loanEventsByLoan', () => {
    it('reads the payments credited to the loan (by her or her group) and the waivers, leaving out the reversed one', () => {
      const other = postInstallmentPayment(chart, meta('J-9', '2026-04-02'), { memberId: 'A-0002', loanId: 'P-2', parts: { penalty: 0, interest: 10_000, principal: 50_000 }, moneyAccount: '1-1100' });
      const events = loanEventsByLoan(chart, [...p1Journal(), other]);
      // seq: the entry's place in the journal, the order same-day events replay in.
      expect(events.get('P-1')).toEqual({
        payments: [{ date: '2026-02-10', amount: 118_000, seq: 1 }, { date: '2026-03-12', amount: 118_000, seq: 4 }],
        waivers: [{ date: '2026-04-20', amount: 2_360, reason: 'Sakit, surat dokter', seq: 6 }],
      });
      expect(events.get('P-2')?.payments).toEqual([{ date: '2026-04-02', amount: 60_000, seq: 7 }]);
    });
  });

  describe('loanHistory', () => {
    it('takes the terms from the record and the penalty and allocation rules from the product', () => {
      const h = loanHistory(p1, usaha);
      expect(h.terms).toEqual({ principal: 1_200_000, termMonths: 12, ratePercent: 1.5, ratePer: 'month', method: 'flat', firstDueDate: '2026-02-10' });
      expect(h.rules.penalty).toEqual({ kind: 'percent_per_month', percent: 2, graceDays: 7 });
      expect(h).toMatchObject({ payments: [], waivers: [], disbursedOn: '2026-01-10' });
    });
  });

  describe('loanFigures', () => {
    const events = loanEventsByLoan(chart, p1Journal()).get('P-1');

    it('shows the third installment 10 days late, its penalty waived, the fourth next', () => {
      // #1 and #2 paid: 1.200.000 - 200.000 = 1.000.000 owed; #3 (due 04-10) unpaid on 04-20.
      // Penalty 2% x 118.000 = 2.360 charged 04-18, waived 04-20: nothing owed.
      expect(loanFigures(p1, usaha, events, '2026-04-20')).toEqual({
        loanId: 'P-1', memberId: 'A-0001', productId: 'usaha', status: 'berjalan', principal: 1_200_000, disbursedOn: '2026-01-10',
        inPortfolio: true, outstandingPrincipal: 1_000_000, arrearsPrincipal: 100_000, arrearsInterest: 18_000, arrears: 118_000,
        penaltyOwed: 0, daysPastDue: 10, overdueInstallments: 1, paidInstallments: 2, termMonths: 12,
        nextDue: { n: 4, dueDate: '2026-05-10', amount: 118_000 }, collectibility: 'lancar', closedOn: null,
        // To be up to date: #3 overdue 118.000 + #4 next 118.000, no penalty left.
        dueNow: 236_000,
      });
    });

    it('turns kurang lancar past 90 days late', () => {
      // #3 due 04-10; to 08-01: 20 + 31 + 30 + 31 + 1 = 113 days. Arrears #3..#6 (due 04-10 .. 07-10): 4 x 118.000.
      const f = loanFigures(p1, usaha, events, '2026-08-01');
      expect(f).toMatchObject({ daysPastDue: 113, collectibility: 'kurang_lancar', overdueInstallments: 4, arrears: 472_000 });
    });

    it('counts a reversed payment as never made', () => {
      // With the reversal: #1 and #2 paid. Without it, the double entry would also pay #3 early.
      expect(loanFigures(p1, usaha, events, '2026-03-20')).toMatchObject({ paidInstallments: 2, outstandingPrincipal: 1_000_000 });
      const unreversed = loanEventsByLoan(chart, p1Journal().filter((e) => e.id !== 'J-5')).get('P-1');
      expect(loanFigures(p1, usaha, unreversed, '2026-03-20')).toMatchObject({ paidInstallments: 3, outstandingPrincipal: 900_000 });
    });
  });

  describe('loanList', () => {
    it('lists loans paid out by the day, only those being repaid in the portfolio', () => {
      const paid = { ...p1, id: 'P-0', status: 'lunas' as const };
      const future = { ...p1, id: 'P-9', disbursedOn: '2026-05-01', firstDueDate: '2026-06-01' };
      const list = loanList({ loans: [p1, paid, future], products, chart, entries: p1Journal(), asOf: '2026-04-20' });
      expect(list.map((l) => [l.loanId, l.inPortfolio])).toEqual([['P-1', true], ['P-0', false]]);
    });

    it('refuses a loan whose product is not in the settings', () => {
      expect(() => productOf(products, { ...p1, productId: 'kilat' })).toThrow(expect.objectContaining({ code: 'LOAN_PRODUCT_UNKNOWN', params: { loan: 'P-1', product: 'kilat' } }));
    });
  });
});
