/** events.list: time window, free-text q, ordering and paging, as Calendar v3 answers. */
import type { Runtime } from '../runtime';
import { settleConference } from './conference';
import { calendarError, Json } from './state';
import { endOf, startOf } from './times';

export interface ListOptions {
  timeMin?: string;
  timeMax?: string;
  q?: string;
  singleEvents?: boolean;
  orderBy?: 'startTime' | 'updated';
  maxResults?: number;
  pageToken?: string;
  showDeleted?: boolean;
  [other: string]: unknown;
}

export function listEvents(rt: Runtime, cal: string, all: Json[], o: ListOptions): Json {
  const method = 'events.list';
  const min = o.timeMin === undefined ? -Infinity : Date.parse(o.timeMin);
  const max = o.timeMax === undefined ? Infinity : Date.parse(o.timeMax);
  if (Number.isNaN(min) || Number.isNaN(max)) throw calendarError(method, 'Bad Request');
  if (min > max) throw calendarError(method, 'The specified time range is empty.');
  if (o.orderBy === 'startTime' && !o.singleEvents) throw calendarError(method, 'The requested ordering is not available for the particular query.');
  const q = o.q?.toLowerCase();
  // An event is in the window when it ends after timeMin and starts before timeMax.
  let items = all.filter(
    (e) =>
      (o.showDeleted || e.status !== 'cancelled') &&
      endOf(rt, e) > min &&
      startOf(rt, e) < max &&
      (!q || [e.summary, e.description, e.location, ...(e.attendees ?? []).map((a: Json) => a.email)].some((t) => String(t ?? '').toLowerCase().includes(q))),
  );
  if (o.orderBy === 'startTime') items = [...items].sort((a, b) => startOf(rt, a) - startOf(rt, b));
  if (o.orderBy === 'updated') items = [...items].sort((a, b) => Date.parse(a.updated) - Date.parse(b.updated));
  const size = Math.min(Math.max(1, o.maxResults ?? 250), 2500);
  const start = o.pageToken ? Number(Buffer.from(o.pageToken, 'base64url').toString()) : 0;
  if (!Number.isInteger(start) || start < 0) throw calendarError(method, 'Invalid page token value.');
  const page = items.slice(start, start + size);
  page.forEach((e) => settleConference(rt, e));
  const out: Json = {
    kind: 'calendar#events',
    etag: `"${rt.now()}"`,
    summary: cal,
    updated: new Date(rt.now()).toISOString(),
    timeZone: rt.state.timeZone,
    accessRole: 'owner',
    defaultReminders: [{ method: 'popup', minutes: 10 }],
    items: JSON.parse(JSON.stringify(page)),
  };
  if (start + size < items.length) out.nextPageToken = Buffer.from(String(start + size)).toString('base64url');
  return out;
}
