/**
 * Date formats as Sheets renders them ("yyyy-mm-dd", "dd/mm/yyyy", "d mmmm yyyy",
 * "dd/mm/yyyy hh:mm:ss"), month and day names in the spreadsheet locale (id_ID: "Mei", "Senin").
 * Tokens are case-insensitive; "m" means minutes after an hour or before seconds.
 */
import { serialFields } from './dates';

export const NAMES: Record<string, { months: string[]; days: string[] }> = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
  id: {
    months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
    days: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  },
};
export const SHORT_ID_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

function names(locale: string) {
  return /^(id|in)(_|$)/i.test(locale) ? NAMES.id : NAMES.en;
}

const TOKEN = /^(yyyy|yy|y|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p)/i;

/** True when a pattern (outside quotes and brackets) holds date or time parts. */
export function isDatePattern(pattern: string): boolean {
  const bare = pattern.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ydhs]|m/i.test(bare) && !/[0#]/.test(bare.replace(/\.0+/g, ''));
}

interface Tok { t: string; lit?: boolean }

function tokenize(pattern: string): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      out.push({ t: pattern.slice(i + 1, end < 0 ? undefined : end), lit: true });
      i = end < 0 ? pattern.length : end + 1;
    } else if (ch === '\\') {
      out.push({ t: pattern[i + 1] ?? '', lit: true });
      i += 2;
    } else if (ch === '[') {
      i = pattern.indexOf(']', i) < 0 ? pattern.length : pattern.indexOf(']', i) + 1;
    } else {
      const m = TOKEN.exec(pattern.slice(i));
      out.push(m ? { t: m[1].toLowerCase() } : { t: ch, lit: true });
      i += m ? m[1].length : 1;
    }
  }
  return out;
}

export function renderDate(serial: number, pattern: string, locale: string): string {
  const f = serialFields(serial);
  const toks = tokenize(pattern);
  const twelve = toks.some((x) => !x.lit && (x.t === 'am/pm' || x.t === 'a/p'));
  const n = names(locale);
  const pad = (v: number) => String(v).padStart(2, '0');
  const isMinute = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (!toks[j].lit) return toks[j].t.startsWith('h');
    for (let j = i + 1; j < toks.length; j++) if (!toks[j].lit) return toks[j].t.startsWith('s');
    return false;
  };
  const hour = twelve ? ((f.h + 11) % 12) + 1 : f.h;
  return toks.map((x, i) => {
    if (x.lit) return x.t;
    switch (x.t) {
      case 'yyyy': case 'y': return String(f.y);
      case 'yy': return pad(f.y % 100);
      case 'mmmmm': return n.months[f.m - 1][0];
      case 'mmmm': return n.months[f.m - 1];
      case 'mmm': return n === NAMES.id ? SHORT_ID_MONTHS[f.m - 1] : n.months[f.m - 1].slice(0, 3);
      case 'mm': return isMinute(i) ? pad(f.min) : pad(f.m);
      case 'm': return isMinute(i) ? String(f.min) : String(f.m);
      case 'dddd': return n.days[f.weekday];
      case 'ddd': return n.days[f.weekday].slice(0, 3);
      case 'dd': return pad(f.d);
      case 'd': return String(f.d);
      case 'hh': return pad(hour);
      case 'h': return String(hour);
      case 'ss': return pad(f.s);
      case 's': return String(f.s);
      case 'am/pm': return f.h < 12 ? 'AM' : 'PM';
      default: return f.h < 12 ? 'A' : 'P';
    }
  }).join('');
}

/** How a date shows under the general format: en_US M/d/yyyy, id_ID dd/MM/yyyy, time if any. */
export function defaultDatePattern(serial: number, locale: string): string {
  const date = /^en_US$|^en$/i.test(locale) ? 'M/d/yyyy' : 'dd/MM/yyyy';
  return serial % 1 === 0 ? date : `${date} H:mm:ss`;
}
