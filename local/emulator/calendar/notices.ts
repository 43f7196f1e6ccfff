/** Who gets mail about an event change, following sendUpdates ('all', 'externalOnly', 'none'). */
import type { Runtime } from '../runtime';
import { calendarState, Json, Notice } from './state';

export function notify(rt: Runtime, kind: Notice['kind'], calendarId: string, e: Json, sendUpdates: string | undefined): void {
  if (sendUpdates !== 'all' && sendUpdates !== 'externalOnly') return;
  const domain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const guests = ((e.attendees ?? []) as Json[]).filter((a) => !a.organizer && (sendUpdates === 'all' || domain(a.email) !== domain(calendarId)));
  for (const a of guests) calendarState(rt).notices.push({ kind, calendarId, eventId: e.id, summary: e.summary ?? '', to: a.email, at: rt.now() });
}
