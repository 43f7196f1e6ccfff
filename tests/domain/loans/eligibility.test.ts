import { loanEligibilityProblems, type LoanApplicant } from '../../../src/domain/loans/eligibility';
import { defaultLoanProducts } from '../../../src/domain/loans/products';

// Pinjaman Usaha: 500.000..20.000.000, up to 24 months, 3 x savings, 3 months a member, 1 loan at once.
const usaha = defaultLoanProducts[0];
const siti: LoanApplicant = { joinedOn: '2026-01-15', savings: 2_000_000, openLoans: [] };
const codes = (a: LoanApplicant, principal: number, today = '2026-06-01', termMonths = 12) =>
  loanEligibilityProblems(usaha, a, { principal, termMonths }, today).map((p) => p.code);

describe('loan-eligibility', () => {
  describe('loanEligibilityProblems', () => {
    it('accepts a member within every rule', () => {
      expect(codes(siti, 6_000_000)).toEqual([]); // 3 x 2.000.000 = 6.000.000 exactly
    });

    it('refuses more than the savings multiple allows', () => {
      const p = loanEligibilityProblems(usaha, siti, { principal: 6_000_001, termMonths: 12 }, '2026-06-01');
      expect(p).toEqual([expect.objectContaining({ code: 'LOAN_ABOVE_SAVINGS_MULTIPLE', params: expect.objectContaining({ max: 6_000_000 }) })]);
    });

    it('counts whole months of membership', () => {
      // Joined 01-15: on 04-14 only 2 whole months, on 04-15 three.
      expect(codes(siti, 1_000_000, '2026-04-14')).toEqual(['LOAN_MEMBERSHIP_TOO_SHORT']);
      expect(codes(siti, 1_000_000, '2026-04-15')).toEqual([]);
    });

    it('refuses while another loan is macet or late, and beyond the loans allowed at once', () => {
      const late = { ...siti, openLoans: [{ collectibility: 'macet' as const, daysPastDue: 400 }] };
      expect(codes(late, 1_000_000)).toEqual(['LOAN_REFUSED_MACET', 'LOAN_REFUSED_ARREARS', 'LOAN_TOO_MANY_OPEN']);
    });

    it('checks the product limits on amount and term', () => {
      expect(codes({ ...siti, savings: 100_000_000 }, 400_000)).toEqual(['LOAN_BELOW_MINIMUM']);
      expect(codes({ ...siti, savings: 100_000_000 }, 20_000_001)).toEqual(['LOAN_ABOVE_MAXIMUM']);
      expect(codes(siti, 1_000_000, '2026-06-01', 25)).toEqual(['LOAN_TERM_TOO_LONG']);
    });

    it('has no savings limit when the product sets none (Pinjaman Darurat)', () => {
      const darurat = defaultLoanProducts[1];
      expect(loanEligibilityProblems(darurat, { ...siti, savings: 0 }, { principal: 3_000_000, termMonths: 6 }, '2026-06-01')).toEqual([]);
    });
  });
});
