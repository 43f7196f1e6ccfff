/**
 * Number formats as Sheets renders them: "0", "0.00", "#,##0", "0%", "\"Rp\"#,##0",
 * "[$Rp-421] #,##0" and sections "pos;neg;zero". Separators follow the spreadsheet locale
 * (id_ID writes 1.234,5; en_US 1,234.5) while patterns are always written the en_US way.
 */
import { usesCommaDecimal } from './coerce';

interface Token { kind: 'lit' | 'num'; text: string }

/** Splits on ';' outside quotes and brackets. */
export function sections(pattern: string): string[] {
  const out: string[] = [];
  let cur = '', quote = false, bracket = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && !quote) { cur += ch + (pattern[++i] ?? ''); continue; }
    if (ch === '"') quote = !quote;
    else if (!quote && ch === '[') bracket = true;
    else if (!quote && ch === ']') bracket = false;
    if (ch === ';' && !quote && !bracket) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Literal text and the one numeric core of a section. */
function tokenize(section: string): Token[] {
  const out: Token[] = [];
  const lit = (t: string) => out.push({ kind: 'lit', text: t });
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      lit(section[++i] ?? '');
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      // [$Rp-421] is a currency symbol with a locale code; [Red] and the like only colour.
      if (inner.startsWith('$')) lit(inner.slice(1).split('-')[0]);
      i = end < 0 ? section.length : end;
    } else if (ch === '_') {
      lit(' ');
      i++;
    } else if (ch === '*') {
      i++;
    } else if ('0#?,.'.includes(ch)) {
      const last = out[out.length - 1];
      if (last?.kind === 'num') last.text += ch;
      else out.push({ kind: 'num', text: ch });
    } else {
      lit(ch);
    }
  }
  return out;
}

/** Rounds half away from zero at `places` decimals without binary surprises (1.005 -> 1.01). */
export function roundHalfUp(n: number, places: number): number {
  const r = Math.round(Number(`${Math.abs(n)}e${places}`));
  return Math.sign(n) * Number(`${r}e-${places}`);
}

function renderCore(abs: number, core: string, locale: string): string {
  const comma = usesCommaDecimal(locale);
  const [group, decimal] = comma ? ['.', ','] : [',', '.'];
  const dot = core.indexOf('.');
  const intPat = dot < 0 ? core : core.slice(0, dot);
  const decPat = dot < 0 ? '' : core.slice(dot + 1).replace(/,/g, '');
  const minDec = (decPat.match(/0/g) ?? []).length;
  const maxDec = (decPat.match(/[0#?]/g) ?? []).length;
  const minInt = (intPat.match(/0/g) ?? []).length;
  const fixed = roundHalfUp(abs, maxDec).toFixed(maxDec);
  let [intDigits, decDigits = ''] = fixed.split('.');
  while (decDigits.length > minDec && decDigits.endsWith('0')) decDigits = decDigits.slice(0, -1);
  if (intDigits === '0' && minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(minInt, '0');
  if (intPat.includes(',')) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return decDigits ? `${intDigits}${decimal}${decDigits}` : intDigits;
}

export function renderNumber(n: number, pattern: string, locale: string): string {
  const parts = sections(pattern);
  let section = parts[0];
  let sign = n < 0 ? '-' : '';
  if (n < 0 && parts.length > 1) [section, sign] = [parts[1], ''];
  else if (n === 0 && parts.length > 2) section = parts[2];
  const tokens = tokenize(section);
  const percent = tokens.some((t) => t.kind === 'lit' && t.text.includes('%'));
  const abs = Math.abs(n) * (percent ? 100 : 1);
  if (!tokens.some((t) => t.kind === 'num')) return sign + tokens.map((t) => t.text).join('');
  let out = '', done = false;
  for (const t of tokens) {
    if (t.kind === 'lit') out += t.text;
    else if (!done) { out += renderCore(abs, t.text, locale); done = true; }
  }
  // A negative number shows its minus before any currency symbol: -Rp5,000.
  return sign && Number(out.replace(/[^0-9]/g, '')) === 0 ? out : sign + out;
}

/** The general format: up to 15 significant digits, no grouping, the locale's decimal mark. */
export function renderGeneral(n: number, locale: string): string {
  let s = String(Number(n.toPrecision(15)));
  if (s.includes('e')) {
    const [m, e] = s.split('e');
    s = `${m}E${e.startsWith('-') ? e : `+${e.replace('+', '')}`}`;
  }
  return usesCommaDecimal(locale) ? s.replace('.', ',') : s;
}
