/** Calendar.Events of the advanced Calendar service (v3). Responses are copies of stored JSON. */
import { KIND, Runtime } from '../runtime';
import { quotaDay } from '../zone';
import { applyConference, settleConference } from './conference';
import { listEvents, ListOptions } from './list';
import { notify } from './notices';
import { calendarError, calendarIdOf, calendarState, Json } from './state';
import { checkTimes } from './times';
import { guestEvents, guestGet, guestPatch } from './guests';
import { checkReminders, checkWritable, normaliseAttendees } from './validate';
import type { Provides } from '../provides';

interface WriteOptions {
  conferenceDataVersion?: number;
  sendUpdates?: 'all' | 'externalOnly' | 'none';
  [other: string]: unknown;
}

const ID = /^[a-v0-9]{5,1024}$/;
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));

export class CalendarEvents implements Provides<GoogleAppsScript.Calendar.Collection.EventsCollection, 'insert' | 'get' | 'patch' | 'update' | 'remove' | 'list'> {
  readonly [KIND] = 'Calendar.Events';
  constructor(private readonly _rt: Runtime) {}

  insert(event: Json, calendarId: string, options: WriteOptions = {}): Json {
    const rt = this._rt;
    const cal = calendarIdOf(rt, 'events.insert', calendarId);
    if (!event) throw calendarError('events.insert', 'Required');
    checkWritable(event);
    const s = calendarState(rt);
    const events = (s.events[cal] ??= {});
    if (event.id !== undefined && !ID.test(String(event.id))) throw calendarError('events.insert', 'Invalid resource id value.');
    if (event.id !== undefined && events[event.id]) throw calendarError('events.insert', 'The requested identifier already exists.');
    const today = quotaDay(rt.now());
    const used = s.created[rt.state.user]?.day === today ? s.created[rt.state.user].count : 0;
    if (used >= s.dailyLimit) throw calendarError('events.insert', 'Calendar usage limits exceeded.');
    const id = event.id !== undefined ? String(event.id) : `lmbg${(s.nextEvent++).toString(32).padStart(6, '0')}`;
    const now = new Date(rt.now()).toISOString();
    const stored: Json = {
      kind: 'calendar#event',
      etag: `"${rt.now()}000"`,
      id,
      status: 'confirmed',
      htmlLink: `https://www.google.com/calendar/event?eid=${Buffer.from(`${id} ${cal}`).toString('base64url')}`,
      created: now,
      updated: now,
      creator: { email: cal, self: true },
      organizer: { email: cal, self: true },
      iCalUID: `${id}@google.com`,
      sequence: 0,
      reminders: { useDefault: true },
      eventType: 'default',
    };
    this._write('events.insert', stored, event, options, cal);
    s.created[rt.state.user] = { day: today, count: used + 1 };
    events[id] = stored;
    notify(rt, 'invitation', cal, stored, options.sendUpdates);
    return copy(stored);
  }

  get(calendarId: string, eventId: string): Json {
    const cal = calendarIdOf(this._rt, 'events.get', calendarId);
    if (eventId && !calendarState(this._rt).events[cal]?.[eventId]) {
      const invited = guestGet(this._rt, cal, eventId);
      if (invited) return invited;
    }
    const stored = this._find('events.get', calendarId, eventId, true);
    settleConference(this._rt, stored);
    return copy(stored);
  }

  /** Changes only the fields given; arrays (attendees, overrides) are replaced whole. */
  patch(event: Json, calendarId: string, eventId: string, options: WriteOptions = {}): Json {
    const cal = calendarIdOf(this._rt, 'events.patch', calendarId);
    if (eventId && !calendarState(this._rt).events[cal]?.[eventId]) {
      const invited = guestPatch(this._rt, 'events.patch', cal, eventId, event);
      if (invited) return invited;
    }
    const stored = this._find('events.patch', calendarId, eventId, false);
    checkWritable(event ?? {});
    settleConference(this._rt, stored);
    const merged = { ...stored, ...event };
    this._write('events.patch', stored, merged, options, stored.organizer.email, event ?? {});
    return this._changed(stored, options);
  }

  /** Replaces the event: writable fields left out are cleared. */
  update(event: Json, calendarId: string, eventId: string, options: WriteOptions = {}): Json {
    const stored = this._find('events.update', calendarId, eventId, false);
    checkWritable(event ?? {});
    settleConference(this._rt, stored);
    for (const k of ['summary', 'description', 'location', 'colorId', 'attendees', 'extendedProperties', 'transparency', 'visibility']) delete stored[k];
    stored.reminders = { useDefault: true };
    this._write('events.update', stored, event ?? {}, options, stored.organizer.email);
    return this._changed(stored, options);
  }

  /** The event stays readable with status 'cancelled', as Google keeps deleted events for a while. */
  remove(calendarId: string, eventId: string, options: WriteOptions = {}): void {
    const stored = this._find('events.delete', calendarId, eventId, true);
    if (stored.status === 'cancelled') throw calendarError('events.delete', 'Resource has been deleted');
    stored.status = 'cancelled';
    stored.updated = new Date(this._rt.now()).toISOString();
    delete calendarState(this._rt).pending[stored.id];
    notify(this._rt, 'cancellation', stored.organizer.email, stored, options.sendUpdates);
  }

  list(calendarId: string, options: ListOptions = {}): Json {
    const cal = calendarIdOf(this._rt, 'events.list', calendarId);
    const own = Object.values(calendarState(this._rt).events[cal] ?? {});
    return listEvents(this._rt, cal, [...own, ...guestEvents(this._rt, cal)], options);
  }

  toString(): string {
    return 'AdvancedServiceIdentifier{name=calendar, version=v3}';
  }

  _find(method: string, calendarId: string, eventId: string, allowCancelled: boolean): Json {
    const cal = calendarIdOf(this._rt, method, calendarId);
    if (!eventId) throw calendarError(method, 'Required');
    const stored = calendarState(this._rt).events[cal]?.[eventId];
    if (!stored) throw calendarError(method, 'Not Found');
    if (!allowCancelled && stored.status === 'cancelled') throw calendarError(method, 'Resource has been deleted');
    return stored;
  }

  /** Validates `source` (the full new event) and copies its writable fields onto `stored`. */
  _write(method: string, stored: Json, source: Json, options: WriteOptions, organizer: string, given: Json = source): void {
    const rt = this._rt;
    checkTimes(rt, method, source);
    checkReminders(method, source.reminders);
    const attendees = source.attendees === undefined ? undefined : normaliseAttendees(method, source.attendees, stored.attendees, organizer);
    for (const k of ['summary', 'description', 'location', 'colorId', 'start', 'end', 'reminders', 'extendedProperties', 'transparency', 'visibility', 'guestsCanInviteOthers', 'guestsCanModify', 'guestsCanSeeOtherGuests', 'anyoneCanAddSelf', 'source']) {
      if (source[k] !== undefined) stored[k] = copy(source[k]);
    }
    if (attendees) stored.attendees = attendees;
    applyConference(rt, method, stored, given.conferenceData, options.conferenceDataVersion);
  }

  _changed(stored: Json, options: WriteOptions): Json {
    stored.sequence += 1;
    stored.updated = new Date(this._rt.now()).toISOString();
    stored.etag = `"${this._rt.now()}${stored.sequence}"`;
    notify(this._rt, 'update', stored.organizer.email, stored, options.sendUpdates);
    return copy(stored);
  }
}
