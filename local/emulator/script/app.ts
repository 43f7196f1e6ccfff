/** The ScriptApp global: trigger management, enums, script id and token. */
import { signatureError } from '../signature';
import { KIND, Runtime } from '../runtime';
import { DOC_ID, TriggerBuilder } from './builders';
import { scriptState } from './state';
import { Trigger, TRIGGER_UID } from './trigger';
import type { Provides } from '../provides';

const names = <T extends string>(...keys: T[]) => Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as Record<T, T>);

export class ScriptAppService implements Provides<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger' | 'getScriptId' | 'getOAuthToken'> {
  readonly [KIND] = 'ScriptApp';
  readonly AuthMode = names('NONE', 'LIMITED', 'CUSTOM_FUNCTION', 'FULL');
  readonly AuthorizationStatus = names('REQUIRED', 'NOT_REQUIRED');
  readonly EventType = names('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
  readonly TriggerSource = names('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
  readonly WeekDay = names('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY');

  constructor(private readonly _rt: Runtime) {}

  newTrigger(functionName: string): TriggerBuilder {
    return new TriggerBuilder(this._rt, functionName);
  }

  /** The active user's triggers in this project: a user never sees another user's triggers. */
  getProjectTriggers(): Trigger[] {
    return this._mine().map((t) => new Trigger(t));
  }

  /** The active user's triggers for one spreadsheet or form. */
  getUserTriggers(document: unknown): Trigger[] {
    const id = (document as any)?.[DOC_ID] ?? (document as any)?.getId?.();
    return this._mine().filter((t) => t.sourceId === id).map((t) => new Trigger(t));
  }

  deleteTrigger(trigger: unknown): void {
    const uid = (trigger as any)?.[TRIGGER_UID];
    if (typeof uid !== 'string') throw signatureError('ScriptApp.deleteTrigger', [trigger]);
    const st = scriptState(this._rt);
    // Deleting a trigger already gone (or another user's) is silently accepted. UNVERIFIED.
    st.triggers = st.triggers.filter((t) => !(t.uid === uid && t.owner === this._rt.state.user));
  }

  getScriptId(): string {
    return scriptState(this._rt).scriptId;
  }

  /** A fake token: nothing here reaches Google. */
  getOAuthToken(): string {
    return `ya29.emulator-${this._rt.state.user}`;
  }

  toString(): string {
    return 'ScriptApp';
  }

  private _mine() {
    return scriptState(this._rt).triggers.filter((t) => t.owner === this._rt.state.user);
  }
}
