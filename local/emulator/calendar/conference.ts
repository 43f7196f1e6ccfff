/**
 * Google Meet through conferenceData.createRequest. Only honoured with conferenceDataVersion: 1
 * (without it Google drops the request silently). The insert answers status 'pending'; the rule
 * here: the conference is 'success', with hangoutLink and entryPoints, at the event's next read
 * (get, list, patch, update). A requestId reused on another event gives that event the same room.
 */
import * as crypto from 'crypto';
import type { Runtime } from '../runtime';
import { calendarError, calendarState, Json } from './state';

/** A Meet code like "abc-defg-hij", derived from the request id so tests are reproducible. */
function meetCode(requestId: string): string {
  const h = crypto.createHash('sha256').update(`meet:${requestId}`).digest();
  const letters = Array.from(h.subarray(0, 10), (b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${letters.slice(0, 3)}-${letters.slice(3, 7)}-${letters.slice(7, 10)}`;
}

/** Applies a write's conferenceData to the stored event (insert, patch, update). */
export function applyConference(rt: Runtime, method: string, stored: Json, incoming: Json | undefined, version: number | undefined): void {
  if (incoming === undefined || version !== 1) return;
  if (incoming === null) {
    delete stored.conferenceData;
    delete stored.hangoutLink;
    return;
  }
  const req = incoming.createRequest;
  if (!req) return;
  const type = req.conferenceSolutionKey?.type;
  if (type !== 'hangoutsMeet') throw calendarError(method, 'Invalid conference type value.');
  if (!req.requestId) throw calendarError(method, 'Invalid conference create request.');
  const s = calendarState(rt);
  s.conferences[req.requestId] ??= { conferenceId: meetCode(String(req.requestId)) };
  stored.conferenceData = { createRequest: { requestId: String(req.requestId), conferenceSolutionKey: { type }, status: { statusCode: 'pending' } } };
  delete stored.hangoutLink;
  s.pending[stored.id] = true;
}

/** A read of the event: a pending conference is ready now. */
export function settleConference(rt: Runtime, stored: Json): void {
  const s = calendarState(rt);
  if (!s.pending[stored.id]) return;
  delete s.pending[stored.id];
  const requestId = stored.conferenceData.createRequest.requestId;
  const code = s.conferences[requestId].conferenceId;
  stored.hangoutLink = `https://meet.google.com/${code}`;
  stored.conferenceData = {
    entryPoints: [
      { entryPointType: 'video', uri: `https://meet.google.com/${code}`, label: `meet.google.com/${code}` },
      { entryPointType: 'more', uri: `https://tel.meet/${code}?pin=1234567890123`, pin: '1234567890123' },
    ],
    conferenceSolution: {
      key: { type: 'hangoutsMeet' },
      name: 'Google Meet',
      iconUri: 'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png',
    },
    conferenceId: code,
    createRequest: { requestId, conferenceSolutionKey: { type: 'hangoutsMeet' }, status: { statusCode: 'success' } },
  };
}
