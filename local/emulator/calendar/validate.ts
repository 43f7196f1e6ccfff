/** Checks and normalises the writable parts of an event: attendees and reminders. */
import { NotImplemented } from '../errors';
import { calendarError, Json } from './state';

/** More guests than this: Google answers with its usage-limit error (see PLATFORM.md: ~200). */
export const MAX_ATTENDEES = 200;
export const MAX_REMINDER_OVERRIDES = 5;

const WRITABLE = new Set([
  'kind', 'id', 'summary', 'description', 'location', 'colorId', 'start', 'end', 'attendees', 'reminders', 'conferenceData',
  'extendedProperties', 'transparency', 'visibility', 'guestsCanInviteOthers', 'guestsCanModify', 'guestsCanSeeOtherGuests',
  'anyoneCanAddSelf', 'source', 'status',
]);
const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

export function checkWritable(event: Json): void {
  for (const k of Object.keys(event)) if (!WRITABLE.has(k)) throw new NotImplemented(`Calendar.Events field ${k}`);
}

/** New guests wait with 'needsAction'; a guest already on the event keeps her answer. */
export function normaliseAttendees(method: string, list: unknown, previous: Json[] | undefined, organizer: string): Json[] {
  if (!Array.isArray(list)) throw calendarError(method, 'Invalid attendee list.');
  if (list.length > MAX_ATTENDEES) throw calendarError(method, 'Calendar usage limits exceeded.');
  return list.map((a: Json) => {
    const email = String(a?.email ?? '');
    if (!EMAIL.test(email)) throw calendarError(method, 'Invalid attendee email.');
    const before = previous?.find((p) => p.email.toLowerCase() === email.toLowerCase());
    const out: Json = { ...a, email, responseStatus: a.responseStatus ?? before?.responseStatus ?? 'needsAction' };
    if (email.toLowerCase() === organizer.toLowerCase()) Object.assign(out, { organizer: true, self: true, responseStatus: a.responseStatus ?? 'accepted' });
    return out;
  });
}

export function checkReminders(method: string, r: Json | undefined): void {
  if (!r) return;
  const overrides = r.overrides ?? [];
  if (r.useDefault && overrides.length) throw calendarError(method, 'Cannot specify both default reminders and overrides at the same time.');
  // Google allows five overrides; the text of its refusal is not documented (emulator's wording).
  if (overrides.length > MAX_REMINDER_OVERRIDES) throw calendarError(method, 'The maximum number of override reminders is 5.');
  for (const o of overrides) {
    if (!['email', 'popup'].includes(o?.method)) throw calendarError(method, 'Invalid reminder method.');
    if (!(Number.isInteger(o.minutes) && o.minutes >= 0 && o.minutes <= 40320)) throw calendarError(method, 'Invalid reminder minutes.');
  }
}
