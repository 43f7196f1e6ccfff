import { createWorkspace } from '../../local/emulator';

const KETUA = 'ketua@koperasi.example'; // the organizer
const SITI = 'siti@gmail.com'; // a member, invited
const OVERRIDES = { useDefault: false, overrides: [{ method: 'email', minutes: 1440 }, { method: 'popup', minutes: 30 }] };

function rapatByKetua() {
  const ws = createWorkspace({ user: KETUA });
  const Events = ws.globals.Calendar.Events as any; // plain JSON: @types makes every field optional
  const event = Events.insert({
    summary: 'Rapat Anggota Tahunan',
    start: { dateTime: '2026-02-02T19:00:00', timeZone: 'Asia/Jakarta' },
    end: { dateTime: '2026-02-02T21:00:00', timeZone: 'Asia/Jakarta' },
    attendees: [{ email: SITI }],
    reminders: OVERRIDES,
    extendedProperties: { shared: { lumbungMeeting: 'RAT-2026' }, private: { lumbungChecked: 'yes' } },
  }, 'primary');
  return { ws, Events, event };
}

describe("an event's reminders are only its organizer's", () => {
  it("keeps the organizer's reminder overrides on her own calendar", () => {
    const { Events, event } = rapatByKetua();
    expect(Events.get('primary', event.id).reminders).toEqual(OVERRIDES);
  });

  it("gives a guest her calendar's default reminders, not the organizer's overrides", () => {
    const { ws, Events, event } = rapatByKetua();
    ws.setUser(SITI);
    const seen = Events.get('primary', event.id);
    expect(seen.summary).toBe('Rapat Anggota Tahunan');
    expect(seen.reminders).toEqual({ useDefault: true });
    expect(seen.organizer).toEqual({ email: KETUA });
    expect(seen.attendees.find((a: any) => a.self)?.email).toBe(SITI);
    expect(Events.list('primary').items.map((e: any) => [e.id, e.reminders])).toEqual([[event.id, { useDefault: true }]]);
  });

  it("shows a guest the event's shared properties, not the organizer's private ones", () => {
    const { ws, Events, event } = rapatByKetua();
    ws.setUser(SITI);
    expect(Events.get('primary', event.id).extendedProperties).toEqual({ shared: { lumbungMeeting: 'RAT-2026' } });
  });

  it("lets a guest set her own reminders without touching the organizer's", () => {
    const { ws, Events, event } = rapatByKetua();
    ws.setUser(SITI);
    const mine = { useDefault: false, overrides: [{ method: 'popup', minutes: 60 }] };
    expect(Events.patch({ reminders: mine }, 'primary', event.id).reminders).toEqual(mine);
    expect(Events.get('primary', event.id).reminders).toEqual(mine);
    expect(() => Events.patch({ summary: 'Rapat batal' }, 'primary', event.id)).toThrow(/not implemented in the emulator/);
    ws.setUser(KETUA);
    expect(Events.get('primary', event.id).reminders).toEqual(OVERRIDES);
  });

  it('does not show the event to someone who is not invited', () => {
    const { ws, Events, event } = rapatByKetua();
    ws.setUser('tetangga@gmail.com');
    expect(() => Events.get('primary', event.id)).toThrow('API call to calendar.events.get failed with error: Not Found');
    expect(Events.list('primary').items).toEqual([]);
  });
});
