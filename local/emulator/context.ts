/**
 * Where an execution runs (DESIGN.md "Where the add-on runs, and as whom"). Only the Sheets side
 * panel has a document open: there document properties, the document lock and the active
 * spreadsheet exist. A clock trigger, the Drive add-on and the Calendar add-on have none of them;
 * the services ask `documentId` and answer null, as Google does outside a document.
 *
 * Sources: PropertiesService.getDocumentProperties() "returns null" when document properties are
 * not available; LockService.getDocumentLock() "If this method is called outside of the context of
 * a containing document ... null is returned" (developers.google.com/apps-script/reference/
 * properties/properties-service, .../lock/lock-service). That a clock trigger and the Drive and
 * Calendar add-ons are outside a document: PLATFORM.md ("Add-on time-driven triggers belong to the
 * script, not a document"), DESIGN.md. getActiveSpreadsheet() null there: VERIFY (the reference
 * says only that it returns null "if there is no active spreadsheet").
 */
import type { Runtime } from './runtime';

export type Host = 'SHEETS' | 'DRIVE' | 'CALENDAR' | 'CLOCK' | 'FORM_SUBMIT';

export interface ExecutionContext {
  host: Host;
  /** FORM_SUBMIT: the spreadsheet (or form) the trigger is installed on. */
  sourceId?: string;
}

/**
 * VERIFY: whether a Workspace add-on's installable form-submit trigger has the document's
 * properties, lock and active spreadsheet. Not documented; modelled as absent (the safe
 * assumption: the response waits for the next run that has them, DESIGN.md). Switch here only.
 */
export const FORM_SUBMIT_HAS_DOCUMENT = false;

/** Outside any invocation (tests driving the globals) the panel is open, as in the sandbox. */
const PANEL: ExecutionContext = { host: 'SHEETS' };
const current = new WeakMap<Runtime, ExecutionContext>();

export function currentContext(rt: Runtime): ExecutionContext {
  return current.get(rt) ?? PANEL;
}

/** Runs `fn` in `ctx`, restoring the context it found (a trigger fired from inside a run). */
export function withContext<T>(rt: Runtime, ctx: ExecutionContext, fn: () => T): T {
  const before = current.get(rt);
  current.set(rt, ctx);
  try {
    return fn();
  } finally {
    if (before) current.set(rt, before);
    else current.delete(rt);
  }
}

/** The id of the document this execution runs in, or null where Google has none. */
export function documentId(rt: Runtime): string | null {
  const ctx = currentContext(rt);
  if (ctx.host === 'SHEETS') return rt.state.activeSpreadsheetId;
  if (ctx.host === 'FORM_SUBMIT' && FORM_SUBMIT_HAS_DOCUMENT) return ctx.sourceId ?? null;
  return null;
}

/** An add-on event names its host app (commonEventObject.hostApp); without one it is the panel. */
export function contextOfEvent(event: unknown): ExecutionContext {
  const host = (event as { commonEventObject?: { hostApp?: unknown } } | undefined)?.commonEventObject?.hostApp;
  if (host === 'DRIVE' || host === 'CALENDAR') return { host };
  if (host === undefined || host === 'SHEETS') return PANEL;
  throw new Error(`The emulator runs the add-on in Sheets, Drive and Calendar only, not in ${String(host)}.`);
}
