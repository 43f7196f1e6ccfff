/** ScriptApp.newTrigger(fn) and its builders: each create() installs one TriggerData record. */
import { Exception } from '../errors';
import { KIND, Runtime } from '../runtime';
import { isZone } from '../zone';
import { checkTriggerLimits } from './limits';
import { firstDue } from './schedule';
import { ClockSpec, EventTypeName, scriptState, TriggerData, TriggerSourceName } from './state';
import { Trigger } from './trigger';
import type { Provides } from '../provides';

/** Emulated documents may expose their id under this symbol, read without a counted call. */
export const DOC_ID = Symbol.for('emulator.docId');

const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

function docId(doc: unknown): string {
  if (typeof doc === 'string') return doc;
  if (doc && typeof doc === 'object') {
    const id = (doc as any)[DOC_ID];
    return typeof id === 'string' ? id : String((doc as any).getId());
  }
  throw new Exception('Invalid argument: key');
}

function install(rt: Runtime, fields: Omit<TriggerData, 'uid' | 'owner'>): Trigger {
  const st = scriptState(rt);
  const data: TriggerData = { uid: String(st.nextUid), owner: rt.state.user, ...fields };
  checkTriggerLimits(rt, data);
  st.nextUid += 7919;
  st.triggers.push(data);
  return new Trigger(data);
}

export class TriggerBuilder implements Provides<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet' | 'forForm'> {
  readonly [KIND] = 'ScriptApp.TriggerBuilder';
  constructor(private readonly _rt: Runtime, private readonly _handler: string) {}

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this._rt, this._handler);
  }

  forSpreadsheet(sheet: unknown): DocumentTriggerBuilder {
    return new DocumentTriggerBuilder(this._rt, this._handler, 'SPREADSHEETS', docId(sheet));
  }

  forForm(form: unknown): DocumentTriggerBuilder {
    return new DocumentTriggerBuilder(this._rt, this._handler, 'FORMS', docId(form));
  }
}

/** SpreadsheetTriggerBuilder and FormTriggerBuilder: same shape, Forms lacks onEdit/onChange. */
export class DocumentTriggerBuilder implements Provides<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, 'onFormSubmit' | 'onOpen' | 'onEdit' | 'onChange' | 'create'> {
  readonly [KIND]: string;
  private _eventType: EventTypeName | null = null;

  constructor(private readonly _rt: Runtime, private readonly _handler: string, private readonly _source: TriggerSourceName, private readonly _sourceId: string) {
    this[KIND] = _source === 'FORMS' ? 'ScriptApp.FormTriggerBuilder' : 'ScriptApp.SpreadsheetTriggerBuilder';
    if (_source === 'FORMS') Object.defineProperties(this, { onEdit: { value: undefined }, onChange: { value: undefined } });
  }

  onFormSubmit(): this {
    return this._on('ON_FORM_SUBMIT');
  }

  onOpen(): this {
    return this._on('ON_OPEN');
  }

  onEdit(): this {
    return this._on('ON_EDIT');
  }

  onChange(): this {
    return this._on('ON_CHANGE');
  }

  create(): Trigger {
    // UNVERIFIED wording: Google's text for create() before choosing an event is not documented.
    if (!this._eventType) throw new Exception('Missing event type: call onFormSubmit(), onOpen(), onEdit() or onChange() before create().');
    return install(this._rt, { handler: this._handler, eventType: this._eventType, source: this._source, sourceId: this._sourceId });
  }

  private _on(type: EventTypeName): this {
    this._eventType = type;
    return this;
  }
}

export class ClockTriggerBuilder implements Provides<GoogleAppsScript.Script.ClockTriggerBuilder, 'everyMinutes' | 'everyHours' | 'everyDays' | 'everyWeeks' | 'atHour' | 'nearMinute' | 'onWeekDay' | 'onMonthDay' | 'at' | 'after' | 'inTimezone' | 'create'> {
  readonly [KIND] = 'ScriptApp.ClockTriggerBuilder';
  private readonly _spec: Omit<ClockSpec, 'next' | 'timeZone'> & { timeZone?: string } = {};

  constructor(private readonly _rt: Runtime, private readonly _handler: string) {}

  everyMinutes(n: number): this {
    // UNVERIFIED wording (APPS-SCRIPT-BEHAVIOURS.md: "the exact error text ... is unverified").
    if (![1, 5, 10, 15, 30].includes(n)) throw new Exception('The value passed to everyMinutes() must be 1, 5, 10, 15 or 30.');
    return this._set({ everyMinutes: n });
  }

  everyHours(n: number): this {
    return this._set({ everyHours: positive(n, 'everyHours') });
  }

  everyDays(n: number): this {
    return this._set({ everyDays: positive(n, 'everyDays') });
  }

  everyWeeks(n: number): this {
    return this._set({ everyWeeks: positive(n, 'everyWeeks') });
  }

  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Exception('Invalid argument: hour'); // UNVERIFIED
    return this._set({ atHour: hour });
  }

  nearMinute(minute: number): this {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new Exception('Invalid argument: minute'); // UNVERIFIED
    return this._set({ nearMinute: minute });
  }

  onWeekDay(day: unknown): this {
    const weekDay = WEEKDAYS.indexOf(String(day));
    if (weekDay < 0) throw new Exception('Invalid argument: day'); // UNVERIFIED
    return this._set({ weekDay, everyWeeks: this._spec.everyWeeks ?? 1 });
  }

  onMonthDay(day: number): this {
    if (!Number.isInteger(day) || day < 1 || day > 31) throw new Exception('Invalid argument: day'); // UNVERIFIED
    return this._set({ monthDay: day });
  }

  at(date: Date): this {
    return this._set({ once: date.getTime() });
  }

  after(durationMilliseconds: number): this {
    return this._set({ once: this._rt.now() + durationMilliseconds });
  }

  inTimezone(timezone: string): this {
    if (!isZone(timezone)) throw new Exception('Invalid argument: timezone'); // UNVERIFIED
    return this._set({ timeZone: timezone });
  }

  create(): Trigger {
    const s = this._spec;
    const hasSchedule = s.once !== undefined || s.everyMinutes || s.everyHours || s.everyDays || s.everyWeeks || s.monthDay !== undefined;
    // UNVERIFIED wording: Google refuses a clock trigger with no schedule; its text is not documented.
    if (!hasSchedule) throw new Exception('Clock triggers must specify a schedule (everyMinutes, everyHours, everyDays, everyWeeks, onMonthDay, at or after).');
    const spec: ClockSpec = { ...s, timeZone: s.timeZone ?? this._rt.state.timeZone, next: 0 };
    spec.next = firstDue(spec, this._rt.now());
    return install(this._rt, { handler: this._handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, clock: spec });
  }

  private _set(fields: Partial<ClockSpec>): this {
    Object.assign(this._spec, fields);
    return this;
  }
}

function positive(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 1) throw new Exception(`Invalid argument: ${what}`); // UNVERIFIED
  return n;
}
