/**
 * Wall-clock time in a time zone, with nothing but Intl (no library in the emulator): the offset of
 * a zone at an instant, the wall fields of an instant, the instant of wall fields. Every service
 * that needs a zone (Sheets serials, clock triggers, Calendar, Utilities, quota days) uses these.
 *
 * A zone is an IANA id ("Asia/Jakarta", "UTC") or a fixed offset "GMT+7" / "UTC-05:30"; an id
 * neither knows throws Intl's RangeError ("Invalid time zone specified: ...").
 */
export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The clock on the wall, as Date's UTC getters read it. */
export interface WallFields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday ... 6 = Saturday, as Date.getDay(). */
  weekday: number;
}

const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/;

/** The offset in ms of a fixed-offset zone ("GMT", "UTC+7", "GMT-05:30"), else null. */
export function fixedOffset(zone: string): number | null {
  const m = FIXED.exec(zone);
  if (!m) return null;
  if (!m[1]) return 0;
  const ms = (Number(m[2]) * 60 + Number(m[3] ?? 0)) * MINUTE;
  return m[1] === '-' ? -ms : ms;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether `zone` is a fixed offset or an id Intl knows. */
export function isZone(zone: string): boolean {
  if (fixedOffset(zone) !== null) return true;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** An id no one knows reads as GMT, as Java's TimeZone.getTimeZone does. */
export function zoneOrGmt(zone: string): string {
  return isZone(zone) ? zone : 'GMT';
}

/** Intl's offset at an instant, to the second (older offsets such as LMT have seconds). */
function intlOffset(zone: string, ms: number): number {
  const p: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/** Per zone: its fixed offset, or its offsets at the start of each UTC hour (Sheets converts
 * 100k-row tabs through here). */
interface ZoneCache {
  fixed: number | null;
  hourStarts: Map<number, number>;
}
const caches = new Map<string, ZoneCache>();

function hourStart(zone: string, cache: ZoneCache, hour: number): number {
  let offset = cache.hourStarts.get(hour);
  if (offset === undefined) {
    offset = intlOffset(zone, hour * HOUR);
    if (cache.hourStarts.size > 100_000) cache.hourStarts.clear();
    cache.hourStarts.set(hour, offset);
  }
  return offset;
}

/** The zone's offset from UTC in ms at an instant (the wall clock shows ms + offset). */
export function zoneOffset(zone: string, ms: number): number {
  let cache = caches.get(zone);
  if (!cache) caches.set(zone, (cache = { fixed: fixedOffset(zone), hourStarts: new Map() }));
  if (cache.fixed !== null) return cache.fixed;
  const hour = Math.floor(ms / HOUR);
  const start = hourStart(zone, cache, hour);
  // The same offset at both ends of the hour holds all through it; else it changes inside.
  return start === hourStart(zone, cache, hour + 1) ? start : intlOffset(zone, ms);
}

/** The fields Date's UTC getters read from `ms` (a wall clock held as if it were UTC). */
export function utcFields(ms: number): WallFields {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** What the wall clock in `zone` shows at the instant `ms`. */
export function wallFields(ms: number, zone: string): WallFields {
  return utcFields(ms + zoneOffset(zone, ms));
}

/** The instant at which the clock in `zone` shows `wall` (a wall time held as if it were UTC). */
export function wallInstant(zone: string, wall: number): number {
  const guess = wall - zoneOffset(zone, wall);
  return wall - zoneOffset(zone, guess); // the second pass settles DST edges (the earlier of an overlap)
}

/** The instant at which the clock in `zone` shows these fields (month and day may overflow). */
export function instantOf(zone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  return wallInstant(zone, Date.UTC(year, month - 1, day, hour, minute, second, ms));
}

/** "2026-01-05": the date on the wall in `zone` at `ms`. */
export function isoDay(ms: number, zone: string): string {
  const f = wallFields(ms, zone);
  return `${f.year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
}

/** The day Google's daily quotas count in: they turn at midnight Pacific time. */
export function quotaDay(ms: number): string {
  return isoDay(ms, 'America/Los_Angeles');
}
