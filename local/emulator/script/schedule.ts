/**
 * When a clock trigger comes due. Google adds jitter (atHour(9) runs between 9 and 10, nearMinute
 * is +/- 15 minutes); the emulator runs exactly at the hour and minute asked, so tests can
 * compute the instant by hand.
 */
import type { ClockSpec } from './state';
import { instantOf, wallFields } from '../zone';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The first instant a new trigger comes due, created at `now`. */
export function firstDue(spec: ClockSpec, now: number): number {
  if (spec.once !== undefined) return spec.once;
  if (spec.everyMinutes) return now + spec.everyMinutes * MINUTE;
  if (spec.everyHours) return now + spec.everyHours * HOUR;
  const w = wallFields(now, spec.timeZone);
  const hour = spec.atHour ?? w.hour;
  const minute = spec.nearMinute ?? 0;
  if (spec.monthDay !== undefined) {
    let t = instantOf(spec.timeZone, w.year, w.month, spec.monthDay, hour, minute);
    if (t <= now) t = instantOf(spec.timeZone, w.year, w.month + 1, spec.monthDay, hour, minute);
    return t;
  }
  let t = instantOf(spec.timeZone, w.year, w.month, w.day, hour, minute);
  if (spec.everyWeeks) {
    const target = spec.weekDay ?? w.weekday;
    t += ((target - w.weekday + 7) % 7) * DAY;
    return t <= now ? t + 7 * DAY : t;
  }
  return t <= now ? t + DAY : t;
}

/** The next instant a recurring trigger comes due after running at `last`; null for a one-shot. */
export function nextDue(spec: ClockSpec, last: number): number | null {
  if (spec.once !== undefined) return null;
  if (spec.everyMinutes) return last + spec.everyMinutes * MINUTE;
  if (spec.everyHours) return last + spec.everyHours * HOUR;
  if (spec.everyWeeks) return last + spec.everyWeeks * 7 * DAY;
  if (spec.monthDay !== undefined) {
    const w = wallFields(last, spec.timeZone);
    return instantOf(spec.timeZone, w.year, w.month + 1, spec.monthDay, w.hour, w.minute);
  }
  return last + (spec.everyDays ?? 1) * DAY;
}

/** The shortest gap between two runs: an add-on may not recur more often than hourly. */
export function recurrenceMs(spec: ClockSpec): number | null {
  if (spec.once !== undefined) return null;
  if (spec.everyMinutes) return spec.everyMinutes * MINUTE;
  if (spec.everyHours) return spec.everyHours * HOUR;
  return DAY;
}
