/**
 * A guest's copy of an event. The event lives in its organizer's calendar; a guest reads it from
 * her own ('primary') with what is hers, not the organizer's: `reminders` is "Information about
 * the event's reminders for the authenticated user" and `extendedProperties.private` holds
 * "Properties that are private to the copy of the event that appears on this calendar" (Calendar
 * v3 Events resource). So the organizer's reminder overrides never reach a guest: hers are her
 * calendar's defaults until she sets her own, which changes nothing for anyone else.
 */
import type { Runtime } from '../runtime';
import { NotImplemented } from '../errors';
import { settleConference } from './conference';
import { calendarState, Json } from './state';
import { checkReminders } from './validate';

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Each guest's own reminders, by event id then guest email (optional: older saved states lack it). */
function ownReminders(rt: Runtime): Record<string, Record<string, Json>> {
  return (calendarState(rt) as { guestReminders?: Record<string, Record<string, Json>> }).guestReminders ??= {};
}

function isGuest(event: Json, email: string): boolean {
  return ((event.attendees ?? []) as Json[]).some((a) => !a.organizer && same(a.email, email));
}

/** The stored event `eventId` of another calendar that `guest` is invited to, or null. */
function invitation(rt: Runtime, guest: string, eventId: string): Json | null {
  for (const [cal, events] of Object.entries(calendarState(rt).events)) {
    if (!same(cal, guest) && events[eventId] && isGuest(events[eventId], guest)) return events[eventId];
  }
  return null;
}

/** The event as the guest's calendar shows it. */
function asGuestSees(rt: Runtime, stored: Json, guest: string): Json {
  settleConference(rt, stored);
  const view = copy(stored);
  view.reminders = copy(ownReminders(rt)[stored.id]?.[guest.toLowerCase()] ?? { useDefault: true });
  delete view.creator.self;
  delete view.organizer.self;
  view.attendees = (view.attendees as Json[]).map((a) => {
    const { self: _, ...rest } = a;
    return same(a.email, guest) ? { ...rest, self: true } : rest;
  });
  if (view.extendedProperties) {
    delete view.extendedProperties.private;
    if (!Object.keys(view.extendedProperties).length) delete view.extendedProperties;
  }
  return view;
}

/** events.get from a guest's own calendar; null when `cal` is not a guest of `eventId`. */
export function guestGet(rt: Runtime, cal: string, eventId: string): Json | null {
  const stored = invitation(rt, cal, eventId);
  return stored ? asGuestSees(rt, stored, cal) : null;
}

/** Every event of other calendars `guest` is invited to, as she sees them (for events.list). */
export function guestEvents(rt: Runtime, guest: string): Json[] {
  const out: Json[] = [];
  for (const [cal, events] of Object.entries(calendarState(rt).events)) {
    if (same(cal, guest)) continue;
    for (const e of Object.values(events)) if (isGuest(e, guest)) out.push(asGuestSees(rt, e, guest));
  }
  return out;
}

/**
 * events.patch from a guest's calendar: she may set her own reminders (the organizer's event does
 * not change); changing the shared event as a guest is not modelled. Null when not her invitation.
 */
export function guestPatch(rt: Runtime, method: string, cal: string, eventId: string, patch: Json): Json | null {
  const stored = invitation(rt, cal, eventId);
  if (!stored) return null;
  const fields = Object.keys(patch ?? {}).filter((k) => k !== 'reminders');
  if (fields.length) throw new NotImplemented(`Calendar.Events.patch of ${fields.join(', ')} by a guest`);
  if (patch.reminders !== undefined) {
    checkReminders(method, patch.reminders);
    (ownReminders(rt)[eventId] ??= {})[cal.toLowerCase()] = copy(patch.reminders);
  }
  return asGuestSees(rt, stored, cal);
}
