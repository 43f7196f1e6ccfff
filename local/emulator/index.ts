/**
 * An in-memory Google Workspace for tests, benches and the sandbox. `createWorkspace` gives the
 * globals Apps Script would (SpreadsheetApp, FormApp, Drive, Calendar, CardService, ...), and
 * `loadBundle` runs the built dist/Code.js on them in a vm, as Apps Script runs the pushed file.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { Runtime, State } from './runtime';
import { clockDate } from './clock-date';
import * as sheets from './sheets';
import * as forms from './forms';
import * as drive from './drive';
import * as calendar from './calendar';
import * as mail from './mail';
import * as lock from './lock';
import * as properties from './properties';
import * as script from './script';
import * as session from './session';
import * as utilities from './utilities';
import * as card from './card';
import { contextOfEvent, withContext } from './context';
import type { Services } from './services';

export type { Services } from './services';

export { Exception, GoogleJsonResponseException, NotImplemented } from './runtime';

/** Each service module installs its globals on the runtime. */
const SERVICES = [sheets, forms, drive, calendar, mail, lock, properties, script, session, utilities, card];

export interface WorkspaceOptions {
  manifest?: object; // default: the project's appsscript.json
  user?: string; // the active user's email
  now?: Date; // the emulated clock's start
  /** The owner's locale, e.g. 'id_ID': the locale of the spreadsheets made (default 'en_US'). */
  locale?: string;
  /** A state saved earlier with `save()`; the other options then only override it. */
  state?: string;
}

export interface Workspace {
  /** SpreadsheetApp, FormApp, Drive, Calendar, CardService, ...: what a script sees as globals, typed (services.ts). */
  globals: Record<string, unknown> & Services;
  callCounts(): Record<string, number>;
  /** Cells read (getValues, getNumberFormats, ...) and written (setValues, setNumberFormats, ...) by counted calls. */
  cellCounts(): { read: number; written: number };
  /** Resets callCounts() and cellCounts(). */
  resetCallCounts(): void;
  /** The sum of callCounts(): the number of round trips to Google an operation made. */
  totalCalls(): number;
  save(): string;
  submitForm(formId: string, answers: Record<string, string | string[]>, options?: { email?: string; firedTwice?: boolean; spuriousBlank?: boolean }): void;
  advanceTime(ms: number): void;
  now(): Date;
  /** Switches the active user (Session.getActiveUser), e.g. from the bendahara to the ketua. */
  setUser(email: string): void;
  /** Registers global functions that triggers may call by name (loadBundle does it for a bundle). */
  defineFunctions(fns: Record<string, (event?: unknown) => unknown>): void;
  /** Runs a global function by name as one execution (locks it held are released after). */
  invoke(functionName: string, event?: unknown): unknown;
  /** Fault injection. */
  faults: {
    /** The Nth counted call from now (optionally only calls whose key starts with `key`) throws. */
    failAt(n: number, options?: { key?: string; message?: string }): void;
    /** Every call to a service throws Google's daily-quota error from now on. */
    exhaustQuota(service: string): void;
    /** Another execution holds the document (or script) lock until released. */
    holdLock(kind: 'document' | 'script'): void;
    releaseLock(kind: 'document' | 'script'): void;
    clear(): void;
  };
  /** The engine, for emulator tests and adapters of the emulator itself. */
  runtime: Runtime;
}

const DEFAULT_USER = 'bendahara@koperasi.example';
const DEFAULT_NOW = new Date('2026-01-05T02:00:00Z');

export function projectManifest(): object {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'appsscript.json'), 'utf8'));
}

export function createWorkspace(options: WorkspaceOptions = {}): Workspace {
  const manifest = options.manifest ?? projectManifest();
  const saved: State | null = options.state ? JSON.parse(options.state) : null;
  const state: State = saved ?? {
    clock: (options.now ?? DEFAULT_NOW).getTime(),
    user: options.user ?? DEFAULT_USER,
    timeZone: (manifest as any).timeZone ?? 'Asia/Jakarta',
    locale: 'id',
    ownerLocale: options.locale ?? 'en_US',
    nextId: 1,
    files: {},
    activeSpreadsheetId: null,
    services: {},
  };
  if (saved && options.user) state.user = options.user;
  if (saved && options.now) state.clock = options.now.getTime();
  if (saved && options.locale) state.ownerLocale = options.locale;
  const rt = new Runtime(manifest, state);
  const installed: Record<string, unknown> = {};
  for (const s of SERVICES) Object.assign(installed, s.install(rt));
  // Each service's classes are checked against @types where they are defined (provides.ts).
  const globals = installed as Record<string, unknown> & Services;

  return {
    globals,
    runtime: rt,
    callCounts: () => rt.callCounts(),
    cellCounts: () => rt.cellCounts(),
    resetCallCounts: () => rt.resetCallCounts(),
    totalCalls: () => Object.values(rt.callCounts()).reduce((a, n) => a + n, 0),
    save: () => JSON.stringify(rt.state),
    submitForm: (formId, answers, opts) => forms.submitForm(rt, formId, answers, opts ?? {}),
    advanceTime: (ms) => script.advanceTime(rt, ms),
    now: () => new Date(rt.now()),
    setUser: (email) => {
      rt.state.user = email;
    },
    defineFunctions: (fns) => {
      for (const [name, fn] of Object.entries(fns)) rt.functions.set(name, fn);
    },
    // The event's host app says where the add-on runs: Sheets panel, Drive or Calendar (context.ts).
    invoke: (name, event) => withContext(rt, contextOfEvent(event), () => rt.invoke(name, event)),
    faults: {
      failAt: (n, o = {}) => rt.addFault({ at: n, key: o.key, message: o.message ?? 'We\'re sorry, a server error occurred. Please wait a bit and try again.' }),
      exhaustQuota: (service) => rt.addFault({ at: 1, key: `${service}.`, sticky: true, message: `Service invoked too many times for one day: ${quotaName(service)}.` }),
      holdLock: (kind) => lock.holdByOther(rt, kind, true),
      releaseLock: (kind) => lock.holdByOther(rt, kind, false),
      clear: () => rt.clearFaults(),
    },
  };
}

function quotaName(service: string): string {
  const names: Record<string, string> = { MailApp: 'email', Calendar: 'calendar', CalendarApp: 'calendar', Drive: 'driveapp', SpreadsheetApp: 'spreadsheets', FormApp: 'forms' };
  return names[service] ?? service.toLowerCase();
}

/**
 * Loads a built bundle (dist/Code.js) into a fresh vm context whose globals are the workspace's
 * services, as Apps Script sees the pushed file, and registers its top-level functions so that
 * triggers can call them.
 */
export function loadBundle(ws: Workspace, code: string): { invoke(functionName: string, event?: unknown): unknown } {
  // The bundle sees the emulated clock through Date; Math, JSON and the rest are the vm's own.
  const context = vm.createContext({ ...ws.globals, console, Date: clockDate(() => ws.now().getTime()) });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const names = Object.keys(context).filter((k) => typeof context[k] === 'function' && !(k in ws.globals) && k !== 'Date');
  ws.defineFunctions(Object.fromEntries(names.map((n) => [n, (e?: unknown) => context[n](e)])));
  return { invoke: (name, event) => ws.invoke(name, event) };
}

/**
 * Makes the workspace's services the globals of this Node process, as Apps Script's are, so that
 * src/ code can run on the emulator without the bundle (app-layer tests), with Date reading the
 * emulated clock as in the bundle. Returns the undo.
 */
export function installGlobals(ws: Workspace): () => void {
  const g = globalThis as Record<string, unknown>;
  const globals = { ...ws.globals, Date: clockDate(() => ws.now().getTime()) };
  const before = new Map(Object.keys(globals).map((k) => [k, g[k]]));
  Object.assign(g, globals);
  return () => {
    for (const [k, v] of before) {
      if (v === undefined) delete g[k];
      else g[k] = v;
    }
  };
}
