/** Wall-clock arithmetic in an IANA time zone, with nothing but Intl (no library in the emulator). */

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday ... 6 = Saturday, as Date.getDay(). */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function wallTime(ms: number, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: +parts.year, month: +parts.month, day: +parts.day,
    hour: +parts.hour, minute: +parts.minute, second: +parts.second,
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** The instant at which the clock in `timeZone` shows the given wall time (day may overflow). */
export function wallToEpoch(timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const w = wallTime(guess, timeZone);
  const offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - guess;
  return guess - offset;
}

/** "1/5/2026 9:00:00": how Sheets shows a form timestamp in the en-US default format. */
export function sheetsTimestamp(ms: number, timeZone: string): string {
  const w = wallTime(ms, timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.month}/${w.day}/${w.year} ${w.hour}:${p(w.minute)}:${p(w.second)}`;
}
