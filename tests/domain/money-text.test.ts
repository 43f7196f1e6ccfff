import fc from 'fast-check';
import { formatRupiah, parseRupiah, rupiahInWords } from '../../src/domain/money-text';
import { LumbungError } from '../../src/domain/errors';

function codeOf(text: string): string {
  try {
    parseRupiah(text);
  } catch (e) {
    if (e instanceof LumbungError) return e.code;
    throw e;
  }
  return 'accepted';
}

describe('money-text', () => {
  describe('formatRupiah', () => {
    it('writes dots between thousands with Rp in front and no space', () => {
      expect(formatRupiah(1_250_000)).toBe('Rp1.250.000');
      expect(formatRupiah(999)).toBe('Rp999');
      expect(formatRupiah(1_000)).toBe('Rp1.000');
      expect(formatRupiah(0)).toBe('Rp0');
    });
    it('puts the minus before Rp', () => {
      expect(formatRupiah(-50_000)).toBe('-Rp50.000');
    });
    it('refuses a fraction of a rupiah as a programmer error', () => {
      expect(() => formatRupiah(1.5)).toThrow(RangeError);
    });
  });

  describe('rupiahInWords', () => {
    it.each([
      [0, 'nol rupiah'],
      [11, 'sebelas rupiah'],
      [15, 'lima belas rupiah'],
      [10, 'sepuluh rupiah'],
      [100, 'seratus rupiah'],
      [110, 'seratus sepuluh rupiah'],
      [1_000, 'seribu rupiah'],
      [2_000, 'dua ribu rupiah'],
      [11_000, 'sebelas ribu rupiah'],
      [1_250_000, 'satu juta dua ratus lima puluh ribu rupiah'],
      [1_001_000, 'satu juta seribu rupiah'],
      [2_000_000_000, 'dua miliar rupiah'],
      [3_000_000_000_005, 'tiga triliun lima rupiah'],
      [999_999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan rupiah'],
    ])('%d -> %s', (n, words) => {
      expect(rupiahInWords(n)).toBe(words);
    });
  });

  describe('parseRupiah', () => {
    it.each([
      ['1.250.000', 1_250_000],
      ['1250000', 1_250_000],
      ['Rp 50.000', 50_000],
      ['Rp50.000,-', 50_000],
      ['Rp. 50.000', 50_000],
      ['50.000,00', 50_000], // ",00" is zero sen: still whole
      ['1,25 jt', 1_250_000], // 1,25 x 1.000.000
      ['1,5 juta', 1_500_000],
      ['1.5 jt', 1_500_000], // a decimal point before "jt" can only mean one and a half
      ['50rb', 50_000],
      ['50 ribu', 50_000],
      ['2 M', 2_000_000_000],
      ['0,5 M', 500_000_000],
      ['1,250,000', 1_250_000], // commas in threes: English grouping, nothing else fits
      ['  75.000  ', 75_000],
      ['0', 0],
    ])('reads "%s" as %d', (text, value) => {
      expect(parseRupiah(text)).toBe(value);
    });

    it.each([
      ['1,250', 'AMOUNT_AMBIGUOUS'], // one thousand two hundred fifty, or one and a quarter?
      ['1,250 jt', 'AMOUNT_AMBIGUOUS'], // 1,25 juta or 1.250 juta?
      ['1.5', 'AMOUNT_NOT_WHOLE'], // a decimal point: one and a half rupiah
      ['50.000,50', 'AMOUNT_NOT_WHOLE'],
      ['1,5', 'AMOUNT_NOT_WHOLE'],
      ['12.34.5', 'AMOUNT_INVALID'],
      ['', 'AMOUNT_REQUIRED'], // nothing typed: asked for, not called unreadable
      ['   ', 'AMOUNT_REQUIRED'],
      ['abc', 'AMOUNT_INVALID'],
      ['-50.000', 'AMOUNT_INVALID'],
      ['50 kilo', 'AMOUNT_INVALID'],
      ['99999999999999999999', 'AMOUNT_INVALID'], // beyond what a number holds exactly
    ])('refuses "%s" with %s', (text, code) => {
      expect(codeOf(text)).toBe(code);
    });

    it('names the text it could not read', () => {
      expect(() => parseRupiah('abc')).toThrow(expect.objectContaining({ params: { text: 'abc' } }));
    });

    it('reads back whatever formatRupiah writes', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => parseRupiah(formatRupiah(n)) === n),
        { numRuns: 2000 },
      );
    });

    it('reads digits typed without any dots', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => parseRupiah(String(n)) === n),
      );
    });
  });
});
