import { instantOf, isoDay, quotaDay, wallFields, zoneOffset, zoneOrGmt } from '../../local/emulator/zone';

const H = 3_600_000;

describe('zone', () => {
  describe('zoneOffset', () => {
    it('returns the offset of an IANA zone, with daylight saving where the zone has it', () => {
      expect(zoneOffset('Asia/Jakarta', Date.UTC(2026, 0, 5))).toBe(7 * H);
      expect(zoneOffset('America/New_York', Date.UTC(2026, 0, 5))).toBe(-5 * H);
      expect(zoneOffset('America/New_York', Date.UTC(2026, 6, 5))).toBe(-4 * H);
    });

    it('reads fixed offsets as Java writes them', () => {
      expect(zoneOffset('GMT+7', 0)).toBe(7 * H);
      expect(zoneOffset('UTC-05:30', 0)).toBe(-5.5 * H);
      expect(zoneOffset('GMT', 0)).toBe(0);
    });

    it('is exact inside an hour in which the offset changes off the hour', () => {
      // Makassar left local mean time (+7:57:36) for +8 at 1932-10-31 16:02:24 UTC
      expect(zoneOffset('Asia/Makassar', Date.UTC(1932, 9, 31, 16, 1))).toBe(7 * H + 57 * 60_000 + 36_000);
      expect(zoneOffset('Asia/Makassar', Date.UTC(1932, 9, 31, 16, 30))).toBe(8 * H);
    });

    it('throws for an id no one knows; zoneOrGmt reads it as GMT, as Java does', () => {
      expect(() => zoneOffset('Foo/Bar', 0)).toThrow(RangeError);
      expect(zoneOrGmt('Foo/Bar')).toBe('GMT');
      expect(zoneOrGmt('Asia/Jakarta')).toBe('Asia/Jakarta');
    });
  });

  describe('wallFields', () => {
    it('returns the wall clock and weekday (0 = Sunday) in the zone', () => {
      expect(wallFields(Date.UTC(2026, 0, 4, 20, 5, 9, 7), 'Asia/Jakarta')).toEqual({ year: 2026, month: 1, day: 5, hour: 3, minute: 5, second: 9, ms: 7, weekday: 1 });
    });
  });

  describe('instantOf', () => {
    it('returns the instant the wall clock shows, month and day overflowing', () => {
      expect(instantOf('Asia/Jakarta', 2026, 1, 5, 9)).toBe(Date.UTC(2026, 0, 5, 2));
      expect(instantOf('Asia/Jakarta', 2026, 13, 32)).toBe(Date.UTC(2027, 1, 0, 17));
    });

    it('takes the earlier instant of a repeated hour and is exact beside a change', () => {
      // New York repeats 01:00-02:00 on 2026-11-01; Berlin springs forward at 01:00 UTC on 2026-03-29
      expect(instantOf('America/New_York', 2026, 11, 1, 1, 30)).toBe(Date.UTC(2026, 10, 1, 5, 30));
      expect(instantOf('America/New_York', 2026, 11, 1, 2, 30)).toBe(Date.UTC(2026, 10, 1, 7, 30));
      expect(instantOf('Europe/Berlin', 2026, 3, 29, 1, 30)).toBe(Date.UTC(2026, 2, 29, 0, 30));
    });
  });

  describe('quotaDay', () => {
    it('returns the Pacific date on which Google counts daily quotas', () => {
      expect(quotaDay(Date.UTC(2026, 0, 5, 7, 59))).toBe('2026-01-04');
      expect(quotaDay(Date.UTC(2026, 0, 5, 8, 0))).toBe('2026-01-05');
      expect(isoDay(Date.UTC(2026, 0, 4, 17), 'Asia/Jakarta')).toBe('2026-01-05');
    });
  });
});
