import { payoffAmount, restructureLoan, writeOffAmount } from '../../../src/domain/loans/payoff';
import { flatTerms, history, onTime, rules } from './fixtures';

// Shared loan: 12 x (100.000 principal + 18.000 interest), due on the 10th from 2026-02-10.
const fourPaid = [1, 2, 3, 4].map(onTime);
const threePaid = [1, 2, 3].map(onTime);

describe('loan-payoff', () => {
  describe('payoffAmount', () => {
    it('flat, usual practice: principal left + only the month in progress', () => {
      // 8 x 100.000 = 800.000 + #5 interest 18.000 (its month began 05-10) = 818.000.
      expect(payoffAmount(history(fourPaid), '2026-05-20')).toMatchObject({ principal: 800_000, interest: 18_000, penalty: 0, total: 818_000 });
    });

    it('flat with all remaining interest charged, when the product says so', () => {
      // 800.000 + 8 x 18.000 = 944.000.
      const h = history(fourPaid, { rules: { ...rules, flatPayoffInterest: 'all_remaining' } });
      expect(payoffAmount(h, '2026-05-20').total).toBe(944_000);
    });

    it('on a due date: that installment in full, the next month not yet begun', () => {
      // #4 due 05-10 unpaid: 118.000 + principal #5..#12 800.000 = 918.000.
      expect(payoffAmount(history(threePaid), '2026-05-10')).toMatchObject({ interest: 18_000, principal: 900_000, total: 918_000 });
    });

    it('declining: interest accrued day by day in the month in progress', () => {
      // #2 month 02-10..03-10 = 28 days; 14 days gone: 16.500 x 14/28 = 8.250. 1.100.000 + 8.250.
      const h = history([onTime(1)], { terms: { ...flatTerms, method: 'declining' } });
      expect(payoffAmount(h, '2026-02-24')).toMatchObject({ interest: 8_250, principal: 1_100_000, total: 1_108_250 });
    });

    it('includes arrears and penalties', () => {
      // Nothing paid by 04-20: interest #1..#3 54.000 + #4 month in progress 18.000 = 72.000;
      // penalty 14.160; 1.200.000 + 72.000 + 14.160 = 1.286.160.
      expect(payoffAmount(history([]), '2026-04-20')).toMatchObject({ interest: 72_000, penalty: 14_160, total: 1_286_160 });
    });
  });

  describe('restructureLoan', () => {
    // 05-20 with #4 (due 05-10) unpaid: penalty 2% x 118.000 = 2.360 on 05-18; interest owed
    // #4 18.000 + #5 in progress 18.000 = 36.000; principal 9 x 100.000 = 900.000.
    const terms = { termMonths: 18, ratePercent: 1, ratePer: 'month' as const, method: 'flat' as const, firstDueDate: '2026-06-20' };

    it('re-amortises the outstanding principal; interest and penalty stay to be settled', () => {
      const r = restructureLoan(history(threePaid), { date: '2026-05-20', terms, reason: 'Usaha terkena banjir', capitalizeInterest: false });
      expect(r).toMatchObject({ closedOn: '2026-05-20', oldOutstandingPrincipal: 900_000, capitalizedInterest: 0, interestToSettle: 36_000, penaltyToSettle: 2_360 });
      // 900.000 / 18 = 50.000 principal; 900.000 x 1% = 9.000 interest.
      expect(r.schedule[0]).toMatchObject({ dueDate: '2026-06-20', principal: 50_000, interest: 9_000 });
      expect(r.schedule).toHaveLength(18);
    });

    it('can add the interest owed to the new principal', () => {
      // 900.000 + 36.000 = 936.000; / 18 = 52.000; x 1% = 9.360.
      const r = restructureLoan(history(threePaid), { date: '2026-05-20', terms, reason: 'Sakit', capitalizeInterest: true });
      expect(r.terms.principal).toBe(936_000);
      expect(r.schedule[0]).toMatchObject({ principal: 52_000, interest: 9_360 });
      expect(r.interestToSettle).toBe(0);
    });

    it('refuses without a reason or with a first due date not after the day', () => {
      const bad = () => restructureLoan(history(threePaid), { date: '2026-05-20', terms: { ...terms, firstDueDate: '2026-05-20' }, reason: ' ', capitalizeInterest: false });
      expect(bad).toThrow(expect.objectContaining({
        code: 'RESTRUCTURE_INVALID',
        problems: [expect.objectContaining({ code: 'RESTRUCTURE_REASON_REQUIRED' }), expect.objectContaining({ code: 'RESTRUCTURE_FIRST_DUE_DATE_INVALID' })],
      }));
    });

    it('refuses a loan already paid off', () => {
      const paid = history(fourPaid.concat({ date: '2026-05-20', amount: 818_000 }));
      expect(() => restructureLoan(paid, { date: '2026-06-01', terms, reason: 'x', capitalizeInterest: false })).toThrow(expect.objectContaining({ code: 'LOAN_ALREADY_PAID' }));
    });
  });

  describe('writeOffAmount', () => {
    it('is the principal left with the interest and penalty already owed, not future interest', () => {
      // 04-20, nothing paid: 1.200.000 + interest #1..#3 54.000 + penalty 14.160 = 1.268.160.
      expect(writeOffAmount(history([]), '2026-04-20')).toEqual({ date: '2026-04-20', principal: 1_200_000, interest: 54_000, penalty: 14_160, total: 1_268_160 });
    });
  });
});
