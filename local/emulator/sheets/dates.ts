/**
 * Date serials: Sheets stores a date as days since 1899-12-30 on the wall clock of the
 * spreadsheet's time zone. Zone offsets come from Intl (Asia/Jakarta is UTC+7, no DST).
 */
const DAY = 86_400_000;
/** Days from 1899-12-30 to 1970-01-01. */
const EPOCH_SERIAL = 25569;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(tz, f);
  }
  return f;
}

/** The zone's offset from UTC in ms at an instant; cached per hour since zones change on the hour. */
export function zoneOffset(tz: string, ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let zone = offsetCache.get(tz);
  if (!zone) offsetCache.set(tz, (zone = new Map()));
  const hit = zone.get(hour);
  if (hit !== undefined) return hit;
  const p: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(new Date(hour * 3_600_000))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offset = wall - hour * 3_600_000;
  if (zone.size > 100_000) zone.clear();
  zone.set(hour, offset);
  return offset;
}

export function dateToSerial(date: Date, tz: string): number {
  const ms = date.getTime();
  return (ms + zoneOffset(tz, ms)) / DAY + EPOCH_SERIAL;
}

export function serialToDate(serial: number, tz: string): Date {
  const wall = Math.round((serial - EPOCH_SERIAL) * DAY);
  let ms = wall - zoneOffset(tz, wall);
  ms = wall - zoneOffset(tz, ms); // second pass settles DST edges
  return new Date(ms);
}

/** The serial of a calendar date (and optional wall-clock time), independent of any zone. */
export function civilSerial(y: number, m: number, d: number, h = 0, min = 0, s = 0): number {
  return Date.UTC(y, m - 1, d, h, min, s) / DAY + EPOCH_SERIAL;
}

/** Calendar fields of a serial, for display. */
export interface Civil { y: number; m: number; d: number; weekday: number; h: number; min: number; s: number }

export function serialFields(serial: number): Civil {
  const ms = Math.round((serial - EPOCH_SERIAL) * DAY / 1000) * 1000;
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: t.getUTCDay(), h: t.getUTCHours(), min: t.getUTCMinutes(), s: t.getUTCSeconds() };
}

export function isValidCivil(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
