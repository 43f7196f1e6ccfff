/** ScriptApp.Trigger: a thin view over one TriggerData record. */
import { KIND } from '../runtime';
import type { TriggerData } from './state';
import type { Provides } from '../provides';

/** Lets ScriptApp read a Trigger handed back by a script without a counted call. */
export const TRIGGER_UID = Symbol.for('emulator.triggerUid');

export class Trigger implements Provides<GoogleAppsScript.Script.Trigger, 'getUniqueId' | 'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'> {
  readonly [KIND] = 'ScriptApp.Trigger';
  constructor(private readonly _data: TriggerData) {}

  get [TRIGGER_UID](): string {
    return this._data.uid;
  }

  getUniqueId(): string {
    return this._data.uid;
  }

  getHandlerFunction(): string {
    return this._data.handler;
  }

  getEventType(): string {
    return this._data.eventType;
  }

  getTriggerSource(): string {
    return this._data.source;
  }

  /** The spreadsheet or form id; null for a time-driven trigger (Google's documented answer). */
  getTriggerSourceId(): string | null {
    return this._data.sourceId;
  }

  toString(): string {
    return 'Trigger';
  }
}
