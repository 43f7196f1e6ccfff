import fc from 'fast-check';
import { loanSchedule, monthlyRate, validateLoanTerms, type LoanTerms } from '../../../src/domain/loans/schedule';
import { LumbungError } from '../../../src/domain/errors';

const base: LoanTerms = { principal: 1_200_000, termMonths: 12, ratePercent: 1.5, ratePer: 'month', method: 'flat', firstDueDate: '2026-02-10' };

describe('loan', () => {
  describe('monthlyRate', () => {
    it('divides a yearly rate by 12', () => {
      expect(monthlyRate({ ratePercent: 18, ratePer: 'year' })).toBeCloseTo(0.015, 12);
      expect(monthlyRate({ ratePercent: 1.5, ratePer: 'month' })).toBeCloseTo(0.015, 12);
    });
  });

  describe('loanSchedule', () => {
    it('flat: Rp1.200.000, 12 months, 1,5%/month is 100.000 principal + 18.000 interest every month', () => {
      // 1.200.000 / 12 = 100.000; 1.200.000 x 1,5% = 18.000; balance falls by 100.000 a month.
      const s = loanSchedule(base);
      expect(s).toHaveLength(12);
      s.forEach((row, i) => {
        expect(row).toMatchObject({ n: i + 1, principal: 100_000, interest: 18_000, payment: 118_000, balance: 1_100_000 - 100_000 * i });
      });
      expect(s[11].balance).toBe(0);
    });

    it('declining: equal principal, interest on what is still owed', () => {
      // Interest k = 1,5% x (1.200.000 - 100.000 x (k-1)): 18.000, 16.500, ... 1.500.
      const s = loanSchedule({ ...base, method: 'declining' });
      expect(s.map((r) => r.interest)).toEqual([18_000, 16_500, 15_000, 13_500, 12_000, 10_500, 9_000, 7_500, 6_000, 4_500, 3_000, 1_500]);
      expect(s[0].payment).toBe(118_000);
      expect(s[11].payment).toBe(101_500);
    });

    it('declining: rounds each part half up and lets the last installment absorb the rest', () => {
      // 1.000.000 / 3 = 333.333,33 -> 333.333, 333.333, last 1.000.000 - 666.666 = 333.334.
      // Interest 1%: 10.000; 666.667 x 1% = 6.666,67 -> 6.667; 333.334 x 1% = 3.333,34 -> 3.333.
      const s = loanSchedule({ ...base, principal: 1_000_000, termMonths: 3, ratePercent: 1, method: 'declining' });
      expect(s.map((r) => [r.principal, r.interest, r.balance])).toEqual([
        [333_333, 10_000, 666_667], [333_333, 6_667, 333_334], [333_334, 3_333, 0],
      ]);
    });

    it('annuity: equal payments, interest on what is still owed (12%/year = 1%/month)', () => {
      // A = 10.000 / (1 - 1,01^-3); 1,01^3 = 1,030301; 1/1,030301 = 0,97059015; A = 10.000 / 0,02940985 = 340.022,11 -> 340.022.
      // 1: interest 10.000, principal 330.022, balance 669.978.
      // 2: interest 6.699,78 -> 6.700, principal 333.322, balance 336.656.
      // 3: interest 3.366,56 -> 3.367, principal 336.656 (all that is left), payment 340.023.
      const s = loanSchedule({ ...base, principal: 1_000_000, termMonths: 3, ratePercent: 12, ratePer: 'year', method: 'annuity' });
      expect(s.map((r) => [r.principal, r.interest, r.payment, r.balance])).toEqual([
        [330_022, 10_000, 340_022, 669_978], [333_322, 6_700, 340_022, 336_656], [336_656, 3_367, 340_023, 0],
      ]);
    });

    it('annuity: Rp1.200.000 over 12 months at 1,5%/month pays 110.016 a month', () => {
      // 1,015^12 = 1,1956182; 1/1,1956182 = 0,8363874; 18.000 / 0,1636126 = 110.015,99 -> 110.016.
      const s = loanSchedule({ ...base, method: 'annuity' });
      expect(s.slice(0, 11).every((r) => r.payment === 110_016)).toBe(true);
      expect(s[0].interest).toBe(18_000);
      expect(s[0].principal).toBe(92_016);
    });

    it('0% works for every method: principal only', () => {
      for (const method of ['flat', 'declining', 'annuity'] as const) {
        const s = loanSchedule({ ...base, principal: 1_000_000, termMonths: 3, ratePercent: 0, method });
        expect(s.map((r) => [r.principal, r.interest])).toEqual([[333_333, 0], [333_333, 0], [333_334, 0]]);
      }
    });

    it('keeps due dates on the first due day, clamped to short months and back after', () => {
      const s = loanSchedule({ ...base, termMonths: 4, firstDueDate: '2028-01-31' });
      expect(s.map((r) => r.dueDate)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
    });

    it('refuses impossible terms with every problem named', () => {
      const bad = { ...base, principal: 1.5, termMonths: 361, ratePercent: -1, firstDueDate: '2026-02-30' };
      try {
        loanSchedule(bad);
        throw new Error('expected a LumbungError');
      } catch (e) {
        expect(e).toBeInstanceOf(LumbungError);
        expect((e as LumbungError).code).toBe('LOAN_TERMS_INVALID');
        expect((e as LumbungError).problems.map((p) => p.code)).toEqual([
          'LOAN_PRINCIPAL_INVALID', 'LOAN_TERM_INVALID', 'LOAN_RATE_INVALID', 'LOAN_DATE_INVALID',
        ]);
      }
    });

    it('accepts terms at the edges: 1 and 360 months, rate 0', () => {
      expect(validateLoanTerms({ ...base, termMonths: 1, ratePercent: 0 })).toEqual([]);
      expect(validateLoanTerms({ ...base, termMonths: 360 })).toEqual([]);
      expect(validateLoanTerms({ ...base, termMonths: 0 }).map((p) => p.code)).toEqual(['LOAN_TERM_INVALID']);
      expect(validateLoanTerms({ ...base, principal: 0 }).map((p) => p.code)).toEqual(['LOAN_PRINCIPAL_INVALID']);
    });
  });

  describe('loanSchedule properties', () => {
    const anyTerms = fc.record({
      principal: fc.integer({ min: 1, max: 10_000_000_000 }),
      termMonths: fc.integer({ min: 1, max: 360 }),
      ratePercent: fc.double({ min: 0, max: 10, noNaN: true }),
      ratePer: fc.constantFrom('month' as const, 'year' as const),
      method: fc.constantFrom('flat' as const, 'declining' as const, 'annuity' as const),
      firstDueDate: fc.constantFrom('2026-01-31', '2026-02-28', '2027-06-15'),
    });

    it('principal parts add up to the principal; balances never negative and end at 0', () => {
      fc.assert(fc.property(anyTerms, (t) => {
        const s = loanSchedule(t);
        let balance = t.principal;
        for (const r of s) {
          balance -= r.principal;
          expect(r.balance).toBe(balance);
          expect(r.balance).toBeGreaterThanOrEqual(0);
          expect(r.principal).toBeGreaterThanOrEqual(0);
          expect(r.payment).toBe(r.principal + r.interest);
        }
        expect(s.reduce((a, r) => a + r.principal, 0)).toBe(t.principal);
        expect(s[s.length - 1].balance).toBe(0);
      }), { numRuns: 60 });
    });

    it('annuity payments are equal except the last, for realistic loans', () => {
      const realistic = fc.record({
        principal: fc.integer({ min: 100_000, max: 1_000_000_000 }),
        termMonths: fc.integer({ min: 2, max: 120 }),
        ratePercent: fc.double({ min: 0, max: 3, noNaN: true }),
      });
      fc.assert(fc.property(realistic, (t) => {
        const s = loanSchedule({ ...base, ...t, method: 'annuity' });
        const first = s[0].payment;
        expect(s.slice(0, -1).every((r) => r.payment === first)).toBe(true);
      }), { numRuns: 300 });
    });
  });
});
