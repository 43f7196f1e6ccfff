import { createWorkspace } from '../../local/emulator';
import { triggerFailures } from '../../local/emulator/script';
import { plainScriptManifest, plainWorkspace, recordCalls, scriptApp } from './script-helpers';

// Every workspace starts on Monday 2026-01-05 02:00 UTC, 09:00 in Asia/Jakarta (UTC+7).
const START = Date.parse('2026-01-05T02:00:00Z');
const HOUR = 3_600_000;

describe('advanceTime', () => {
  it('runs an hourly trigger at each hour passed, with Google\'s time-driven event in UTC', () => {
    const ws = plainWorkspace();
    const calls = recordCalls(ws, 'tick');
    const t = scriptApp(ws).newTrigger('tick').timeBased().everyHours(1).create();
    ws.advanceTime(3 * HOUR);
    expect(calls.map((c) => c.event.hour)).toEqual([3, 4, 5]);
    expect(calls[0].event).toEqual({
      authMode: 'FULL', triggerUid: t.getUniqueId(), year: 2026, month: 1, 'day-of-month': 5,
      'day-of-week': 1, 'week-of-year': 2, hour: 3, minute: 0, second: 0, timezone: 'UTC',
    });
    expect(ws.now().getTime()).toBe(START + 3 * HOUR);
  });

  it('runs a daily atHour trigger at that hour of the script time zone', () => {
    const ws = plainWorkspace();
    const calls = recordCalls(ws, 'nightly');
    scriptApp(ws).newTrigger('nightly').timeBased().everyDays(1).atHour(2).create();
    ws.advanceTime(48 * HOUR);
    // 02:00 in Jakarta is 19:00 UTC the day before: Jan 6 and Jan 7 local.
    expect(calls.map((c) => [c.event['day-of-month'], c.event.hour])).toEqual([[5, 19], [6, 19]]);
  });

  it('honours inTimezone and onWeekDay', () => {
    const ws = plainWorkspace();
    const calls = recordCalls(ws, 'utcDaily', 'fridays');
    const ScriptApp = scriptApp(ws);
    ScriptApp.newTrigger('utcDaily').timeBased().everyDays(1).atHour(2).inTimezone('UTC').create();
    ScriptApp.newTrigger('fridays').timeBased().onWeekDay(ScriptApp.WeekDay.FRIDAY).atHour(8).create();
    ws.advanceTime(5 * 24 * HOUR);
    const fridays = calls.filter((c) => c.name === 'fridays').map((c) => [c.event['day-of-month'], c.event.hour]);
    // Friday 2026-01-09 08:00 WIB = 01:00 UTC.
    expect(fridays).toEqual([[9, 1]]);
    expect(calls.filter((c) => c.name === 'utcDaily').map((c) => c.event['day-of-month'])).toEqual([6, 7, 8, 9, 10]);
    // Zones are read as everywhere else in the emulator (zone.ts): "GMT+7" is one, "Mars/Base" is not.
    expect(() => ScriptApp.newTrigger('utcDaily').timeBased().everyDays(1).inTimezone('GMT+7')).not.toThrow();
    expect(() => ScriptApp.newTrigger('utcDaily').timeBased().everyDays(1).inTimezone('Mars/Base')).toThrow('Invalid argument: timezone');
  });

  it('runs triggers in time order with the clock standing at each due time', () => {
    const ws = plainWorkspace();
    const seen: string[] = [];
    ws.defineFunctions({
      every2h: () => { seen.push(`every2h@${ws.now().toISOString().slice(11, 16)}`); },
      once: () => { seen.push(`once@${ws.now().toISOString().slice(11, 16)}`); },
    });
    const ScriptApp = scriptApp(ws);
    ScriptApp.newTrigger('every2h').timeBased().everyHours(2).create();
    ScriptApp.newTrigger('once').timeBased().after(90 * 60_000).create();
    ws.advanceTime(4 * HOUR);
    expect(seen).toEqual(['once@03:30', 'every2h@04:00', 'every2h@06:00']);
  });

  it('runs a one-shot trigger once and keeps it listed until the script deletes it', () => {
    const ws = plainWorkspace();
    const calls = recordCalls(ws, 'later');
    const ScriptApp = scriptApp(ws);
    const t = ScriptApp.newTrigger('later').timeBased().at(new Date(START + HOUR)).create();
    ws.advanceTime(24 * HOUR);
    ws.advanceTime(24 * HOUR);
    expect(calls).toHaveLength(1);
    expect(ScriptApp.getProjectTriggers().map((x) => x.getUniqueId())).toEqual([t.getUniqueId()]);
  });

  it('runs a trigger as its creator and gives the active user back afterwards', () => {
    const ws = plainWorkspace({ user: 'ketua@koperasi.example' });
    const calls = recordCalls(ws, 'job');
    scriptApp(ws).newTrigger('job').timeBased().after(60_000).create();
    ws.setUser('bendahara@koperasi.example');
    ws.advanceTime(HOUR);
    expect(calls.map((c) => c.user)).toEqual(['ketua@koperasi.example']);
    expect(ws.runtime.state.user).toBe('bendahara@koperasi.example');
  });

  it('records a failing handler and keeps going', () => {
    const ws = plainWorkspace();
    const calls = recordCalls(ws, 'fine');
    ws.defineFunctions({ broken: () => { throw new Error('sheet missing'); } });
    const ScriptApp = scriptApp(ws);
    const bad = ScriptApp.newTrigger('broken').timeBased().after(60_000).create();
    ScriptApp.newTrigger('ghost').timeBased().after(120_000).create();
    ScriptApp.newTrigger('fine').timeBased().after(180_000).create();
    expect(() => ws.advanceTime(HOUR)).not.toThrow();
    expect(calls).toHaveLength(1);
    expect(triggerFailures(ws.runtime).map((f) => [f.handler, f.message, f.at - START])).toEqual([
      ['broken', 'Error: sheet missing', 60_000],
      ['ghost', 'Exception: Script function not found: ghost', 120_000],
    ]);
    expect(triggerFailures(ws.runtime)[0].triggerUid).toBe(bad.getUniqueId());
  });

  it('runs a trigger that a handler creates on the way (a chunked job resuming)', () => {
    const ws = plainWorkspace();
    let chunks = 0;
    ws.defineFunctions({
      chunk: () => {
        chunks++;
        if (chunks < 3) scriptApp(ws).newTrigger('chunk').timeBased().after(10 * 60_000).create();
      },
    });
    scriptApp(ws).newTrigger('chunk').timeBased().after(60_000).create();
    ws.advanceTime(HOUR);
    expect(chunks).toBe(3);
  });

  it('continues a saved workspace: a pending trigger fires after createWorkspace({ state })', () => {
    const ws = plainWorkspace();
    scriptApp(ws).newTrigger('later').timeBased().after(2 * HOUR).create();
    ws.advanceTime(HOUR);
    const again = createWorkspace({ state: ws.save(), manifest: plainScriptManifest() });
    const calls = recordCalls(again, 'later');
    again.advanceTime(HOUR);
    expect(calls.map((c) => c.event.hour)).toEqual([4]);
  });
});
