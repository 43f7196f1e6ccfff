import { createWorkspace } from '../../local/emulator';
import { sentInvitations } from '../../local/emulator/calendar';

function setup() {
  const ws = createWorkspace();
  return { ws, Events: (ws.globals.Calendar as any).Events };
}
function rapat(day: number, extra: object = {}) {
  const d = String(day).padStart(2, '0');
  return {
    summary: `Rapat ${d}`,
    start: { dateTime: `2026-02-${d}T19:00:00+07:00` },
    end: { dateTime: `2026-02-${d}T21:00:00+07:00` },
    ...extra,
  };
}
const meet = (requestId: string) => ({ createRequest: { requestId, conferenceSolutionKey: { type: 'hangoutsMeet' } } });

describe('Google Meet through conferenceData', () => {
  it('answers the insert with a pending request, and has the Meet link at the next read', () => {
    const { Events } = setup();
    const e = Events.insert(rapat(2, { conferenceData: meet('req-1') }), 'primary', { conferenceDataVersion: 1 });
    expect(e.conferenceData.createRequest.status.statusCode).toBe('pending');
    expect(e.hangoutLink).toBeUndefined();
    const later = Events.get('primary', e.id);
    expect(later.conferenceData.createRequest.status.statusCode).toBe('success');
    expect(later.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(later.conferenceData.entryPoints[0]).toEqual({ entryPointType: 'video', uri: later.hangoutLink, label: later.hangoutLink.replace('https://', '') });
    expect(later.conferenceData.conferenceSolution.key.type).toBe('hangoutsMeet');
  });

  it('ignores the create request without conferenceDataVersion: 1 (a silent pitfall)', () => {
    const { Events } = setup();
    const e = Events.insert(rapat(2, { conferenceData: meet('req-1') }), 'primary');
    expect(e.conferenceData).toBeUndefined();
    expect(Events.get('primary', e.id).hangoutLink).toBeUndefined();
  });

  it('gives a reused requestId the same room, and a fresh one a new room', () => {
    const { Events } = setup();
    const a = Events.insert(rapat(2, { conferenceData: meet('same') }), 'primary', { conferenceDataVersion: 1 });
    const b = Events.insert(rapat(9, { conferenceData: meet('same') }), 'primary', { conferenceDataVersion: 1 });
    const c = Events.insert(rapat(16, { conferenceData: meet('other') }), 'primary', { conferenceDataVersion: 1 });
    const link = (id: string) => Events.get('primary', id).hangoutLink;
    expect(link(b.id)).toBe(link(a.id));
    expect(link(c.id)).not.toBe(link(a.id));
  });

  it('adds Meet to an existing event with patch, and refuses other conference types', () => {
    const { Events } = setup();
    const e = Events.insert(rapat(2), 'primary');
    Events.patch({ conferenceData: meet('late') }, 'primary', e.id, { conferenceDataVersion: 1 });
    expect(Events.get('primary', e.id).hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
    expect(() => Events.insert(rapat(3, { conferenceData: { createRequest: { requestId: 'z', conferenceSolutionKey: { type: 'zoom' } } } }), 'primary', { conferenceDataVersion: 1 })).toThrow(
      'API call to calendar.events.insert failed with error: Invalid conference type value.',
    );
  });
});

describe('Calendar.Events patch, update and remove', () => {
  it('patch changes only the given fields and counts a new sequence; update clears what is left out', () => {
    const { Events } = setup();
    const e = Events.insert(rapat(2, { description: 'Agenda: SHU', location: 'Balai' }), 'primary');
    const p = Events.patch({ summary: 'Rapat Luar Biasa' }, 'primary', e.id);
    expect([p.summary, p.description, p.location, p.sequence]).toEqual(['Rapat Luar Biasa', 'Agenda: SHU', 'Balai', 1]);
    const u = Events.update(rapat(3), 'primary', e.id);
    expect([u.summary, u.description, u.location, u.sequence]).toEqual(['Rapat 03', undefined, undefined, 2]);
  });

  it('checks the times of a patched event', () => {
    const { Events } = setup();
    const e = Events.insert(rapat(2), 'primary');
    expect(() => Events.patch({ end: { dateTime: '2026-02-01T00:00:00Z' } }, 'primary', e.id)).toThrow(
      'API call to calendar.events.patch failed with error: The specified time range is empty.',
    );
  });

  it('mails guests about an update and a cancellation when asked', () => {
    const { ws, Events } = setup();
    const e = Events.insert(rapat(2, { attendees: [{ email: 'siti@anggota.example' }] }), 'primary');
    Events.patch({ location: 'Masjid' }, 'primary', e.id, { sendUpdates: 'all' });
    Events.remove('primary', e.id, { sendUpdates: 'all' });
    expect(sentInvitations(ws.runtime).map((n) => [n.kind, n.to])).toEqual([
      ['update', 'siti@anggota.example'],
      ['cancellation', 'siti@anggota.example'],
    ]);
  });

  it('keeps a removed event readable as cancelled, out of lists, and refuses to remove it twice', () => {
    const { Events } = setup();
    const e = Events.insert(rapat(2), 'primary');
    expect(Events.remove('primary', e.id)).toBeUndefined();
    expect(Events.get('primary', e.id).status).toBe('cancelled');
    expect(Events.list('primary').items).toEqual([]);
    expect(() => Events.remove('primary', e.id)).toThrow('API call to calendar.events.delete failed with error: Resource has been deleted');
    expect(() => Events.get('primary', 'nosuchevent')).toThrow('API call to calendar.events.get failed with error: Not Found');
  });
});

describe('Calendar.Events.list', () => {
  it('returns the events overlapping [timeMin, timeMax), in start order', () => {
    const { Events } = setup();
    for (const day of [16, 2, 9, 23]) Events.insert(rapat(day), 'primary');
    const res = Events.list('primary', { timeMin: '2026-02-05T00:00:00Z', timeMax: '2026-02-20T00:00:00Z', singleEvents: true, orderBy: 'startTime' });
    expect(res.items.map((e: any) => e.summary)).toEqual(['Rapat 09', 'Rapat 16']);
    expect(res.timeZone).toBe('Asia/Jakarta');
    // an event ending exactly at timeMin is outside: 2 Feb ends 14:00 UTC
    const edge = Events.list('primary', { timeMin: '2026-02-02T14:00:00Z', timeMax: '2026-02-03T00:00:00Z' });
    expect(edge.items).toEqual([]);
  });

  it('searches free text in summary, description, location and guests', () => {
    const { Events } = setup();
    Events.insert(rapat(2, { description: 'Pembagian SHU' }), 'primary');
    Events.insert(rapat(9, { attendees: [{ email: 'siti@anggota.example' }] }), 'primary');
    expect(Events.list('primary', { q: 'shu' }).items.map((e: any) => e.summary)).toEqual(['Rapat 02']);
    expect(Events.list('primary', { q: 'siti' }).items.map((e: any) => e.summary)).toEqual(['Rapat 09']);
  });

  it('pages with maxResults and nextPageToken', () => {
    const { Events } = setup();
    for (const day of [2, 9, 16]) Events.insert(rapat(day), 'primary');
    const one = Events.list('primary', { maxResults: 2, singleEvents: true, orderBy: 'startTime' });
    const two = Events.list('primary', { maxResults: 2, singleEvents: true, orderBy: 'startTime', pageToken: one.nextPageToken });
    expect([...one.items, ...two.items].map((e: any) => e.summary)).toEqual(['Rapat 02', 'Rapat 09', 'Rapat 16']);
    expect(two.nextPageToken).toBeUndefined();
  });

  it('refuses startTime ordering without singleEvents, and an inverted window', () => {
    const { Events } = setup();
    expect(() => Events.list('primary', { orderBy: 'startTime' })).toThrow('The requested ordering is not available for the particular query.');
    expect(() => Events.list('primary', { timeMin: '2026-03-01T00:00:00Z', timeMax: '2026-02-01T00:00:00Z' })).toThrow(
      'API call to calendar.events.list failed with error: The specified time range is empty.',
    );
  });

  it('settles pending Meet requests for the events it reads', () => {
    const { Events } = setup();
    Events.insert(rapat(2, { conferenceData: meet('r') }), 'primary', { conferenceDataVersion: 1 });
    expect(Events.list('primary').items[0].hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
  });
});

describe('Calendar scopes, counts and saved state', () => {
  it('refuses events calls without a calendar scope', () => {
    const ws = createWorkspace({ manifest: { timeZone: 'Asia/Jakarta', oauthScopes: ['https://www.googleapis.com/auth/drive.file'] } });
    expect(() => (ws.globals.Calendar as any).Events.insert(rapat(2), 'primary')).toThrow(
      'API call to calendar.events.insert failed with error: Request had insufficient authentication scopes.',
    );
  });

  it('counts one call per Events method', () => {
    const { ws, Events } = setup();
    ws.resetCallCounts();
    const e = Events.insert(rapat(2), 'primary');
    Events.get('primary', e.id);
    Events.list('primary');
    expect(ws.callCounts()).toEqual({ 'Calendar.Events.get': 1, 'Calendar.Events.insert': 1, 'Calendar.Events.list': 1 });
  });

  it('continues after save and reload, pending Meet and invitations included', () => {
    const { ws, Events } = setup();
    const e = Events.insert(rapat(2, { conferenceData: meet('r'), attendees: [{ email: 'siti@anggota.example' }] }), 'primary', { conferenceDataVersion: 1, sendUpdates: 'all' });
    const again = createWorkspace({ state: ws.save() });
    const got = (again.globals.Calendar as any).Events.get('primary', e.id);
    expect(got.summary).toBe('Rapat 02');
    expect(got.conferenceData.createRequest.status.statusCode).toBe('success');
    expect(sentInvitations(again.runtime)).toHaveLength(1);
  });
});
