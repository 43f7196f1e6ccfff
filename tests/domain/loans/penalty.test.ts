import { penaltyCharges, readPenaltyWaiver, validatePenaltyWaiver, type PenaltyRule } from '../../../src/domain/loans/penalty';
import type { LumbungError } from '../../../src/domain/errors';

const percent: PenaltyRule = { kind: 'percent_per_month', percent: 2, graceDays: 7 };

describe('penalty', () => {
  describe('penaltyCharges', () => {
    it('charges a percent of the unpaid installment once per month begun after the grace days', () => {
      // Due 01-31, 7 grace days: charge days 02-08, 03-08, 04-08. 2% x 118.000 = 2.360.
      expect(penaltyCharges(percent, '2026-01-31', 118_000, null, '2026-02-07')).toBe(0);
      expect(penaltyCharges(percent, '2026-01-31', 118_000, null, '2026-02-08')).toBe(2_360);
      expect(penaltyCharges(percent, '2026-01-31', 118_000, null, '2026-04-08')).toBe(7_080);
    });

    it('only counts charge days after the last one already charged', () => {
      expect(penaltyCharges(percent, '2026-01-31', 118_000, '2026-02-08', '2026-03-07')).toBe(0);
      expect(penaltyCharges(percent, '2026-01-31', 118_000, '2026-02-08', '2026-03-08')).toBe(2_360);
    });

    it('rounds each monthly charge half up', () => {
      // 2% x 1.025 = 20,5 -> 21.
      expect(penaltyCharges(percent, '2026-01-31', 1_025, null, '2026-02-08')).toBe(21);
    });

    it('charges a flat amount per day or per month', () => {
      // Per day, 0 grace: due 03-01, late 03-02..03-05 = 4 days x 500; resumed after 03-03: 2 days.
      const daily: PenaltyRule = { kind: 'flat_per_day', amount: 500, graceDays: 0 };
      expect(penaltyCharges(daily, '2026-03-01', 1, null, '2026-03-05')).toBe(2_000);
      expect(penaltyCharges(daily, '2026-03-01', 1, '2026-03-03', '2026-03-05')).toBe(1_000);
      const monthly: PenaltyRule = { kind: 'flat_per_month', amount: 5_000, graceDays: 3 };
      // Charge days 03-05 and 04-05 by 04-30.
      expect(penaltyCharges(monthly, '2026-03-01', 1, null, '2026-04-30')).toBe(10_000);
    });

    it('charges nothing once the installment is paid, or under no penalty rule', () => {
      expect(penaltyCharges(percent, '2026-01-31', 0, null, '2026-12-31')).toBe(0);
      expect(penaltyCharges({ kind: 'none' }, '2026-01-31', 118_000, null, '2026-12-31')).toBe(0);
    });
  });

  describe('validatePenaltyWaiver', () => {
    it('requires a reason and a whole positive amount', () => {
      expect(validatePenaltyWaiver({ amount: 1_000, reason: 'Musibah' })).toEqual([]);
      expect(validatePenaltyWaiver({ amount: 0, reason: '' }).map((p) => p.code)).toEqual([
        'PENALTY_WAIVER_AMOUNT_INVALID', 'PENALTY_WAIVER_REASON_REQUIRED',
      ]);
    });
  });

  describe('readPenaltyWaiver', () => {
    const codes = (amount: string, reason: string) => {
      try {
        readPenaltyWaiver({ amount, reason });
        return [];
      } catch (err) {
        return (err as LumbungError).problems.map((p) => p.code);
      }
    };
    it('reads the amount as people write it and keeps the reason, trimmed', () => {
      expect(readPenaltyWaiver({ amount: 'Rp 1.500', reason: ' Sakit, dirawat ' })).toEqual({ amount: 1_500, reason: 'Sakit, dirawat' });
    });
    it('names an unreadable amount and a missing reason together, each once', () => {
      expect(codes('seribu', '  ')).toEqual(['AMOUNT_INVALID', 'PENALTY_WAIVER_REASON_REQUIRED']);
      expect(codes('', '')).toEqual(['AMOUNT_REQUIRED', 'PENALTY_WAIVER_REASON_REQUIRED']);
      expect(codes('0', 'Musibah')).toEqual(['PENALTY_WAIVER_AMOUNT_INVALID']);
    });
  });
});
