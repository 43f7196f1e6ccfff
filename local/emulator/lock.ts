/**
 * LockService: document, script and user locks. Lock state belongs to executions, not to the saved
 * workspace: what the current execution holds is released when it ends (as Apps Script does), and a
 * test makes "another execution" hold a lock with holdByOther (ws.faults.holdLock).
 */
import { Exception, KIND, Runtime } from './runtime';
import { documentId } from './context';
import type { Provides } from './provides';

const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

type LockKey = string; // 'document', 'script' or 'user:<email>'

interface LockTable {
  /** Locks the current execution holds (re-entrant: holding twice is holding once). */
  mine: Set<LockKey>;
  /** Locks another execution holds until a test releases them. */
  others: Set<LockKey>;
}

const tables = new WeakMap<Runtime, LockTable>();

function table(rt: Runtime): LockTable {
  let t = tables.get(rt);
  if (!t) {
    t = { mine: new Set(), others: new Set() };
    tables.set(rt, t);
    const held = t;
    rt.onExecutionEnd.push(() => held.mine.clear());
  }
  return t;
}

class Lock implements Provides<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'> {
  readonly [KIND] = 'LockService.Lock';
  constructor(private readonly _rt: Runtime, private readonly _key: LockKey) {}

  tryLock(timeoutInMillis: number): boolean {
    return this._acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this._acquire(timeoutInMillis)) throw new Exception(TIMEOUT);
  }

  hasLock(): boolean {
    return table(this._rt).mine.has(this._key);
  }

  releaseLock(): void {
    table(this._rt).mine.delete(this._key);
  }

  /** Live Apps Script refuses a negative timeout even on a free lock (gas-fakes test/testlock.js). */
  _acquire(timeout: number): boolean {
    const t = table(this._rt);
    if (!(timeout >= 0)) return false;
    if (t.mine.has(this._key)) return true;
    if (t.others.has(this._key)) {
      // The other execution keeps it for the whole wait: the caller loses the time it waited.
      this._rt.state.clock += timeout;
      return false;
    }
    t.mine.add(this._key);
    return true;
  }
}

class LockService implements Provides<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  readonly [KIND] = 'LockService';
  constructor(private readonly _rt: Runtime) {}

  /** Null outside a document: clock triggers, the Drive and Calendar add-ons (context.ts). */
  getDocumentLock(): Lock | null {
    return documentId(this._rt) === null ? null : new Lock(this._rt, 'document');
  }

  getScriptLock(): Lock {
    return new Lock(this._rt, 'script');
  }

  getUserLock(): Lock {
    return new Lock(this._rt, `user:${this._rt.state.user}`);
  }
}

export function install(rt: Runtime): Record<string, unknown> {
  table(rt);
  return { LockService: rt.expose(new LockService(rt)) };
}

/** Makes another execution take (held) or give back (!held) the document or script lock. */
export function holdByOther(rt: Runtime, kind: 'document' | 'script', held: boolean): void {
  const t = table(rt);
  if (held) t.others.add(kind);
  else t.others.delete(kind);
}
