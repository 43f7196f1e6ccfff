/**
 * Wall-clock fields of an instant in a time zone, as Java's TimeZone sees it: IANA ids, "UTC",
 * "GMT", "GMT+7" / "GMT+07:00"; an unknown id falls back to GMT, as Java's TimeZone.getTimeZone does.
 */
export interface ZonedFields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 1 = Monday .. 7 = Sunday
  offsetMinutes: number;
}

const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/;

function fixedOffset(zone: string): number | null {
  const m = FIXED.exec(zone);
  if (!m) return null;
  if (!m[1]) return 0;
  const mins = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -mins : mins;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();
function formatter(zone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(zone)) {
    try {
      formatters.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }));
    } catch {
      formatters.set(zone, null);
    }
  }
  return formatters.get(zone)!;
}

/** The zone's offset from UTC in minutes at an instant. */
export function offsetAt(ms: number, zone: string): number {
  const fixed = fixedOffset(zone);
  if (fixed !== null) return fixed;
  const f = formatter(zone);
  if (!f) return 0;
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return Math.round((asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 60000);
}

export function zonedFields(ms: number, zone: string): ZonedFields {
  const offsetMinutes = offsetAt(ms, zone);
  const d = new Date(ms + offsetMinutes * 60000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    offsetMinutes,
  };
}

/** The instant whose wall clock in `zone` shows these fields (the earlier one in a DST overlap). */
export function instantOf(zone: string, y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const local = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  let guess = local - offsetAt(local, zone) * 60000;
  guess = local - offsetAt(guess, zone) * 60000;
  return guess;
}

/** Java's short zone names where CLDR has one; otherwise Java's "GMT+07:00" form. */
const SHORT: Record<string, [string, string]> = {
  'Asia/Jakarta': ['WIB', 'Western Indonesia Time'],
  'Asia/Pontianak': ['WIB', 'Western Indonesia Time'],
  'Asia/Makassar': ['WITA', 'Central Indonesia Time'],
  'Asia/Jayapura': ['WIT', 'Eastern Indonesia Time'],
  UTC: ['UTC', 'Coordinated Universal Time'],
  'Etc/UTC': ['UTC', 'Coordinated Universal Time'],
  GMT: ['GMT', 'Greenwich Mean Time'],
};

export function zoneName(zone: string, ms: number, offsetMinutes: number, long: boolean): string {
  const known = SHORT[zone];
  if (known) return long ? known[1] : known[0];
  if (!long && formatter(zone) && fixedOffset(zone) === null) {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName');
    if (part && !part.value.startsWith('GMT')) return part.value;
  }
  return `GMT${offsetText(offsetMinutes, ':', true)}`;
}

/** "+07:00" / "+0700" (sep ''); with `hours` false only "+07". */
export function offsetText(offsetMinutes: number, sep: string, withMinutes: boolean): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return withMinutes ? `${sign}${hh}${sep}${mm}` : `${sign}${hh}`;
}
