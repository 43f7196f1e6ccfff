/**
 * PropertiesService: document, script and user key-value stores, kept as plain JSON under the
 * 'properties' service state so that save() keeps them. Values are stored as strings, as Google does.
 */
import { Exception, KIND, Runtime } from '../runtime';
import { documentId } from '../context';
import type { Provides } from '../provides';

const QUOTA = 'You have exceeded the property storage quota. Please remove some properties and try again.';
/** Google's documented limits: 9 KB per value, 500 KB per store. */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

type Store = Record<string, string>;
interface PropertiesState {
  document: Record<string, Store>; // by spreadsheet id
  script: Store;
  user: Record<string, Store>; // by email
}

function state(rt: Runtime): PropertiesState {
  return rt.service<PropertiesState>('properties', () => ({ document: {}, script: {}, user: {} }));
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Throws Google's quota error when a value or the whole store is over its limit. */
function checkQuota(store: Store): void {
  let total = 0;
  for (const [k, v] of Object.entries(store)) {
    if (bytes(v) > VALUE_LIMIT) throw new Exception(QUOTA);
    total += bytes(k) + bytes(v);
  }
  if (total > STORE_LIMIT) throw new Exception(QUOTA);
}

/** Finds its store through the state on every call, so a reloaded workspace sees the saved data. */
type Locate = (s: PropertiesState) => Store;

class Properties implements Provides<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties' | 'setProperties' | 'getKeys' | 'deleteAllProperties'> {
  readonly [KIND] = 'PropertiesService.Properties';
  constructor(private readonly _rt: Runtime, private readonly _locate: Locate) {}

  _store(): Store {
    return this._locate(state(this._rt));
  }

  /** Writes a changed copy only when it fits, so a refused write changes nothing. */
  _commit(next: Store): void {
    checkQuota(next);
    const store = this._store();
    for (const k of Object.keys(store)) delete store[k];
    Object.assign(store, next);
  }

  getProperty(key: string): string | null {
    const store = this._store();
    return Object.prototype.hasOwnProperty.call(store, String(key)) ? store[String(key)] : null;
  }

  setProperty(key: string, value: string): Properties {
    this._commit({ ...this._store(), [String(key)]: String(value) });
    return this;
  }

  deleteProperty(key: string): Properties {
    delete this._store()[String(key)];
    return this;
  }

  getProperties(): Record<string, string> {
    return { ...this._store() };
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): Properties {
    const next: Store = deleteAllOthers ? {} : { ...this._store() };
    for (const [k, v] of Object.entries(properties)) next[k] = String(v);
    this._commit(next);
    return this;
  }

  getKeys(): string[] {
    return Object.keys(this._store());
  }

  deleteAllProperties(): Properties {
    this._commit({});
    return this;
  }
}

export class PropertiesService implements Provides<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'> {
  readonly [KIND] = 'PropertiesService';
  constructor(private readonly _rt: Runtime) {}

  /** Null outside a document: clock triggers, the Drive and Calendar add-ons (context.ts). */
  getDocumentProperties(): Properties | null {
    const id = documentId(this._rt);
    if (id === null) return null;
    return new Properties(this._rt, (s) => (s.document[id] ??= {}));
  }

  getScriptProperties(): Properties {
    return new Properties(this._rt, (s) => s.script);
  }

  /** The store of whoever is the active user when the object is made. */
  getUserProperties(): Properties {
    const user = this._rt.state.user;
    return new Properties(this._rt, (s) => (s.user[user] ??= {}));
  }
}
