/**
 * Utilities.parseDate: the inverse of formatDate, as lenient as Java's SimpleDateFormat.parse
 * (text after the pattern is ignored; a missing field is the epoch's). Unparseable text throws.
 */
import { Exception } from '../errors';
import { DAYS, MONTHS, Token, tokenize } from './date-pattern';
import { instantOf, zoneOrGmt } from '../zone';

const NUMERIC = 'yYMLdDuHkKhmsSF';

export function parseDate(text: string, zone: string, pattern: string): number {
  const tokens = tokenize(pattern);
  const v = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0, S: 0, pm: null as boolean | null, h: null as number | null, offset: null as number | null };
  let i = 0;
  const fail = () => new Exception(`Unparseable date: "${text}"`);
  tokens.forEach((t, k) => {
    if ('literal' in t) {
      if (!text.startsWith(t.literal, i)) throw fail();
      i += t.literal.length;
      return;
    }
    const next: Token | undefined = tokens[k + 1];
    const fixedWidth = next !== undefined && 'field' in next && NUMERIC.includes(next.field);
    if (NUMERIC.includes(t.field) && !(t.field === 'M' && t.count >= 3)) {
      const m = (fixedWidth ? new RegExp(`^[+-]?\\d{1,${t.count}}`) : /^[+-]?\d+/).exec(text.slice(i));
      if (!m) throw fail();
      i += m[0].length;
      const n = Number(m[0]);
      if ('yY'.includes(t.field)) v.y = t.count <= 2 && m[0].length === 2 ? 2000 + n : n;
      else if ('ML'.includes(t.field)) v.M = n;
      else if (t.field === 'd') v.d = n;
      else if (t.field === 'H' || t.field === 'k') v.H = t.field === 'k' && n === 24 ? 0 : n;
      else if (t.field === 'h' || t.field === 'K') v.h = n % 12;
      else if (t.field === 'm') v.m = n;
      else if (t.field === 's') v.s = n;
      else if (t.field === 'S') v.S = n;
      return;
    }
    const rest = text.slice(i).toLowerCase();
    const match = (names: string[]) => {
      // the longest name first, so "June" is not read as "Jun" + "e"
      const cands = names.flatMap((name, idx) => [[name, idx], [name.slice(0, 3), idx]] as [string, number][]).sort((a, b) => b[0].length - a[0].length);
      const hit = cands.find(([name]) => rest.startsWith(name.toLowerCase()));
      if (!hit) throw fail();
      i += hit[0].length;
      return hit[1];
    };
    if (t.field === 'M' || t.field === 'L') v.M = match(MONTHS) + 1;
    else if (t.field === 'E') match(DAYS);
    else if (t.field === 'a') v.pm = match(['AM', 'PM']) === 1;
    else if ('zZX'.includes(t.field)) {
      const m = /^(?:Z|(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})?)/i.exec(text.slice(i));
      if (!m) throw fail();
      i += m[0].length;
      v.offset = m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
    } else throw fail();
  });
  const hour = v.h !== null ? v.h + (v.pm ? 12 : 0) : v.H + (v.pm && v.H < 12 ? 12 : 0);
  if (v.offset !== null) return Date.UTC(v.y, v.M - 1, v.d, hour, v.m, v.s, v.S) - v.offset * 60000;
  return instantOf(zoneOrGmt(zone), v.y, v.M, v.d, hour, v.m, v.s, v.S);
}
