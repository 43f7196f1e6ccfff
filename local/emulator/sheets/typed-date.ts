/**
 * Dates typed into a cell (USER_ENTERED): ISO "2016-03-01"; slashed in the locale's order (en_US
 * "3/1/2016" month first, id_ID "1/3/2016" day first); month names ("Mar 1 2016", "1 Maret 2016").
 * Documented: "Mar 1 2016" becomes a date in en_US (Sheets API guide, ValueInputOption).
 * VERIFY: the slashed orders, the names accepted (English in every locale, Indonesian in id_ID)
 * and that a typed date keeps the locale's default date format rather than one inferred from it.
 */
import { civilSerial, isValidCivil } from './dates';
import { NAMES, SHORT_ID_MONTHS } from './format-date';

const isUs = (locale: string) => /^en_US$|^en$/i.test(locale);
const isId = (locale: string) => /^(id|in)(_|$)/i.test(locale);

/** Month number (1-12) of a full or three-letter name ("Mar", "march", "Agu", "Desember"), else 0. */
function monthOf(word: string, locale: string): number {
  const w = word.replace(/\.$/, '').toLowerCase();
  const lists = [NAMES.en.months, ...(isId(locale) ? [NAMES.id.months, SHORT_ID_MONTHS] : [])];
  for (const list of lists) {
    const i = list.findIndex((m) => m.toLowerCase() === w || (w.length === 3 && m.slice(0, 3).toLowerCase() === w));
    if (i >= 0) return i + 1;
  }
  return 0;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](.*))?$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (.*))?$/;
const NAME_FIRST = /^([A-Za-z]{3,9}\.?) (\d{1,2}),? (\d{4})$/;
const DAY_FIRST = /^(\d{1,2}) ([A-Za-z]{3,9}\.?),? (\d{4})$/;

/** The serial of a typed date (and time), or null when the text is not one in this locale. */
export function parseDate(t: string, locale: string): number | null {
  let y: number, m: number, d: number, rest = '';
  let g: RegExpExecArray | null;
  if ((g = ISO.exec(t))) {
    [y, m, d, rest] = [Number(g[1]), Number(g[2]), Number(g[3]), g[4] ?? ''];
  } else if ((g = SLASH.exec(t))) {
    const [a, b] = [Number(g[1]), Number(g[2])];
    [m, d] = isUs(locale) ? [a, b] : [b, a];
    [y, rest] = [Number(g[3]), g[4] ?? ''];
  } else if ((g = NAME_FIRST.exec(t)) && isUs(locale)) {
    [m, d, y] = [monthOf(g[1], locale), Number(g[2]), Number(g[3])];
  } else if ((g = DAY_FIRST.exec(t))) {
    [d, m, y] = [Number(g[1]), monthOf(g[2], locale), Number(g[3])];
  } else {
    return null;
  }
  if (!m || !isValidCivil(y, m, d)) return null;
  if (!rest) return civilSerial(y, m, d);
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(rest);
  if (!time || Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59) return null;
  return civilSerial(y, m, d, Number(time[1]), Number(time[2]), Number(time[3] ?? 0));
}
