/**
 * Dates inside the domain are ISO calendar dates, 'YYYY-MM-DD', with no time and no zone: the
 * cooperative's time zone is applied at the Sheets/Calendar boundary only.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function parseIsoDate(s: IsoDate): { year: number; month: number; day: number } {
  if (!isIsoDate(s)) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${s}`);
  return { year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) };
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month, month 1..12. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * Adds whole months, keeping the day of month and clamping to the month's end:
 * addMonths('2026-01-31', 1) = '2026-02-28'. Pass `anchorDay` to keep a schedule on its original day
 * (the 31st) after a short month, instead of drifting to the 28th.
 */
export function addMonths(date: IsoDate, months: number, anchorDay?: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDate(y, m, Math.min(anchorDay ?? day, daysInMonth(y, m)));
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** b - a in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Whole months from a to b, counting a month only when its day is reached (clamped at month end). */
export function monthsBetween(a: IsoDate, b: IsoDate): number {
  const pa = parseIsoDate(a);
  const pb = parseIsoDate(b);
  let months = (pb.year - pa.year) * 12 + (pb.month - pa.month);
  if (months > 0 && addMonths(a, months) > b) months -= 1;
  if (months < 0 && addMonths(a, months) < b) months += 1;
  return months;
}

/** 'YYYY-MM' of a date: the month a posting or an obligation belongs to. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
