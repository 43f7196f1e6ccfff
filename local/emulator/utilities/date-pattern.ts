/** Java SimpleDateFormat patterns split into fields ('yyyy') and literals ('-', 'quoted text'). */
import { Exception } from '../errors';

export type Token = { field: string; count: number } | { literal: string };

const FIELDS = 'GyYMLdDEuaHkKhmsSzZXwWF';

export function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      // '' is a quote; 'text' is literal text, with '' inside standing for a quote
      if (pattern[i + 1] === "'") {
        out.push({ literal: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          break;
        }
        text += pattern[i++];
      }
      if (i >= pattern.length) throw new Exception(`Unterminated quote`);
      i++;
      out.push({ literal: text });
    } else if (/[a-zA-Z]/.test(c)) {
      if (!FIELDS.includes(c)) throw new Exception(`Illegal pattern character '${c}'`);
      let n = 1;
      while (pattern[i + n] === c) n++;
      out.push({ field: c, count: n });
      i += n;
    } else {
      out.push({ literal: c });
      i++;
    }
  }
  return out;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
