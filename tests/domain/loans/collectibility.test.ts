import { collectibilityOf, healthBand, portfolioQuality } from '../../../src/domain/loans/collectibility';

describe('collectibility', () => {
  describe('collectibilityOf', () => {
    it('maps days past due at each boundary (30 days = 1 month)', () => {
      expect([0, 90, 91, 180, 181, 360, 361, 1000].map((d) => collectibilityOf(d))).toEqual([
        'lancar', 'lancar', 'kurang_lancar', 'kurang_lancar', 'diragukan', 'diragukan', 'macet', 'macet',
      ]);
    });

    it('uses thresholds from settings', () => {
      const strict = { lancarMaxDays: 30, kurangLancarMaxDays: 60, diragukanMaxDays: 90 };
      expect([30, 31, 61, 91].map((d) => collectibilityOf(d, strict))).toEqual(['lancar', 'kurang_lancar', 'diragukan', 'macet']);
    });
  });

  describe('healthBand', () => {
    it('puts exactly 5%, 10% and 15% in the better band', () => {
      const total = 100_000_000;
      expect(healthBand(5_000_000, total)).toBe('sehat');
      expect(healthBand(5_000_001, total)).toBe('cukup_sehat');
      expect(healthBand(10_000_000, total)).toBe('cukup_sehat');
      expect(healthBand(10_000_001, total)).toBe('kurang_sehat');
      expect(healthBand(15_000_000, total)).toBe('kurang_sehat');
      expect(healthBand(15_000_001, total)).toBe('tidak_sehat');
      expect(healthBand(0, 0)).toBe('sehat');
    });
  });

  describe('portfolioQuality', () => {
    const loans = [
      { outstandingPrincipal: 10_000_000, daysPastDue: 0 },
      { outstandingPrincipal: 5_000_000, daysPastDue: 31 }, // still lancar, but counts in PAR30
      { outstandingPrincipal: 2_000_000, daysPastDue: 100, collateralValue: 1_000_000 },
      { outstandingPrincipal: 2_000_000, daysPastDue: 200 },
      { outstandingPrincipal: 1_000_000, daysPastDue: 400, collateralValue: 3_000_000 },
    ];

    it('sums outstanding by category, PAR30 and the problem-loan ratio', () => {
      // Total 20.000.000. PAR30: 5 + 2 + 2 + 1 = 10.000.000 / 20.000.000 = 50%.
      // Problem loans: 2 + 2 + 1 = 5.000.000 / 20.000.000 = 25% -> tidak sehat.
      const q = portfolioQuality(loans);
      expect(q.totalOutstanding).toBe(20_000_000);
      expect(q.outstandingBy).toEqual({ lancar: 15_000_000, kurang_lancar: 2_000_000, diragukan: 2_000_000, macet: 1_000_000 });
      expect(q.atRisk30).toBe(10_000_000);
      expect(q.par30).toBeCloseTo(0.5, 12);
      expect(q.problemLoans).toBe(5_000_000);
      expect(q.problemRatio).toBeCloseTo(0.25, 12);
      expect(q.band).toBe('tidak_sehat');
    });

    it('requires a reserve after collateral: 0,5% / 50% / 75% / 100%', () => {
      // lancar 15.000.000 x 0,5% = 75.000; kurang lancar (2.000.000 - 1.000.000) x 50% = 500.000;
      // diragukan 2.000.000 x 75% = 1.500.000; macet (1.000.000 - collateral capped at 1.000.000) = 0.
      const q = portfolioQuality(loans);
      expect(q.reserveBy).toEqual({ lancar: 75_000, kurang_lancar: 500_000, diragukan: 1_500_000, macet: 0 });
      expect(q.requiredReserve).toBe(2_075_000);
    });

    it('rounds each reserve to whole rupiah, half up', () => {
      // 333 x 0,5% = 1,665 -> 2; 301 x 50% = 150,5 -> 151.
      const q = portfolioQuality([{ outstandingPrincipal: 333, daysPastDue: 0 }, { outstandingPrincipal: 301, daysPastDue: 100 }]);
      expect(q.reserveBy).toEqual({ lancar: 2, kurang_lancar: 151, diragukan: 0, macet: 0 });
    });

    it('takes reserve weights from settings', () => {
      const none = { lancar: 0, kurang_lancar: 50, diragukan: 75, macet: 100 };
      expect(portfolioQuality(loans, undefined, none).reserveBy.lancar).toBe(0);
    });

    it('reports an empty portfolio as healthy with no risk', () => {
      expect(portfolioQuality([])).toMatchObject({ totalOutstanding: 0, par30: 0, problemRatio: 0, band: 'sehat', requiredReserve: 0 });
    });
  });
});
