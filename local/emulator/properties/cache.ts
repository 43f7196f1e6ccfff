/**
 * CacheService: document, script and user caches whose entries expire by the emulated clock. Google
 * may evict any entry at any time, so code must treat a cache read as a hint: evictCache() lets a
 * test make every read miss.
 */
import { Exception, KIND, Runtime } from '../runtime';
import { documentId } from '../context';
import type { Provides } from '../provides';

const DEFAULT_SECONDS = 600;
const MAX_SECONDS = 21600; // 6 hours; longer expiries are clamped silently (gas-fakes fakestores.js)
const KEY_LIMIT = 250; // characters
const VALUE_LIMIT = 100 * 1024; // bytes

interface Entry {
  value: string;
  /** Emulated ms since epoch after which the entry is gone. */
  expires: number;
}
type Bucket = Record<string, Entry>;
interface CacheState {
  document: Record<string, Bucket>;
  script: Bucket;
  user: Record<string, Bucket>;
}

function state(rt: Runtime): CacheState {
  return rt.service<CacheState>('cache', () => ({ document: {}, script: {}, user: {} }));
}

/**
 * Unverified texts: "Argument too large: key" / "Argument too large: value" were seen in user
 * reports [W] but not checked against a live deployment.
 */
function checkSize(key: string, value?: string): void {
  if (key.length > KEY_LIMIT) throw new Exception('Argument too large: key');
  if (value !== undefined && Buffer.byteLength(value, 'utf8') > VALUE_LIMIT) throw new Exception('Argument too large: value');
}

type Locate = (s: CacheState) => Bucket;

class Cache implements Provides<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {
  readonly [KIND] = 'CacheService.Cache';
  constructor(private readonly _rt: Runtime, private readonly _locate: Locate) {}

  _bucket(): Bucket {
    return this._locate(state(this._rt));
  }

  _read(key: string): string | null {
    const bucket = this._bucket();
    const entry = bucket[key];
    if (!entry) return null;
    if (this._rt.now() >= entry.expires) {
      delete bucket[key];
      return null;
    }
    return entry.value;
  }

  _write(key: string, value: string, seconds: number): void {
    const s = Math.min(seconds, MAX_SECONDS);
    this._bucket()[key] = { value, expires: this._rt.now() + s * 1000 };
  }

  get(key: string): string | null {
    return this._read(String(key));
  }

  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const k of keys) {
      const v = this._read(String(k));
      if (v !== null) found[String(k)] = v;
    }
    return found;
  }

  put(key: string, value: string, expirationInSeconds: number = DEFAULT_SECONDS): void {
    checkSize(String(key), String(value));
    this._write(String(key), String(value), expirationInSeconds);
  }

  /** All or nothing: a too-large entry refuses the whole batch before anything is stored. */
  putAll(values: Record<string, unknown>, expirationInSeconds: number = DEFAULT_SECONDS): void {
    const entries = Object.entries(values).map(([k, v]) => [k, String(v)] as const);
    for (const [k, v] of entries) checkSize(k, v);
    for (const [k, v] of entries) this._write(k, v, expirationInSeconds);
  }

  remove(key: string): void {
    delete this._bucket()[String(key)];
  }

  removeAll(keys: string[]): void {
    const bucket = this._bucket();
    for (const k of keys) delete bucket[String(k)];
  }
}

export class CacheService implements Provides<GoogleAppsScript.Cache.CacheService, 'getDocumentCache' | 'getScriptCache' | 'getUserCache'> {
  readonly [KIND] = 'CacheService';
  constructor(private readonly _rt: Runtime) {}

  /** Null outside a document: clock triggers, the Drive and Calendar add-ons (context.ts). */
  getDocumentCache(): Cache | null {
    const id = documentId(this._rt);
    if (id === null) return null;
    return new Cache(this._rt, (s) => (s.document[id] ??= {}));
  }

  getScriptCache(): Cache {
    return new Cache(this._rt, (s) => s.script);
  }

  getUserCache(): Cache {
    const user = this._rt.state.user;
    return new Cache(this._rt, (s) => (s.user[user] ??= {}));
  }
}

/** Google may drop cached entries at any time: this drops them all, so every read returns null. */
export function evictCache(rt: Runtime): void {
  const s = state(rt);
  s.document = {};
  s.script = {};
  s.user = {};
}
