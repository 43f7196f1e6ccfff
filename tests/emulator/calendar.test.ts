import { createWorkspace, projectManifest } from '../../local/emulator';
import { respondToEvent, sentInvitations } from '../../local/emulator/calendar';

const ME = 'bendahara@koperasi.example';

function setup(manifest?: object) {
  const ws = createWorkspace(manifest ? { manifest } : {});
  const Calendar = ws.globals.Calendar as any;
  return { ws, Calendar, Events: Calendar.Events };
}

/** The monthly meeting: 2 February 2026, 19:00-21:00 in Jakarta (12:00-14:00 UTC). */
function rapat(extra: object = {}) {
  return {
    summary: 'Rapat Anggota Februari',
    start: { dateTime: '2026-02-02T19:00:00', timeZone: 'Asia/Jakarta' },
    end: { dateTime: '2026-02-02T21:00:00', timeZone: 'Asia/Jakarta' },
    ...extra,
  };
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('Calendar (advanced service v3)', () => {
  it('identifies itself as Apps Script does', () => {
    expect(String(setup().Calendar)).toBe('AdvancedServiceIdentifier{name=calendar, version=v3}');
  });

  it("gives the primary calendar, whose id is the user's email, when the manifest has a calendar scope", () => {
    const m = projectManifest() as any;
    const { Calendar } = setup({ ...m, oauthScopes: [...m.oauthScopes, 'https://www.googleapis.com/auth/calendar.readonly'] });
    expect(Calendar.Calendars.get('primary')).toMatchObject({ id: ME, timeZone: 'Asia/Jakarta' });
  });

  it('refuses Calendars.get under calendar.events alone, as Google does', () => {
    expect(() => setup().Calendar.Calendars.get('primary')).toThrow(
      'API call to calendar.calendars.get failed with error: Request had insufficient authentication scopes.',
    );
  });
});

describe('Calendar.Events.insert', () => {
  it('stores the event with its organizer, default reminders and a readable id', () => {
    const { Events } = setup();
    const e = Events.insert(rapat(), 'primary');
    expect(e).toMatchObject({ kind: 'calendar#event', status: 'confirmed', summary: 'Rapat Anggota Februari', organizer: { email: ME, self: true }, reminders: { useDefault: true } });
    expect(e.id).toMatch(/^[a-v0-9]{5,}$/);
    expect(Events.get('primary', e.id).start).toEqual({ dateTime: '2026-02-02T19:00:00', timeZone: 'Asia/Jakarta' });
  });

  it('invites guests, who wait with needsAction, and mails them when sendUpdates is all', () => {
    const { ws, Events } = setup();
    const e = Events.insert(rapat({ attendees: [{ email: 'siti@anggota.example' }, { email: 'budi@anggota.example' }] }), 'primary', { sendUpdates: 'all' });
    expect(e.attendees.map((a: any) => [a.email, a.responseStatus])).toEqual([
      ['siti@anggota.example', 'needsAction'],
      ['budi@anggota.example', 'needsAction'],
    ]);
    expect(sentInvitations(ws.runtime).map((n) => [n.kind, n.to])).toEqual([
      ['invitation', 'siti@anggota.example'],
      ['invitation', 'budi@anggota.example'],
    ]);
  });

  it('mails nobody without sendUpdates, and only other domains with externalOnly', () => {
    const { ws, Events } = setup();
    const guests = [{ email: 'ketua@koperasi.example' }, { email: 'siti@anggota.example' }];
    Events.insert(rapat({ attendees: guests }), 'primary');
    expect(sentInvitations(ws.runtime)).toEqual([]);
    Events.insert(rapat({ attendees: guests }), 'primary', { sendUpdates: 'externalOnly' });
    expect(sentInvitations(ws.runtime).map((n) => n.to)).toEqual(['siti@anggota.example']);
  });

  it('lets a guest answer, and keeps the answer when the event is patched', () => {
    const { ws, Events } = setup();
    const e = Events.insert(rapat({ attendees: [{ email: 'siti@anggota.example' }, { email: 'budi@anggota.example' }] }), 'primary');
    respondToEvent(ws.runtime, e.id, 'siti@anggota.example', 'accepted');
    respondToEvent(ws.runtime, e.id, 'budi@anggota.example', 'declined');
    const after = Events.patch({ location: 'Balai Desa', attendees: [{ email: 'siti@anggota.example' }, { email: 'budi@anggota.example' }, { email: 'ani@anggota.example' }] }, 'primary', e.id);
    expect(after.attendees.map((a: any) => a.responseStatus)).toEqual(['accepted', 'declined', 'needsAction']);
  });

  it('takes all-day events by date', () => {
    const { Events } = setup();
    const e = Events.insert({ summary: 'RAT', start: { date: '2026-03-01' }, end: { date: '2026-03-02' } }, 'primary');
    expect(e.start).toEqual({ date: '2026-03-01' });
  });

  it('keeps up to five reminder overrides and refuses a sixth', () => {
    const { Events } = setup();
    const five = [1440, 120, 60, 30, 10].map((minutes) => ({ method: 'popup', minutes }));
    expect(Events.insert(rapat({ reminders: { useDefault: false, overrides: five } }), 'primary').reminders.overrides).toHaveLength(5);
    const six = [...five, { method: 'email', minutes: 2880 }];
    expect(() => Events.insert(rapat({ reminders: { useDefault: false, overrides: six } }), 'primary')).toThrow(
      'API call to calendar.events.insert failed with error: The maximum number of override reminders is 5.',
    );
    expect(() => Events.insert(rapat({ reminders: { useDefault: true, overrides: [{ method: 'popup', minutes: 5 }] } }), 'primary')).toThrow(
      'Cannot specify both default reminders and overrides at the same time.',
    );
  });

  it('refuses an end before the start with Google\'s text and exception name', () => {
    const { Events } = setup();
    const e = thrown(() => Events.insert(rapat({ end: { dateTime: '2026-02-02T18:00:00+07:00' } }), 'primary'));
    expect(e.name).toBe('GoogleJsonResponseException');
    expect(e.message).toBe('API call to calendar.events.insert failed with error: The specified time range is empty.');
  });

  it('needs a time zone for a dateTime without offset, an end time, and matching kinds of time', () => {
    const { Events } = setup();
    expect(() => Events.insert(rapat({ start: { dateTime: '2026-02-02T19:00:00' } }), 'primary')).toThrow('Missing time zone definition for start time.');
    expect(() => Events.insert({ summary: 'x', start: { date: '2026-03-01' } }, 'primary')).toThrow('Missing end time.');
    expect(() => Events.insert(rapat({ end: { date: '2026-02-03' } }), 'primary')).toThrow('Start and end times must either both be date or both be dateTime.');
  });

  it('refuses a bad guest address and more guests than Google allows', () => {
    const { Events } = setup();
    expect(() => Events.insert(rapat({ attendees: [{ email: 'siti' }] }), 'primary')).toThrow('Invalid attendee email.');
    const crowd = Array.from({ length: 201 }, (_, i) => ({ email: `a${i}@anggota.example` }));
    expect(() => Events.insert(rapat({ attendees: crowd }), 'primary')).toThrow('API call to calendar.events.insert failed with error: Calendar usage limits exceeded.');
    expect(Events.insert(rapat({ attendees: crowd.slice(0, 200) }), 'primary').attendees).toHaveLength(200);
  });

  it('knows only the primary calendar', () => {
    const { Events } = setup();
    expect(() => Events.insert(rapat(), 'lain@group.calendar.google.com')).toThrow('API call to calendar.events.insert failed with error: Not Found');
  });

  it('stops at 5,000 new events in a Pacific day and starts again the next day', () => {
    const { ws, Events } = setup();
    for (let i = 0; i < 5000; i++) Events.insert(rapat(), 'primary');
    expect(() => Events.insert(rapat(), 'primary')).toThrow('API call to calendar.events.insert failed with error: Calendar usage limits exceeded.');
    ws.advanceTime(6 * 3600 * 1000); // 08:00 UTC: midnight in California
    expect(() => Events.insert(rapat(), 'primary')).not.toThrow();
  });
});
