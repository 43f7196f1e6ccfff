import { loanPenalty, loanStatus } from '../../../src/domain/loans/status';
import { history, onTime } from './fixtures';

// Shared loan: 12 x (100.000 principal + 18.000 interest), due on the 10th from 2026-02-10.
describe('loan-status', () => {
  describe('loanStatus', () => {
    it('shows three months unpaid as arrears, days past due from the oldest installment', () => {
      // Oldest due 02-10; to 04-20: 18 days of Feb + 31 of Mar + 20 of Apr = 69 days.
      // Penalty: 7.080 + 4.720 + 2.360 = 14.160 (2% of 118.000 per month late).
      const s = loanStatus(history([]), '2026-04-20');
      expect(s).toMatchObject({
        daysPastDue: 69, overdueInstallments: 3, arrearsPrincipal: 300_000, arrearsInterest: 54_000,
        penaltyOwed: 14_160, outstandingPrincipal: 1_200_000, paidInstallments: 0, fullyPaid: false, closedOn: null,
      });
      expect(s.installments.slice(0, 4).map((i) => [i.overdue, i.daysLate])).toEqual([[true, 69], [true, 41], [true, 10], [false, 0]]);
    });

    it('marks a partly paid installment overdue from the day after its due date', () => {
      // 50.000 on 02-10 = 18.000 interest + 32.000 principal; 68.000 principal still owed.
      const s = loanStatus(history([{ date: '2026-02-10', amount: 50_000 }]), '2026-02-11');
      expect(s.installments[0]).toMatchObject({ state: 'partly_paid', overdue: true, daysLate: 1, principalPaid: 32_000, interestPaid: 18_000 });
      expect(s).toMatchObject({ arrearsPrincipal: 68_000, arrearsInterest: 0, outstandingPrincipal: 1_168_000, daysPastDue: 1 });
    });

    it('does not count an installment due today as overdue', () => {
      expect(loanStatus(history([]), '2026-02-10')).toMatchObject({ daysPastDue: 0, overdueInstallments: 0, arrearsPrincipal: 0 });
    });

    it('shows an over-payment as smaller later installments', () => {
      // 300.000 on 02-10: #1 and #2 paid, #3 has 64.000 of its 100.000 principal paid.
      const s = loanStatus(history([{ date: '2026-02-10', amount: 300_000 }]), '2026-03-11');
      expect(s.paidInstallments).toBe(2);
      expect(s.installments[2]).toMatchObject({ state: 'partly_paid', overdue: false, principalPaid: 64_000, interestPaid: 0 });
      expect(s).toMatchObject({ outstandingPrincipal: 936_000, arrearsPrincipal: 0, daysPastDue: 0 });
    });

    it('shows a loan paid off early as fully paid with nothing outstanding', () => {
      const s = loanStatus(history([1, 2, 3, 4].map(onTime).concat({ date: '2026-05-20', amount: 818_000 })), '2027-06-01');
      expect(s).toMatchObject({ fullyPaid: true, closedOn: '2026-05-20', outstandingPrincipal: 0, daysPastDue: 0, penaltyOwed: 0 });
    });

    it('shows a loan paid on schedule as fully paid after its last installment', () => {
      const all = Array.from({ length: 12 }, (_, i) => ({ date: `${i < 11 ? 2026 : 2027}-${String(((i + 1) % 12) + 1).padStart(2, '0')}-10`, amount: 118_000 }));
      expect(loanStatus(history(all), '2027-01-10')).toMatchObject({ fullyPaid: true, closedOn: '2027-01-10', outstandingPrincipal: 0, paidInstallments: 12 });
    });
  });

  describe('loanPenalty', () => {
    it('is the penalty charged less what was waived and paid', () => {
      const waiver = { date: '2026-04-20', amount: 4_160, reason: 'Bencana banjir' };
      expect(loanPenalty(history([], {}, [waiver]), '2026-04-20')).toBe(10_000); // 14.160 - 4.160
    });
  });
});
