/** Utilities.formatDate: Java SimpleDateFormat in a time zone, English names. */
import { NotImplemented } from '../errors';
import { DAYS, MONTHS, tokenize } from './date-pattern';
import { offsetText, zonedFields, zoneName } from './zone';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatDate(ms: number, zone: string, pattern: string): string {
  const f = zonedFields(ms, zone);
  const dayOfYear = Math.round((Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86400000) + 1;
  return tokenize(pattern)
    .map((t) => {
      if ('literal' in t) return t.literal;
      const n = t.count;
      switch (t.field) {
        case 'G':
          return f.year > 0 ? 'AD' : 'BC';
        case 'y':
        case 'Y':
          return n === 2 ? pad(f.year % 100, 2) : pad(f.year, n);
        case 'M':
        case 'L':
          return n >= 4 ? MONTHS[f.month - 1] : n === 3 ? MONTHS[f.month - 1].slice(0, 3) : pad(f.month, n);
        case 'd':
          return pad(f.day, n);
        case 'D':
          return pad(dayOfYear, n);
        case 'E':
          return n >= 4 ? DAYS[f.weekday - 1] : DAYS[f.weekday - 1].slice(0, 3);
        case 'u':
          return pad(f.weekday, n);
        case 'a':
          return f.hour < 12 ? 'AM' : 'PM';
        case 'H':
          return pad(f.hour, n);
        case 'k':
          return pad(f.hour === 0 ? 24 : f.hour, n);
        case 'K':
          return pad(f.hour % 12, n);
        case 'h':
          return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
        case 'm':
          return pad(f.minute, n);
        case 's':
          return pad(f.second, n);
        case 'S':
          return pad(f.ms, n);
        case 'z':
          return zoneName(zone, ms, f.offsetMinutes, n >= 4);
        case 'Z':
          return offsetText(f.offsetMinutes, '', true);
        case 'X':
          if (f.offsetMinutes === 0) return 'Z';
          return n === 1 ? offsetText(f.offsetMinutes, '', false) : offsetText(f.offsetMinutes, n >= 3 ? ':' : '', true);
        case 'F':
          return pad(Math.ceil(f.day / 7), n);
        default:
          // w, W (week of year / month) depend on the locale's first day of week: not emulated
          throw new NotImplemented(`Utilities.formatDate pattern letter ${t.field}`);
      }
    })
    .join('');
}
