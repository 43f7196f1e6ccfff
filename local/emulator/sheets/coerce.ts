/**
 * What a written value becomes in a cell. setValue(s) act as USER_ENTERED: strings are parsed as
 * if a person typed them ("0812" -> 812, "TRUE" -> true, "5/1/2026" -> a date, "=..." -> a
 * formula), unless the cell is formatted as plain text "@" or the string starts with an apostrophe.
 */
import { Exception } from '../errors';
import { Cell } from './state';
import { civilSerial, dateToSerial, isValidCivil } from './dates';

export const MAX_CELL_CHARS = 50_000;

export interface CoerceContext { locale: string; timeZone: string }

export function coerceInput(value: unknown, plainText: boolean, ctx: CoerceContext): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isNaN(value.getTime()) ? null : { d: dateToSerial(value, ctx.timeZone) };
  const text = String(value);
  if (text.length > MAX_CELL_CHARS) {
    throw new Exception(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  }
  if (text === '') return null;
  if (plainText) return text;
  return parseTyped(text, ctx);
}

/** A string read as if typed into a cell of a general-format column. */
export function parseTyped(text: string, ctx: CoerceContext): Cell {
  if (text.startsWith("'")) return text.length > 1 ? text.slice(1) : null;
  if (text.startsWith('=') && text.length > 1) return { f: text };
  const t = text.trim();
  // Fast path for ordinary text: numbers and dates start with a digit, a sign or a decimal mark.
  if (!/^[0-9+\-.,tTfF]/.test(t)) return text;
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  const n = parseNumber(t, ctx.locale);
  if (n !== null) return n;
  const d = parseDate(t, ctx.locale);
  if (d !== null) return { d };
  return text;
}

function separators(locale: string): { group: string; decimal: string } {
  return usesCommaDecimal(locale) ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' };
}

/** Locales that write 1.234,5 (Indonesian and most of Europe); en_US writes 1,234.5. */
export function usesCommaDecimal(locale: string): boolean {
  return /^(id|in|de|nl|es|it|pt|fr|tr|da|ru)(_|$)/i.test(locale);
}

const esc = (s: string) => s.replace(/[.]/g, '\\.');

/** A typed number: sign, grouped digits, decimals, exponent, trailing percent. 15 significant digits. */
const numberPatterns = new Map<string, RegExp>();

function numberPattern(group: string, decimal: string): RegExp {
  const key = group + decimal;
  let re = numberPatterns.get(key);
  if (!re) {
    re = new RegExp(`^([+-]?)((?:\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)(?:${esc(decimal)}\\d*)?|${esc(decimal)}\\d+)(?:[eE]([+-]?\\d+))?(%?)$`);
    numberPatterns.set(key, re);
  }
  return re;
}

export function parseNumber(t: string, locale: string): number | null {
  const { group, decimal } = separators(locale);
  const m = numberPattern(group, decimal).exec(t);
  if (!m) return null;
  const plain = m[2].split(group).join('').replace(decimal, '.');
  let n = Number(`${m[1]}${plain}${m[3] ? `e${m[3]}` : ''}`);
  if (!isFinite(n)) return null;
  if (m[4]) n = n / 100;
  // Sheets keeps 15 significant digits: a typed 16-digit NIK loses its last digit.
  return Number(n.toPrecision(15));
}

/** ISO dates anywhere; slashed dates in the locale's order (en_US M/d/yyyy, id_ID d/M/yyyy). */
export function parseDate(t: string, locale: string): number | null {
  let y: number, m: number, d: number, rest: string;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](.*))?$/.exec(t);
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (.*))?$/.exec(t);
  if (iso) {
    [y, m, d, rest] = [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4] ?? ''];
  } else if (slash) {
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    [m, d] = locale.toLowerCase().startsWith('en_us') || locale === 'en' ? [a, b] : [b, a];
    [y, rest] = [Number(slash[3]), slash[4] ?? ''];
  } else {
    return null;
  }
  if (!isValidCivil(y, m, d)) return null;
  if (!rest) return civilSerial(y, m, d);
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(rest);
  if (!time || Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59) return null;
  return civilSerial(y, m, d, Number(time[1]), Number(time[2]), Number(time[3] ?? 0));
}

/** The value a formula shows: nothing is really computed, except a plain number literal like "=5". */
export function formulaValue(formula: string): number | string {
  const m = /^=\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*$/.exec(formula);
  return m ? Number(m[1]) : '#ERROR!';
}
