/**
 * Drive v3's search language (the `q` of files.list), parsed into a predicate over file records:
 *   name = 'x' | name != 'x' | name contains 'x' | fullText contains 'x'
 *   mimeType = '...' | mimeType != '...' | trashed = true|false | starred = false
 *   createdTime|modifiedTime (=, !=, <, <=, >, >=) 'RFC 3339'
 *   '<id>' in parents | '<email>'|'me' in owners
 *   appProperties has { key='k' and value='v' }  (properties has {...} likewise)
 * joined with and / or / not and parentheses. Anything else is Drive's "Invalid Value".
 */
import type { FileRecord } from '../runtime';
import { ROOT_ID } from './access';
import { driveError, INVALID_VALUE } from './errors';

export type Predicate = (f: FileRecord, me: string) => boolean;
type Tok = { t: 'str'; v: string } | { t: 'word'; v: string } | { t: 'op'; v: string };

function lex(q: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) i++;
    else if (c === "'" || c === '"') {
      let v = '';
      i++;
      while (i < q.length && q[i] !== c) {
        if (q[i] === '\\' && i + 1 < q.length) i++;
        v += q[i++];
      }
      if (i >= q.length) throw invalid();
      i++;
      out.push({ t: 'str', v });
    } else if ('(){}'.includes(c)) out.push({ t: 'op', v: q[i++] });
    else {
      const m = /^(!=|<=|>=|=|<|>)/.exec(q.slice(i)) ?? /^[A-Za-z_][\w.]*|^-?\d+(\.\d+)?/.exec(q.slice(i));
      if (!m) throw invalid();
      out.push({ t: /^[=!<>]/.test(m[0]) ? 'op' : 'word', v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

function invalid() {
  return driveError('list', INVALID_VALUE);
}

export function parseQuery(q: string): Predicate {
  const toks = lex(q);
  let i = 0;
  const peek = () => toks[i];
  const isWord = (w: string) => peek()?.t === 'word' && peek()!.v.toLowerCase() === w;
  const expect = (t: Tok['t'], v?: string): string => {
    const k = toks[i++];
    if (!k || k.t !== t || (v !== undefined && k.v !== v)) throw invalid();
    return k.v;
  };

  const orExpr = (): Predicate => {
    let left = andExpr();
    while (isWord('or')) {
      i++;
      const l = left;
      const r = andExpr();
      left = (f, me) => l(f, me) || r(f, me);
    }
    return left;
  };
  const andExpr = (): Predicate => {
    let left = unary();
    while (isWord('and')) {
      i++;
      const l = left;
      const r = unary();
      left = (f, me) => l(f, me) && r(f, me);
    }
    return left;
  };
  const unary = (): Predicate => {
    if (isWord('not')) {
      i++;
      const inner = unary();
      return (f, me) => !inner(f, me);
    }
    if (peek()?.t === 'op' && peek()!.v === '(') {
      i++;
      const inner = orExpr();
      expect('op', ')');
      return inner;
    }
    return term();
  };
  const term = (): Predicate => {
    const first = toks[i++];
    if (!first) throw invalid();
    if (first.t === 'str') {
      if (!isWord('in')) throw invalid();
      i++;
      return membership(first.v, expect('word'));
    }
    if (first.t !== 'word') throw invalid();
    if (isWord('has')) {
      i++;
      expect('op', '{');
      expect('word', 'key');
      expect('op', '=');
      const key = expect('str');
      if (!isWord('and')) throw invalid();
      i++;
      expect('word', 'value');
      expect('op', '=');
      const value = expect('str');
      expect('op', '}');
      if (first.v === 'appProperties') return (f) => f.appProperties?.[key] === value;
      if (first.v === 'properties') return () => false; // the registry keeps no public properties
      throw invalid();
    }
    const op = isWord('contains') ? (i++, 'contains') : expect('op');
    const k = toks[i++];
    if (!k || k.t === 'op') throw invalid();
    return comparison(first.v, op, k);
  };

  const pred = orExpr();
  if (i !== toks.length) throw invalid();
  return pred;
}

function membership(value: string, field: string): Predicate {
  if (field === 'parents') {
    const id = value === 'root' ? ROOT_ID : value;
    return (f) => (f.parents.length ? f.parents : [ROOT_ID]).includes(id);
  }
  if (field === 'owners') return (f, me) => f.owner === (value === 'me' ? me : value);
  if (field === 'writers' || field === 'readers') return (f, me) => f.owner === (value === 'me' ? me : value);
  throw invalid();
}

function comparison(field: string, op: string, tok: Tok): Predicate {
  const str = () => {
    if (tok.t !== 'str') throw invalid();
    return tok.v;
  };
  const bool = () => {
    if (tok.t !== 'word' || !['true', 'false'].includes(tok.v)) throw invalid();
    return tok.v === 'true';
  };
  const eq = (a: unknown, b: unknown) => {
    if (op === '=') return a === b;
    if (op === '!=') return a !== b;
    throw invalid();
  };
  switch (field) {
    case 'name': {
      const v = str();
      if (op === 'contains') return (f) => wordPrefix(f.name, v);
      eq('', ''); // validates the operator
      return (f) => eq(f.name, v);
    }
    case 'fullText': {
      if (op !== 'contains') throw invalid();
      const v = str().toLowerCase();
      return (f) => [f.name, f.description ?? '', f.content ? Buffer.from(f.content, 'base64').toString('utf8') : ''].some((s) => s.toLowerCase().includes(v));
    }
    case 'mimeType': {
      const v = str();
      eq('', '');
      return (f) => eq(f.mimeType, v);
    }
    case 'trashed': {
      const v = bool();
      eq(true, true);
      return (f) => eq(f.trashed, v);
    }
    case 'starred': {
      const v = bool();
      eq(true, true);
      return () => eq(false, v);
    }
    case 'createdTime':
    case 'modifiedTime': {
      const t = Date.parse(str());
      if (Number.isNaN(t)) throw invalid();
      const cmp: Record<string, (a: number) => boolean> = { '=': (a) => a === t, '!=': (a) => a !== t, '<': (a) => a < t, '<=': (a) => a <= t, '>': (a) => a > t, '>=': (a) => a >= t };
      const test = cmp[op];
      if (!test) throw invalid();
      return (f) => test(field === 'createdTime' ? f.createdTime : f.modifiedTime);
    }
    default:
      throw invalid();
  }
}

/**
 * `name contains` matches from the start of a word only (Drive's documented prefix matching:
 * "HelloWorld" is found by 'Hello' but not by 'World'), ignoring case.
 */
function wordPrefix(name: string, v: string): boolean {
  const n = name.toLowerCase();
  const x = v.toLowerCase();
  for (let i = 0; i < n.length; i++) {
    if ((i === 0 || !/[\p{L}\p{N}]/u.test(n[i - 1])) && n.startsWith(x, i)) return true;
  }
  return false;
}
