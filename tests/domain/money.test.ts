import * as fc from 'fast-check';
import { isRupiah, largestRemainder, roundHalfUp, sum } from '../../src/domain/money';

describe('money', () => {
  describe('roundHalfUp', () => {
    it('rounds half away from zero to the whole rupiah', () => {
      expect(roundHalfUp(2.5)).toBe(3);
      expect(roundHalfUp(2.4999)).toBe(2);
      expect(roundHalfUp(-2.5)).toBe(-3);
      expect(roundHalfUp(-0.4)).toBe(0);
      // 1.005 * 100 is 100.49999999999999 in binary: still rounds as the person meant, 100.5 -> 101.
      expect(roundHalfUp(1.005 * 100)).toBe(101);
    });
  });

  describe('largestRemainder', () => {
    it('splits Rp100 in three equal parts as 34 + 33 + 33, the first part taking the extra rupiah', () => {
      // 100/3 = 33.33 each: floors 33+33+33 = 99, one rupiah left, ties go to the first.
      expect(largestRemainder(100, [1, 1, 1])).toEqual({ parts: [34, 33, 33], extraTo: [0] });
    });

    it('gives the extra rupiah to the largest fractions, with a tie order when asked', () => {
      // 10 by 1:2:3 -> 1.667, 3.333, 5: floors 1, 3, 5 = 9; the largest fraction is the first (0.667).
      expect(largestRemainder(10, [1, 2, 3]).parts).toEqual([2, 3, 5]);
      expect(largestRemainder(1, [1, 1], [1, 0]).parts).toEqual([0, 1]);
    });

    it('stays exact where floating point would not: Rp2 billion over capital of Rp5 billion', () => {
      const parts = largestRemainder(2_000_000_000, [2_500_000_001, 2_499_999_999]).parts;
      // Exact shares 1,000,000,000.4 and 999,999,999.6: floors 1,000,000,000 + 999,999,999, the rupiah left to the second.
      expect(parts).toEqual([1_000_000_000, 1_000_000_000]);
    });

    it('gives nothing when every weight is zero', () => {
      expect(largestRemainder(500, [0, 0]).parts).toEqual([0, 0]);
    });

    it('always adds up to the total, each part within one rupiah of its exact share (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(fc.integer({ min: 0, max: 1e10 }), { minLength: 1, maxLength: 20 }), (total, weights) => {
          const { parts } = largestRemainder(total, weights);
          const w = weights.reduce((a, b) => a + b, 0);
          expect(sum(parts)).toBe(w === 0 ? 0 : total);
          parts.forEach((p, i) => {
            expect(isRupiah(p)).toBe(true);
            if (w > 0) expect(Math.abs(p - (total * weights[i]) / w)).toBeLessThan(1.0001);
          });
        }),
      );
    });
  });
});
