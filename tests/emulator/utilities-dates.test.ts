import { createWorkspace } from '../../local/emulator';

const U = () => createWorkspace().globals.Utilities;
// 2023-01-01 12:00:00 UTC is 19:00 in Jakarta (UTC+7, no daylight saving)
const noonUtc = new Date(Date.UTC(2023, 0, 1, 12, 0, 0));

describe('Utilities.formatDate', () => {
  it('formats the documented example in UTC', () => {
    expect(U().formatDate(noonUtc, 'UTC', 'yyyy-MM-dd HH:mm:ss')).toBe('2023-01-01 12:00:00');
  });

  it('applies the time zone', () => {
    expect(U().formatDate(noonUtc, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm')).toBe('2023-01-01 19:00');
    expect(U().formatDate(noonUtc, 'Asia/Makassar', 'HH:mm z')).toBe('20:00 WITA');
    // 2023-01-01 is a Sunday
    expect(U().formatDate(new Date(Date.UTC(2023, 0, 1, 20, 0)), 'Asia/Jayapura', 'EEE d')).toBe('Mon 2');
  });

  it('writes English month and day names, 12-hour clock and markers', () => {
    const d = new Date(Date.UTC(2026, 1, 3, 6, 5, 9, 7)); // Tue 3 Feb 2026 13:05:09.007 WIB
    expect(U().formatDate(d, 'Asia/Jakarta', 'EEEE, d MMMM yyyy')).toBe('Tuesday, 3 February 2026');
    expect(U().formatDate(d, 'Asia/Jakarta', 'EEE dd MMM yy')).toBe('Tue 03 Feb 26');
    expect(U().formatDate(d, 'Asia/Jakarta', 'h:mm a|hh|H|M|MM')).toBe('1:05 PM|01|13|2|02');
    expect(U().formatDate(d, 'Asia/Jakarta', 'ss.SSS')).toBe('09.007');
  });

  it('prints zone names and offsets like Java', () => {
    const tz = 'Asia/Jakarta';
    expect(U().formatDate(noonUtc, tz, 'z')).toBe('WIB');
    expect(U().formatDate(noonUtc, tz, 'zzzz')).toBe('Western Indonesia Time');
    expect(U().formatDate(noonUtc, tz, 'Z')).toBe('+0700');
    expect(U().formatDate(noonUtc, tz, 'XXX')).toBe('+07:00');
    expect(U().formatDate(noonUtc, 'UTC', 'XXX')).toBe('Z');
    expect(U().formatDate(noonUtc, 'America/Los_Angeles', 'HH:mm z Z')).toBe('04:00 PST -0800');
    expect(U().formatDate(noonUtc, 'GMT+7', 'HH:mm z')).toBe('19:00 GMT+07:00');
  });

  it('keeps quoted text and doubled quotes literal', () => {
    expect(U().formatDate(noonUtc, 'UTC', "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe('2023-01-01T12:00:00Z');
    expect(U().formatDate(noonUtc, 'UTC', "'jam' H 'o''clock'")).toBe("jam 12 o'clock");
  });

  it('falls back to GMT for an unknown zone id, as Java does', () => {
    expect(U().formatDate(noonUtc, 'Mars/Olympus', 'HH:mm')).toBe('12:00');
  });

  it('rejects an unknown pattern letter and a non-date', () => {
    expect(() => U().formatDate(noonUtc, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
    expect(() => U().formatDate('2023-01-01' as any, 'UTC', 'yyyy')).toThrow("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
  });
});

describe('Utilities.parseDate', () => {
  it('reads wall-clock text in the given zone', () => {
    expect(U().parseDate('2026-02-03 13:05', 'Asia/Jakarta', 'yyyy-MM-dd HH:mm').toISOString()).toBe('2026-02-03T06:05:00.000Z');
    expect(U().parseDate('03/02/2026', 'UTC', 'dd/MM/yyyy').toISOString()).toBe('2026-02-03T00:00:00.000Z');
  });

  it('reads month names, 12-hour times and explicit offsets', () => {
    expect(U().parseDate('3 February 2026 1:05 PM', 'Asia/Jakarta', 'd MMMM yyyy h:mm a').toISOString()).toBe('2026-02-03T06:05:00.000Z');
    expect(U().parseDate('20260203T130500+0700', 'UTC', "yyyyMMdd'T'HHmmssZ").toISOString()).toBe('2026-02-03T06:05:00.000Z');
  });

  it('round-trips with formatDate', () => {
    const u = U();
    const d = new Date(Date.UTC(2026, 6, 17, 2, 30));
    const text = u.formatDate(d, 'Asia/Jakarta', 'EEE, dd MMM yyyy HH:mm');
    expect(text).toBe('Fri, 17 Jul 2026 09:30');
    expect(u.parseDate(text, 'Asia/Jakarta', 'EEE, dd MMM yyyy HH:mm').getTime()).toBe(d.getTime());
  });

  it('throws an Exception on text that does not fit the pattern', () => {
    let err: any;
    try {
      U().parseDate('kemarin', 'UTC', 'yyyy-MM-dd');
    } catch (e) {
      err = e;
    }
    expect(err.name).toBe('Exception');
    expect(err.message).toBe('Unparseable date: "kemarin"');
  });
});
