/** files.list: filter by q, sort by orderBy, page with pageSize and an opaque nextPageToken. */
import { NotImplemented } from '../errors';
import type { FileRecord, Runtime } from '../runtime';
import { FOLDER, visible } from './access';
import { driveError, INVALID_VALUE } from './errors';
import { parseQuery } from './query';
import { fileResource } from './resource';

export interface ListOptions {
  q?: string;
  fields?: string;
  pageSize?: number;
  pageToken?: string;
  orderBy?: string;
  [other: string]: unknown;
}

const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;

type Compare = (a: FileRecord, b: FileRecord) => number;
const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const KEYS: Record<string, Compare> = {
  createdTime: (a, b) => a.createdTime - b.createdTime,
  modifiedTime: (a, b) => a.modifiedTime - b.modifiedTime,
  recency: (a, b) => a.modifiedTime - b.modifiedTime,
  name: (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  name_natural: (a, b) => natural.compare(a.name, b.name),
  folder: (a, b) => Number(b.mimeType === FOLDER) - Number(a.mimeType === FOLDER),
  starred: () => 0,
};
const NOT_EMULATED = new Set(['quotaBytesUsed', 'sharedWithMeTime', 'viewedByMeTime', 'modifiedByMeTime']);

function sorter(orderBy: string): Compare {
  const parts = orderBy.split(',').map((p) => p.trim()).filter((p) => p).map((p) => {
    const [key, dir, extra] = p.split(/\s+/);
    if (NOT_EMULATED.has(key)) throw new NotImplemented(`Drive.Files.list orderBy ${key}`);
    const cmp = KEYS[key];
    if (!cmp || extra !== undefined || (dir !== undefined && dir !== 'desc' && dir !== 'asc')) throw driveError('list', INVALID_VALUE);
    return dir === 'desc' ? (a: FileRecord, b: FileRecord) => -cmp(a, b) : cmp;
  });
  return (a, b) => {
    for (const cmp of parts) {
      const c = cmp(a, b);
      if (c) return c;
    }
    return 0;
  };
}

/** Page tokens carry the offset and the query they belong to. */
function readToken(token: string, q: string): number {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (t.q === q && Number.isInteger(t.o) && t.o >= 0) return t.o;
  } catch {
    // falls through to the error
  }
  throw driveError('list', INVALID_VALUE);
}

export function listFiles(rt: Runtime, o: ListOptions): Record<string, unknown> {
  const q = o.q ?? '';
  const pred = q.trim() ? parseQuery(q) : () => true;
  const me = rt.state.user;
  // Trashed files are listed too unless the query says trashed = false (a classic surprise).
  let files = Object.values(rt.state.files).filter((f) => visible(rt, f) && pred(f, me));
  if (o.orderBy) files = [...files].sort(sorter(o.orderBy));
  const size = o.pageSize === undefined ? DEFAULT_PAGE : Math.min(Math.max(1, Math.floor(Number(o.pageSize))), MAX_PAGE);
  if (!Number.isFinite(size)) throw driveError('list', INVALID_VALUE);
  const start = o.pageToken ? readToken(o.pageToken, q) : 0;
  const page = files.slice(start, start + size);
  const out: Record<string, unknown> = { kind: 'drive#fileList', incompleteSearch: false, files: page.map((f) => fileResource(f, me)) };
  if (start + size < files.length) out.nextPageToken = Buffer.from(JSON.stringify({ o: start + size, q })).toString('base64url');
  return out;
}
