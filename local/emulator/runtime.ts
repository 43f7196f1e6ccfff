/**
 * The emulator's engine room: the clock, the active user, the manifest's scopes, the call counter,
 * fault injection and the persistent state every service keeps. Services are plain classes; what a
 * script receives is wrapped by `expose`, which counts each call, checks its OAuth scope, injects
 * faults, and throws "not implemented" for any member the emulator lacks.
 */
import { Exception, NotImplemented } from './errors';
import { requiredScopes, scopeError } from './scopes';

export { Exception, GoogleJsonResponseException, NotImplemented } from './errors';

/** Marks a class whose instances are handed to scripts, with its Apps Script class name. */
export const KIND = Symbol('emulator.kind');

export interface Fault {
  /** Fail the call whose running number (since the fault was set) is `at`, or every matching call. */
  readonly at?: number;
  /** Only calls whose key starts with this, e.g. 'SpreadsheetApp.Range.setValues' or 'MailApp.'. */
  readonly key?: string;
  readonly message: string;
  /** Keep failing after the first hit (a quota stays exhausted). */
  readonly sticky?: boolean;
  seen: number;
}

/** A record in the shared Drive file registry: spreadsheets, forms, folders, documents, blobs. */
export interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** Emulated ms since epoch. */
  createdTime: number;
  modifiedTime: number;
  owner: string;
  trashed: boolean;
  /**
   * The users for whom drive.file reaches it: who made it with the add-on, or granted it to the
   * add-on (drive.file is granted per user, DESIGN.md).
   */
  grantedTo: string[];
  /** Base64 content for binary files and exports. */
  content?: string;
  description?: string;
  appProperties?: Record<string, string>;
}

/** Everything that `save()` writes: plain JSON data only. */
export interface State {
  clock: number;
  user: string;
  timeZone: string;
  locale: string;
  /** The owner's locale (createWorkspace's `locale`): new spreadsheets take it. Absent in old saves. */
  ownerLocale?: string;
  nextId: number;
  files: Record<string, FileRecord>;
  activeSpreadsheetId: string | null;
  /** Each service keeps its own plain-data state under its name. */
  services: Record<string, any>;
}

export class Runtime {
  state: State;
  readonly manifest: any;
  private readonly scopes: ReadonlySet<string> | null;
  private readonly counts = new Map<string, number>();
  private readonly cells = { read: 0, written: 0 };
  private faults: Fault[] = [];
  private proxies = new WeakMap<object, unknown>();
  /** Global functions a trigger can call by name (the bundle's, or a test's). */
  readonly functions = new Map<string, (event?: unknown) => unknown>();
  /** Run after each execution (trigger or invoke): services release what an execution held. */
  readonly onExecutionEnd: Array<() => void> = [];

  constructor(manifest: any, state: State) {
    this.manifest = manifest;
    this.state = state;
    const s = manifest?.oauthScopes;
    this.scopes = Array.isArray(s) ? new Set<string>(s) : null;
  }

  now(): number {
    return this.state.clock;
  }

  /** A fresh id in Google's alphabet, deterministic for reproducible tests. */
  newId(prefix = ''): string {
    const n = this.state.nextId++;
    return `${prefix}1${n.toString(36).padStart(8, '0')}EmuLumbung${(n * 2654435761 % 4294967296).toString(36)}`;
  }

  service<T>(name: string, init: () => T): T {
    if (!(name in this.state.services)) this.state.services[name] = init();
    return this.state.services[name] as T;
  }

  createFile(fields: Partial<FileRecord> & { name: string; mimeType: string }): FileRecord {
    const t = this.now();
    const rec: FileRecord = {
      id: fields.id ?? this.newId(),
      parents: [],
      createdTime: t,
      modifiedTime: t,
      owner: this.state.user,
      trashed: false,
      grantedTo: [this.state.user],
      ...fields,
    };
    this.state.files[rec.id] = rec;
    return rec;
  }

  /** Called at the start of every counted call: count, check the scope, inject faults. */
  call(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.checkScope(key);
    for (const f of this.faults) {
      if (f.key && !key.startsWith(f.key)) continue;
      f.seen++;
      if (f.at === undefined || f.seen === f.at || (f.sticky && f.seen >= f.at)) {
        if (!f.sticky) this.faults = this.faults.filter((x) => x !== f);
        throw new Exception(f.message);
      }
    }
  }

  private checkScope(key: string): void {
    if (!this.scopes) return;
    const needed = requiredScopes(key);
    if (!needed || needed.some((s) => this.scopes!.has(s))) return;
    throw scopeError(key, needed);
  }

  callCounts(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  resetCallCounts(): void {
    this.counts.clear();
    this.cells.read = this.cells.written = 0;
  }

  /** Called by a script-facing method (Range.getValues, Range.setValues...) for the cells it read or wrote. */
  countCells(kind: 'read' | 'written', n: number): void {
    this.cells[kind] += n;
  }

  cellCounts(): { read: number; written: number } {
    return { ...this.cells };
  }

  addFault(fault: Omit<Fault, 'seen'>): void {
    this.faults.push({ ...fault, seen: 0 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Runs one Apps Script execution: whatever it holds (locks) is released when it ends. */
  execute<T>(fn: () => T): T {
    try {
      return fn();
    } finally {
      for (const end of this.onExecutionEnd) end();
    }
  }

  invoke(name: string, event?: unknown): unknown {
    const fn = this.functions.get(name);
    if (!fn) throw new Exception(`Script function not found: ${name}`);
    return this.execute(() => fn(event));
  }

  /**
   * Wraps an emulated object for a script: each method call is counted as '<Class>.<method>' and
   * scope-checked; objects it returns are wrapped too; unknown members throw NotImplemented.
   */
  expose<T extends object>(target: T): T {
    const cached = this.proxies.get(target);
    if (cached) return cached as T;
    const kind: string = (target as any)[KIND];
    const rt = this;
    const proxy = new Proxy(target, {
      get(obj, prop) {
        if (typeof prop === 'symbol') return Reflect.get(obj, prop);
        if (prop.startsWith('_') || !(prop in obj)) {
          if (INSPECTION_PROBES.has(prop)) return undefined;
          throw new NotImplemented(`${kind}.${prop}`);
        }
        const value = Reflect.get(obj, prop);
        if (typeof value !== 'function') return rt.wrap(value);
        if (prop === 'toString') return () => value.call(obj);
        return (...args: unknown[]) => {
          rt.call(`${kind}.${prop}`);
          return rt.wrap(value.apply(obj, args));
        };
      },
      set() {
        throw new TypeError(`Cannot assign to a property of ${kind}`);
      },
    });
    this.proxies.set(target, proxy);
    return proxy;
  }

  wrap(value: unknown): any {
    if (Array.isArray(value)) return value.some(isEmulated) ? value.map((v) => this.wrap(v)) : value;
    return isEmulated(value) ? this.expose(value as object) : value;
  }
}

function isEmulated(v: unknown): boolean {
  return typeof v === 'object' && v !== null && KIND in (v as object);
}

/** Properties that test tools and runtimes probe on any object; answering undefined is harmless. */
const INSPECTION_PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'constructor', 'inspect', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', '_isMockFunction']);
