import { compareInterestMethods, monthlyIrr } from '../../../src/domain/loans/compare';

const terms = { principal: 1_200_000, termMonths: 12, ratePercent: 1.5, ratePer: 'month' as const, firstDueDate: '2026-02-10' };

describe('loan-compare', () => {
  describe('monthlyIrr', () => {
    it('finds the rate of a known annuity: 1.000.000 repaid by 3 x 340.022,11 at 1%', () => {
      expect(monthlyIrr(1_000_000, [340_022.11, 340_022.11, 340_022.11])).toBeCloseTo(0.01, 7);
    });

    it('is 0 when nothing more than the principal is repaid', () => {
      expect(monthlyIrr(300, [100, 100, 100])).toBe(0);
    });
  });

  describe('compareInterestMethods', () => {
    const [flat, declining, annuity] = compareInterestMethods(terms);

    it('flat 1,5%/month costs far more than 18%/year', () => {
      // 118.000 x 12 = 1.416.000 paid; interest 216.000.
      expect(flat).toMatchObject({ method: 'flat', totalInterest: 216_000, totalPaid: 1_416_000, firstPayment: 118_000, lastPayment: 118_000 });
      // Monthly IRR i solves 1.200.000 = 118.000 x (1 - (1+i)^-12) / i. By hand:
      //   i = 2,64%: 1,0264^12 = 1,367098; (1 - 1/1,367098) / 0,0264 = 10,17135 -> 118.000 x = 1.200.219 (> 1.200.000)
      //   i = 2,65%: 1,0265^12 = 1,368697; (1 - 1/1,368697) / 0,0265 = 10,17369... -> 1.199.496 (< 1.200.000)
      // so 2,64% < i < 2,65%: nominal 12 x i between 31,68% and 31,80%;
      // compounded (1+i)^12 - 1 between 36,71% and 36,87%.
      expect(flat.monthlyIrrPercent).toBeGreaterThan(2.64);
      expect(flat.monthlyIrrPercent).toBeLessThan(2.65);
      expect(flat.nominalAnnualPercent).toBeGreaterThan(31.68);
      expect(flat.nominalAnnualPercent).toBeLessThan(31.8);
      expect(flat.effectiveAnnualPercent).toBeGreaterThan(36.7);
      expect(flat.effectiveAnnualPercent).toBeLessThan(36.87);
    });

    it('declining costs exactly the stated rate: 1,5% a month, 19,56% a year compounded', () => {
      // Interest 18.000 + 16.500 + ... + 1.500 = 12 x (18.000 + 1.500) / 2 = 117.000.
      expect(declining).toMatchObject({ totalInterest: 117_000, firstPayment: 118_000, lastPayment: 101_500, smallestPayment: 101_500, largestPayment: 118_000 });
      // No rounding happened, so the IRR is the contract rate: 1,015^12 - 1 = 0,195618 -> 19,56%.
      expect(declining.monthlyIrrPercent).toBeCloseTo(1.5, 6);
      expect(declining.nominalAnnualPercent).toBeCloseTo(18, 5);
      expect(declining.effectiveAnnualPercent).toBeCloseTo(19.5618, 3);
    });

    it('annuity: equal 110.016, cheaper than flat, a little dearer than declining in total', () => {
      // 18.000 / (1 - 1,015^-12) = 110.015,99 -> 110.016 (see loan.test.ts).
      expect(annuity.firstPayment).toBe(110_016);
      expect(annuity.smallestPayment).toBeGreaterThanOrEqual(110_000);
      // The last installment absorbs the rounding: at most about 1 rupiah per month, 12 at most.
      expect(Math.abs(annuity.lastPayment - 110_016)).toBeLessThanOrEqual(12);
      // 12 x 110.016 = 1.320.192 - 1.200.000 = 120.192, give or take the last installment's rounding.
      expect(Math.abs(annuity.totalInterest - 120_192)).toBeLessThanOrEqual(20);
      expect(annuity.totalInterest).toBeGreaterThan(declining.totalInterest);
      expect(annuity.totalInterest).toBeLessThan(flat.totalInterest);
      expect(annuity.monthlyIrrPercent).toBeCloseTo(1.5, 3);
    });

    it('counts a fee: the member receives less, so the rate rises', () => {
      // 1% fee = 12.000; the declining loan then costs more than 1,5% a month.
      const [, withFee] = compareInterestMethods(terms, 12_000);
      expect(withFee.monthlyIrrPercent).toBeGreaterThan(1.6);
      expect(withFee.totalInterest).toBe(117_000);
    });
  });
});
