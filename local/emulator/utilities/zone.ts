/**
 * Zones as Java's TimeZone sees them, for Utilities.formatDate and parseDate: IANA ids, "UTC",
 * "GMT", "GMT+7" / "GMT+07:00"; an unknown id falls back to GMT, as Java's TimeZone.getTimeZone
 * does. The arithmetic is the emulator's (../zone); Java's names and offset texts live here.
 */
import { fixedOffset, isZone, MINUTE, wallFields, WallFields, zoneOffset, zoneOrGmt } from '../zone';

export interface ZonedFields extends WallFields {
  /** 1 = Monday .. 7 = Sunday, as Java's "u". */
  weekday: number;
  offsetMinutes: number;
}

export function zonedFields(ms: number, zone: string): ZonedFields {
  const known = zoneOrGmt(zone);
  const f = wallFields(ms, known);
  return { ...f, weekday: f.weekday || 7, offsetMinutes: Math.round(zoneOffset(known, ms) / MINUTE) };
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
  if (!long && fixedOffset(zone) === null && isZone(zone)) {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName');
    if (part && !part.value.startsWith('GMT')) return part.value;
  }
  return `GMT${offsetText(offsetMinutes, ':', true)}`;
}

/** "+07:00" / "+0700" (sep ''); with `withMinutes` false only "+07". */
export function offsetText(offsetMinutes: number, sep: string, withMinutes: boolean): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return withMinutes ? `${sign}${hh}${sep}${mm}` : `${sign}${hh}`;
}
