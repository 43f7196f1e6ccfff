/**
 * What a written value becomes in a cell. setValue(s) act as USER_ENTERED, "parsed exactly as if it
 * were entered into the Google Sheets UI" (Sheets API guide, ValueInputOption), by the spreadsheet's
 * locale: "=1+2" is a formula, "0812" the number 812, "TRUE" a boolean, "Mar 1 2016" a date, and
 * "formats may also be inferred, so "$100.15" becomes a number with currency formatting" (all
 * documented). A cell formatted as plain text "@", or a leading apostrophe, keeps the text.
 * VERIFY (assumed, not seen on Google): the locale's separators in typed numbers (id_ID "1.500" is
 * 1500, "1,5" is 1.5), which currency symbol each locale takes ($ in en_US, Rp in id_ID), the
 * formats inferred (see typedFormat) and that they apply only to a cell with no format of its own.
 */
import { Exception } from '../errors';
import { Cell } from './state';
import { dateToSerial } from './dates';
import { parseDate } from './typed-date';

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
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  const n = parseNumber(t, ctx.locale);
  if (n !== null) return n.value;
  const d = parseDate(t, ctx.locale);
  if (d !== null) return { d };
  return text;
}

/** Locales that write 1.234,5 (Indonesian and most of Europe); en_US writes 1,234.5. */
export function usesCommaDecimal(locale: string): boolean {
  return /^(id|in|de|nl|es|it|pt|fr|tr|da|ru)(_|$)/i.test(locale);
}

/** The locale's currency symbol and the format a typed amount in it gets (VERIFY both). */
function currencyOf(locale: string): { symbol: string; format: string } {
  return /^(id|in)(_|$)/i.test(locale) ? { symbol: 'Rp', format: '"Rp"#,##0.00' } : { symbol: '$', format: '"$"#,##0.00' };
}

const esc = (s: string) => s.replace(/[.$]/g, '\\$&');
const numberPatterns = new Map<string, RegExp>();

/** Sign, currency symbol, grouped digits, decimals, exponent, trailing percent. */
function numberPattern(locale: string): RegExp {
  let re = numberPatterns.get(locale);
  if (!re) {
    const group = usesCommaDecimal(locale) ? '.' : ',', decimal = usesCommaDecimal(locale) ? ',' : '.';
    const cur = esc(currencyOf(locale).symbol);
    re = new RegExp(`^([+-]?)(${cur} ?)?((?:\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)(?:${esc(decimal)}(\\d*))?|${esc(decimal)}(\\d+))(?:[eE]([+-]?\\d+))?(%?)$`, 'i');
    numberPatterns.set(locale, re);
  }
  return re;
}

export interface TypedNumber { value: number; format: string | null }

/** A typed number and the format Sheets infers from how it was written (null: none). */
export function parseNumber(t: string, locale: string): TypedNumber | null {
  const m = numberPattern(locale).exec(t);
  if (!m || (m[2] && m[7])) return null;
  const [group, decimal] = usesCommaDecimal(locale) ? ['.', ','] : [',', '.'];
  const plain = m[3].split(group).join('').replace(decimal, '.');
  let n = Number(`${m[1]}${plain}${m[6] ? `e${m[6]}` : ''}`);
  if (!isFinite(n)) return null;
  if (m[7]) n = n / 100;
  // Sheets keeps 15 significant digits: a typed 16-digit NIK loses its last digit.
  const value = Number(n.toPrecision(15));
  const decimals = Boolean(m[4] || m[5]);
  const format = m[2] ? currencyOf(locale).format
    : m[7] ? (decimals ? '0.00%' : '0%')
    : m[3].includes(group) ? (decimals ? '#,##0.00' : '#,##0')
    : null;
  return { value, format };
}

/** The number format a string typed into a general cell brings with it ("50%" -> "0%"), or null. */
export function typedFormat(text: string, locale: string): string | null {
  return parseNumber(text.trim(), locale)?.format ?? null;
}
