/** Event start/end: { dateTime, timeZone? } or { date }, as instants for checks and queries. */
import type { Runtime } from '../runtime';
import { instantOf, zoneOrGmt } from '../zone';
import { calendarError, Json } from './state';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant an EventDateTime stands for; a plain date is midnight in the calendar's zone. */
export function instant(rt: Runtime, method: string, which: 'start' | 'end', t: Json | undefined): number {
  if (!t || (t.dateTime === undefined && t.date === undefined)) throw calendarError(method, `Missing ${which} time.`);
  if (t.date !== undefined) {
    const m = DATE.exec(String(t.date));
    if (!m) throw calendarError(method, `Invalid ${which} time.`);
    return instantOf(zoneOrGmt(rt.state.timeZone), +m[1], +m[2], +m[3]);
  }
  const text = String(t.dateTime);
  const local = LOCAL.exec(text);
  if (local) {
    // No offset in the text: the timeZone field says where this wall-clock time is.
    if (!t.timeZone) throw calendarError(method, `Missing time zone definition for ${which} time.`);
    return instantOf(zoneOrGmt(String(t.timeZone)), +local[1], +local[2], +local[3], +local[4], +local[5], +(local[6] ?? 0), 0);
  }
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw calendarError(method, `Invalid ${which} time.`);
  return ms;
}

/** Start before (or at) end, both dates or both dateTimes. */
export function checkTimes(rt: Runtime, method: string, e: Json): void {
  const s = instant(rt, method, 'start', e.start);
  const en = instant(rt, method, 'end', e.end);
  if ((e.start.date === undefined) !== (e.end.date === undefined)) throw calendarError(method, 'Start and end times must either both be date or both be dateTime.');
  if (en < s) throw calendarError(method, 'The specified time range is empty.');
}

export function startOf(rt: Runtime, e: Json): number {
  return instant(rt, 'events.list', 'start', e.start);
}

export function endOf(rt: Runtime, e: Json): number {
  return instant(rt, 'events.list', 'end', e.end);
}
