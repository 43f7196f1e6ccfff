/** ScriptApp's plain-JSON state: installed triggers and the failures of their runs. */
import type { Runtime } from '../runtime';

export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
export type TriggerSourceName = 'CLOCK' | 'SPREADSHEETS' | 'FORMS';

/** When a time-driven trigger runs. One-shot (`once`) or recurring (every*). */
export interface ClockSpec {
  once?: number;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekDay?: number;
  monthDay?: number;
  timeZone: string;
  /** The next instant (ms) it comes due. */
  next: number;
  /** A one-shot trigger that has run: still listed, never runs again. */
  spent?: boolean;
}

export interface TriggerData {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** The spreadsheet or form id; null for clock triggers. */
  sourceId: string | null;
  /** The creator's email: installable triggers run as their creator. */
  owner: string;
  clock?: ClockSpec;
}

/** A trigger run whose handler threw: Google emails the owner; tests read this list. */
export interface TriggerFailure {
  triggerUid: string;
  handler: string;
  eventType: EventTypeName;
  /** Emulated ms when the run started. */
  at: number;
  user: string;
  message: string;
}

export interface ScriptState {
  scriptId: string;
  nextUid: number;
  triggers: TriggerData[];
  failures: TriggerFailure[];
}

export function scriptState(rt: Runtime): ScriptState {
  return rt.service<ScriptState>('script', () => ({
    scriptId: rt.newId('script-'),
    nextUid: 4_829_110_001,
    triggers: [],
    failures: [],
  }));
}

/** Every failed trigger run so far, oldest first (a copy). */
export function triggerFailures(rt: Runtime): TriggerFailure[] {
  return scriptState(rt).failures.map((f) => ({ ...f }));
}
