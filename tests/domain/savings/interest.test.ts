import { defaultSavingsSettings, type SukarelaInterestSettings } from '../../../src/domain/savings/rules';
import { dailyBalances, sukarelaInterest } from '../../../src/domain/savings/interest';
import { LumbungError } from '../../../src/domain/errors';

const lowest3: SukarelaInterestSettings = { ratePercentPerYear: 3, basis: 'lowest_monthly_balance', minimumBalance: 50_000, rounding: 'down' };
const average3: SukarelaInterestSettings = { ...lowest3, basis: 'average_daily_balance' };

// April 2026 (30 days): 1.000.000 at the start, +500.000 on the 11th, -300.000 on the 21st.
// Days 1-10: 1.000.000; days 11-20: 1.500.000; days 21-30: 1.200.000.
const april = {
  month: '2026-04',
  openingBalance: 1_000_000,
  movements: [
    { date: '2026-04-11', amount: 500_000 },
    { date: '2026-04-21', amount: -300_000 },
  ],
};

describe('savings-interest', () => {
  describe('sukarelaInterest', () => {
    it('pays nothing with the default settings (interest off)', () => {
      expect(sukarelaInterest(april, defaultSavingsSettings.sukarelaInterest)).toMatchObject({ earns: false, interest: 0 });
    });

    it('on the lowest balance: 1.000.000 x 3% / 12 = 2.500', () => {
      expect(sukarelaInterest(april, lowest3)).toEqual({ month: '2026-04', basisBalance: 1_000_000, earns: true, interest: 2_500 });
    });

    it('on the average daily balance: 37.000.000 / 30 days x 3% / 12 = 3.083,33 -> 3.083', () => {
      // 10 x 1.000.000 + 10 x 1.500.000 + 10 x 1.200.000 = 37.000.000; / 30 = 1.233.333,33 (shown 1.233.333).
      expect(sukarelaInterest(april, average3)).toEqual({ month: '2026-04', basisBalance: 1_233_333, earns: true, interest: 3_083 });
    });

    it('rounds down or half up as set: 700.300 x 3% / 12 = 1.750,75', () => {
      const flat = { month: '2026-02', openingBalance: 700_300, movements: [] };
      expect(sukarelaInterest(flat, lowest3).interest).toBe(1_750);
      expect(sukarelaInterest(flat, { ...lowest3, rounding: 'half_up' }).interest).toBe(1_751);
    });

    it('takes a fractional rate: 1.000.000 x 2,5% / 12 = 2.083,33 -> 2.083', () => {
      const flat = { month: '2026-02', openingBalance: 1_000_000, movements: [] };
      expect(sukarelaInterest(flat, { ...lowest3, ratePercentPerYear: 2.5 }).interest).toBe(2_083);
    });

    it('pays nothing when the lowest balance is under the minimum, even if the average is above', () => {
      // Lowest: 40.000 for the first 14 days of Feb; then 1.040.000. Average well above 50.000.
      const feb = { month: '2026-02', openingBalance: 40_000, movements: [{ date: '2026-02-15', amount: 1_000_000 }] };
      expect(sukarelaInterest(feb, lowest3)).toMatchObject({ basisBalance: 40_000, earns: false, interest: 0 });
      // Average: (14 x 40.000 + 14 x 1.040.000) / 28 = 540.000; x 3% / 12 = 1.350.
      expect(sukarelaInterest(feb, average3)).toMatchObject({ basisBalance: 540_000, earns: true, interest: 1_350 });
    });

    it('counts a deposit and a withdrawal on the same day as one end-of-day balance', () => {
      // Out 100.000 and back in 100.000 on the 3rd: the day ends at 200.000, so the lowest stays 200.000.
      const m = { month: '2026-02', openingBalance: 200_000, movements: [{ date: '2026-02-03', amount: -100_000 }, { date: '2026-02-03', amount: 100_000 }] };
      expect(sukarelaInterest(m, lowest3).basisBalance).toBe(200_000);
    });
  });

  describe('dailyBalances', () => {
    it('refuses a history that goes below zero', () => {
      const m = { month: '2026-02', openingBalance: 10_000, movements: [{ date: '2026-02-02', amount: -20_000 }] };
      expect(() => dailyBalances(m)).toThrow(LumbungError);
    });
  });
});
