import { defaultLoanProducts, loanFee, loanTermsFor, validateLoanProduct, type LoanProduct } from '../../../src/domain/loans/products';
import { loanSchedule } from '../../../src/domain/loans/schedule';

describe('loan-products', () => {
  describe('defaultLoanProducts', () => {
    it('are all valid settings', () => {
      for (const p of defaultLoanProducts) expect(validateLoanProduct(p)).toEqual([]);
    });

    it('give a schedule through loanTermsFor', () => {
      // Pinjaman Usaha: flat 1,5%/month; 2.000.000 over 10 months = 200.000 + 30.000.
      const s = loanSchedule(loanTermsFor(defaultLoanProducts[0], 2_000_000, 10, '2026-07-01'));
      expect(s[0]).toMatchObject({ principal: 200_000, interest: 30_000, payment: 230_000 });
    });
  });

  describe('validateLoanProduct', () => {
    it('names every broken setting and where it is', () => {
      const broken: LoanProduct = {
        ...defaultLoanProducts[0],
        ratePercent: -1,
        maxTermMonths: 0,
        minPrincipal: 1_000_000,
        maxPrincipal: 500_000,
        fee: { kind: 'percent', percent: 150 },
        penalty: { kind: 'flat_per_day', amount: 10.5, graceDays: -1 },
        allocation: { order: ['penalty', 'penalty', 'principal'], scope: 'per_installment' },
        eligibility: { ...defaultLoanProducts[0].eligibility, maxOpenLoans: 0 },
      };
      expect(validateLoanProduct(broken).map((p) => [p.code, p.where])).toEqual([
        ['LOAN_RATE_INVALID', 'ratePercent'],
        ['PRODUCT_MAX_PRINCIPAL_INVALID', 'maxPrincipal'],
        ['LOAN_TERM_INVALID', 'maxTermMonths'],
        ['PRODUCT_FEE_INVALID', 'fee'],
        ['PENALTY_GRACE_INVALID', 'penalty.graceDays'],
        ['PENALTY_AMOUNT_INVALID', 'penalty.amount'],
        ['PRODUCT_ALLOCATION_ORDER_INVALID', 'allocation.order'],
        ['PRODUCT_MAX_OPEN_LOANS_INVALID', 'eligibility.maxOpenLoans'],
      ]);
    });
  });

  describe('loanFee', () => {
    it('takes a percent of the principal rounded half up, or a flat amount', () => {
      // 1% of 1.234.550 = 12.345,5 -> 12.346; 1,5% of 5.000.000 = 75.000.
      expect(loanFee({ kind: 'percent', percent: 1 }, 1_234_550)).toBe(12_346);
      expect(loanFee({ kind: 'percent', percent: 1.5 }, 5_000_000)).toBe(75_000);
      expect(loanFee({ kind: 'flat', amount: 10_000 }, 100_000)).toBe(10_000);
    });

    it('never takes more than the principal', () => {
      expect(loanFee({ kind: 'flat', amount: 10_000 }, 5_000)).toBe(5_000);
    });
  });
});
