/** Utilities.formatString (Java's String.format, the common conversions) and Utilities.parseCsv. */
import { Exception } from '../errors';

const SPEC = /%(\d+\$)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([sSdfxXeobBc%n])/g;

export function formatString(template: string, args: readonly unknown[]): string {
  let next = 0;
  return template.replace(SPEC, (_all, pos: string | undefined, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    if (conv === 'n') return '\n';
    const index = pos ? Number(pos.slice(0, -1)) - 1 : next++;
    if (index >= args.length) throw new Exception(`Format specifier '%${conv}'`);
    const arg = args[index];
    let s: string;
    switch (conv) {
      case 'd': {
        if (typeof arg !== 'number' || !Number.isInteger(arg)) throw new Exception(`d != ${javaType(arg)}`);
        s = flags.includes(',') ? groupThousands(String(Math.abs(arg))) : String(Math.abs(arg));
        s = sign(arg < 0, flags) + s;
        break;
      }
      case 'f':
      case 'e': {
        if (typeof arg !== 'number') throw new Exception(`${conv} != ${javaType(arg)}`);
        const p = prec === undefined ? 6 : Number(prec);
        const body = conv === 'f' ? Math.abs(arg).toFixed(p) : Math.abs(arg).toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2');
        const [int, frac] = body.split('.');
        s = sign(arg < 0, flags) + (flags.includes(',') ? groupThousands(int) : int) + (frac !== undefined ? `.${frac}` : '');
        break;
      }
      case 'x':
      case 'X':
      case 'o':
        s = Math.trunc(Number(arg)).toString(conv === 'o' ? 8 : 16);
        if (conv === 'X') s = s.toUpperCase();
        break;
      case 'b':
      case 'B':
        s = String(arg !== null && arg !== undefined && arg !== false);
        break;
      case 'c':
        s = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0);
        break;
      default:
        s = arg === null || arg === undefined ? 'null' : String(arg);
        if (prec !== undefined) s = s.slice(0, Number(prec));
        if (conv === 'S') s = s.toUpperCase();
    }
    const w = width ? Number(width) : 0;
    if (s.length >= w) return s;
    if (flags.includes('-')) return s.padEnd(w);
    if (flags.includes('0') && 'dfe'.includes(conv)) {
      const signed = /^[+ -]/.test(s);
      return (signed ? s[0] : '') + s.slice(signed ? 1 : 0).padStart(w - (signed ? 1 : 0), '0');
    }
    return s.padStart(w);
  });
}

function sign(negative: boolean, flags: string): string {
  if (negative) return '-';
  return flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function javaType(v: unknown): string {
  return typeof v === 'number' ? 'java.lang.Double' : typeof v === 'string' ? 'java.lang.String' : 'java.lang.Object';
}

/** RFC 4180 fields: quoted fields may hold the delimiter, newlines and doubled quotes. */
export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
