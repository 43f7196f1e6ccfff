/**
 * Date serials: Sheets stores a date as days since 1899-12-30 on the wall clock of the
 * spreadsheet's time zone (Asia/Jakarta is UTC+7, no DST); ../zone does the zone arithmetic.
 */
import { wallInstant, zoneOffset } from '../zone';

const DAY = 86_400_000;
/** Days from 1899-12-30 to 1970-01-01. */
const EPOCH_SERIAL = 25569;

export function dateToSerial(date: Date, tz: string): number {
  const ms = date.getTime();
  return (ms + zoneOffset(tz, ms)) / DAY + EPOCH_SERIAL;
}

export function serialToDate(serial: number, tz: string): Date {
  return new Date(wallInstant(tz, Math.round((serial - EPOCH_SERIAL) * DAY)));
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
