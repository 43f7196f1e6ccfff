/**
 * The advanced Calendar service (v3): Events and Calendars of the active user's primary calendar.
 * Test-side helpers: respondToEvent (a guest answers), sentInvitations (who was notified), and
 * setCalendarDailyLimit (a Workspace account's 10,000 events a day).
 */
import { GoogleJsonResponseException } from '../errors';
import { KIND, Runtime } from '../runtime';
import { CalendarEvents } from './events';
import { calendarIdOf, calendarState, Json, Notice } from './state';
import type { Provides } from '../provides';

/**
 * calendars.get accepts calendar / calendar.readonly (or the calendars scopes), not calendar.events:
 * with only calendar.events in the manifest Google refuses it, and so does the emulator.
 */
const CALENDARS_SCOPES = ['calendar', 'calendar.readonly', 'calendar.calendars', 'calendar.calendars.readonly'].map((s) => `https://www.googleapis.com/auth/${s}`);

class CalendarCalendars implements Provides<GoogleAppsScript.Calendar.Collection.CalendarsCollection, 'get'> {
  readonly [KIND] = 'Calendar.Calendars';
  constructor(private readonly _rt: Runtime) {}
  get(calendarId: string): Json {
    const scopes = this._rt.manifest?.oauthScopes;
    if (Array.isArray(scopes) && !CALENDARS_SCOPES.some((s) => scopes.includes(s))) {
      throw new GoogleJsonResponseException('API call to calendar.calendars.get failed with error: Request had insufficient authentication scopes.');
    }
    const id = calendarIdOf(this._rt, 'calendars.get', calendarId);
    return {
      kind: 'calendar#calendar',
      etag: '"emulated"',
      id,
      summary: id,
      timeZone: this._rt.state.timeZone,
      conferenceProperties: { allowedConferenceSolutionTypes: ['hangoutsMeet'] },
    };
  }
  toString(): string {
    return 'AdvancedServiceIdentifier{name=calendar, version=v3}';
  }
}

class Calendar {
  readonly [KIND] = 'Calendar';
  readonly Events: CalendarEvents;
  readonly Calendars: CalendarCalendars;
  constructor(rt: Runtime) {
    this.Events = new CalendarEvents(rt);
    this.Calendars = new CalendarCalendars(rt);
  }
  toString(): string {
    return 'AdvancedServiceIdentifier{name=calendar, version=v3}';
  }
}

/** Test-side: a guest answers the invitation from her own calendar. */
export function respondToEvent(rt: Runtime, eventId: string, email: string, response: 'accepted' | 'declined' | 'tentative'): void {
  for (const events of Object.values(calendarState(rt).events)) {
    const guest = (events[eventId]?.attendees as Json[] | undefined)?.find((a) => a.email.toLowerCase() === email.toLowerCase());
    if (guest) {
      guest.responseStatus = response;
      return;
    }
  }
  throw new Error(`respondToEvent: ${email} is not a guest of event ${eventId}`);
}

/** Test-side: every invitation, update and cancellation mailed so far. */
export function sentInvitations(rt: Runtime): Notice[] {
  return JSON.parse(JSON.stringify(calendarState(rt).notices));
}

export function setCalendarDailyLimit(rt: Runtime, events: number): void {
  calendarState(rt).dailyLimit = events;
}

export function install(rt: Runtime): Record<string, unknown> {
  return { Calendar: rt.expose(new Calendar(rt)) };
}
