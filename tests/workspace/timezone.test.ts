import { isoDateIn, isoDateTimeIn, midnightIn } from '../../src/workspace/timezone';

describe('timezone', () => {
  it('gives the Jakarta calendar day of an instant (UTC+7)', () => {
    // 2026-05-01 18:30 UTC is 2026-05-02 01:30 in Jakarta.
    expect(isoDateIn(new Date('2026-05-01T18:30:00Z'), 'Asia/Jakarta')).toBe('2026-05-02');
    expect(isoDateTimeIn(new Date('2026-05-01T18:30:00Z'), 'Asia/Jakarta')).toBe('2026-05-02 01:30:00');
  });

  it('puts an ISO day at midnight in the zone: Jakarta UTC+7, Jayapura UTC+9', () => {
    expect(midnightIn('2026-05-02', 'Asia/Jakarta').toISOString()).toBe('2026-05-01T17:00:00.000Z');
    expect(midnightIn('2026-05-02', 'Asia/Jayapura').toISOString()).toBe('2026-05-01T15:00:00.000Z');
    expect(isoDateIn(midnightIn('2026-12-31', 'Asia/Makassar'), 'Asia/Makassar')).toBe('2026-12-31');
  });
});
