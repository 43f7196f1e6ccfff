import { buildShuBasis, defaultShuBasis, type MemberYearFigures } from '../../../src/domain/shu/bases';

const figures: MemberYearFigures[] = [
  { memberId: 'A-0001', yearEnd: { pokok: 100_000, wajib: 240_000, sukarela: 500_000 }, average: { pokok: 100_000, wajib: 130_000.5, sukarela: 250_000 }, loanPrincipal: 5_000_000, interestPaid: 450_000 },
  { memberId: 'A-0002', yearEnd: { pokok: 100_000, wajib: 120_000, sukarela: 0 }, average: { pokok: 100_000, wajib: 60_000.4, sukarela: 0 }, loanPrincipal: 0, interestPaid: 0 },
];

describe('shu-basis', () => {
  describe('buildShuBasis', () => {
    it('by default takes pokok + wajib at year end and the interest paid', () => {
      // A-0001: 100.000 + 240.000 = 340.000; A-0002: 100.000 + 120.000 = 220.000; total 560.000.
      const b = buildShuBasis(figures);
      expect(b.members).toEqual([
        { memberId: 'A-0001', capital: 340_000, business: 450_000 },
        { memberId: 'A-0002', capital: 220_000, business: 0 },
      ]);
      expect([b.totalCapital, b.totalBusiness]).toEqual([560_000, 450_000]);
      expect([b.capitalLabel, b.businessLabel]).toEqual(['SHU_BASIS_CAPITAL_POKOK_WAJIB_YEAR_END', 'SHU_BASIS_BUSINESS_INTEREST_PAID']);
    });

    it('can take all savings on average balances (rounded half up) and the principal borrowed', () => {
      // A-0001: 100.000 + 130.000,5 + 250.000 = 480.000,5 -> 480.001; A-0002: 100.000 + 60.000,4 -> 160.000.
      const b = buildShuBasis(figures, { capital: 'all_savings', capitalMeasure: 'average', business: 'loan_principal' });
      expect(b.members).toEqual([
        { memberId: 'A-0001', capital: 480_001, business: 5_000_000 },
        { memberId: 'A-0002', capital: 160_000, business: 0 },
      ]);
      expect(b.totalCapital).toBe(640_001);
      expect([b.capitalLabel, b.businessLabel]).toEqual(['SHU_BASIS_CAPITAL_ALL_SAVINGS_AVERAGE', 'SHU_BASIS_BUSINESS_LOAN_PRINCIPAL']);
    });

    it('keeps the default a named setting', () => {
      expect(defaultShuBasis).toEqual({ capital: 'pokok_wajib', capitalMeasure: 'year_end', business: 'interest_paid' });
    });
  });
});
