/** Calendar's saved state: events per calendar, Meet conferences by request id, notices sent, quota. */
import { GoogleJsonResponseException } from '../errors';
import type { Runtime } from '../runtime';

export type Json = Record<string, any>;

export interface Notice {
  kind: 'invitation' | 'update' | 'cancellation';
  calendarId: string;
  eventId: string;
  summary: string;
  to: string;
  at: number;
}

export interface CalendarState {
  /** calendarId (the owner's email) -> event id -> the event resource as the API returns it. */
  events: Record<string, Record<string, Json>>;
  /** Meet conferences by createRequest.requestId; a reused id gives the same room. */
  conferences: Record<string, { conferenceId: string }>;
  /** Events whose conference is still pending: it turns 'success' at their next read. */
  pending: Record<string, true>;
  notices: Notice[];
  created: Record<string, { day: string; count: number }>;
  dailyLimit: number;
  nextEvent: number;
}

/** Events a consumer account may create per day (Workspace: 10,000). */
export const CONSUMER_DAILY_EVENTS = 5000;

export function calendarState(rt: Runtime): CalendarState {
  return rt.service<CalendarState>('calendar', () => ({ events: {}, conferences: {}, pending: {}, notices: [], created: {}, dailyLimit: CONSUMER_DAILY_EVENTS, nextEvent: 1 }));
}

export function calendarError(method: string, message: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(`API call to calendar.${method} failed with error: ${message}`);
}

/** 'primary' is the active user's calendar, whose id is the user's email; no other calendar exists. */
export function calendarIdOf(rt: Runtime, method: string, calendarId: string): string {
  if (!calendarId) throw calendarError(method, 'Required');
  const id = calendarId === 'primary' ? rt.state.user : calendarId;
  if (id !== rt.state.user) throw calendarError(method, 'Not Found');
  return id;
}
