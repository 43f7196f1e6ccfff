import { allocateShu, checkShuSplit, defaultShuSplit, formatHundredths, validateShuSplit } from '../../../src/domain/shu/split';
import { LumbungError } from '../../../src/domain/errors';

function thrown(f: () => void): LumbungError {
  try {
    f();
  } catch (e) {
    if (e instanceof LumbungError) return e;
    throw e;
  }
  throw new Error('expected a LumbungError');
}

describe('shu-split', () => {
  describe('validateShuSplit', () => {
    it('accepts the default split: 40 + 20 + 25 + 5 + 5 + 2,5 + 2,5 = 100', () => {
      expect(validateShuSplit(defaultShuSplit)).toEqual([]);
    });

    it('compares in hundredths, so 33,33 + 33,33 + 33,34 and 70,1 + 29,9 are exactly 100', () => {
      expect(validateShuSplit([{ part: 'cadangan', percent: 33.33 }, { part: 'jasa_modal', percent: 33.33 }, { part: 'jasa_usaha', percent: 33.34 }])).toEqual([]);
      expect(validateShuSplit([{ part: 'cadangan', percent: 70.1 }, { part: 'jasa_usaha', percent: 29.9 }])).toEqual([]);
    });

    it('names the total of a split that does not make 100', () => {
      const short = [{ part: 'cadangan', percent: 50 }, { part: 'jasa_usaha', percent: 49.5 }];
      expect(validateShuSplit(short)).toEqual([{ code: 'SHU_SPLIT_NOT_100', params: { total: '99.5' }, where: 'split' }]);
    });

    it('refuses a duplicate part, a negative percent and more than two decimals', () => {
      const bad = [
        { part: 'cadangan', percent: 50 },
        { part: 'cadangan', percent: 10 },
        { part: 'dana_sosial', percent: -5 },
        { part: 'dana_pendidikan', percent: 2.125 },
      ];
      expect(validateShuSplit(bad).map((p) => p.code)).toEqual(['SHU_SPLIT_PART_DUPLICATE', 'SHU_SPLIT_PERCENT_INVALID', 'SHU_SPLIT_PERCENT_TOO_PRECISE']);
    });
  });

  describe('checkShuSplit', () => {
    it('refuses a published 105% template with SHU_SPLIT_NOT_100 and total 105', () => {
      // 40 + 20 + 25 + 5 + 5 + 5 + 5 = 105
      const template = [
        { part: 'cadangan', percent: 40 },
        { part: 'jasa_modal', percent: 20 },
        { part: 'jasa_usaha', percent: 25 },
        { part: 'dana_pengurus', percent: 5 },
        { part: 'dana_karyawan', percent: 5 },
        { part: 'dana_pendidikan', percent: 5 },
        { part: 'dana_sosial', percent: 5 },
      ];
      const e = thrown(() => checkShuSplit(template));
      expect(e.code).toBe('SHU_SPLIT_NOT_100');
      expect(e.params).toEqual({ total: '105' });
    });

    it('uses SHU_SPLIT_INVALID for other mistakes, with every problem inside', () => {
      const e = thrown(() => checkShuSplit([{ part: '', percent: 100 }]));
      expect(e.code).toBe('SHU_SPLIT_INVALID');
      expect(e.problems.map((p) => p.code)).toEqual(['SHU_SPLIT_PART_NAME_MISSING']);
    });
  });

  describe('formatHundredths', () => {
    it('writes a total as a person would', () => {
      expect([10_500, 10_250, 9_999, 10_000, 5].map(formatHundredths)).toEqual(['105', '102.5', '99.99', '100', '0.05']);
    });
  });

  describe('allocateShu', () => {
    it('splits Rp10.000.000 by the default split', () => {
      expect(allocateShu(10_000_000, defaultShuSplit).map((a) => [a.part, a.amount])).toEqual([
        ['cadangan', 4_000_000],
        ['jasa_modal', 2_000_000],
        ['jasa_usaha', 2_500_000],
        ['dana_pengurus', 500_000],
        ['dana_karyawan', 500_000],
        ['dana_pendidikan', 250_000],
        ['dana_sosial', 250_000],
      ]);
    });

    it('gives the leftover rupiah to the largest fractions, adding up exactly', () => {
      // SHU 1.000.003: 400.001,2 | 200.000,6 | 250.000,75 | 50.000,15 x2 | 25.000,075 x2.
      // Floors add to 1.000.001; the 2 rupiah left go to ,75 (jasa usaha) then ,6 (jasa modal).
      const parts = allocateShu(1_000_003, defaultShuSplit).map((a) => a.amount);
      expect(parts).toEqual([400_001, 200_001, 250_001, 50_000, 50_000, 25_000, 25_000]);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(1_000_003);
    });

    it('refuses a split that is not 100% and a negative SHU (a loss is not shared)', () => {
      expect(thrown(() => allocateShu(1_000, [{ part: 'cadangan', percent: 105 }])).code).toBe('SHU_SPLIT_NOT_100');
      expect(thrown(() => allocateShu(-1_000, defaultShuSplit)).code).toBe('SHU_AMOUNT_INVALID');
    });
  });
});
