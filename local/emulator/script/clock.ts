/** advanceTime: moves the emulated clock and runs the time-driven triggers that come due. */
import type { Runtime } from '../runtime';
import { runTrigger } from './run';
import { nextDue } from './schedule';
import { scriptState, TriggerData } from './state';

/** Google's time-driven event object; its calendar fields are in UTC. */
export function clockEvent(triggerUid: string, at: number): Record<string, unknown> {
  const d = new Date(at);
  return {
    authMode: 'FULL',
    triggerUid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    // Monday is 1 ... Sunday 7, as Google documents it.
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    'week-of-year': isoWeek(d),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}

function isoWeek(d: Date): number {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  t.setUTCDate(t.getUTCDate() + 4 - (t.getUTCDay() || 7));
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

function earliestDue(rt: Runtime, until: number): TriggerData | null {
  let best: TriggerData | null = null;
  for (const t of scriptState(rt).triggers) {
    const c = t.clock;
    if (!c || c.spent || c.next > until) continue;
    if (!best || c.next < best.clock!.next) best = t;
  }
  return best;
}

/**
 * Moves the clock forward by `ms`, running each trigger that comes due on the way in time order
 * (ties in creation order), the clock standing at the due instant during the run. Handlers may
 * create or delete triggers; that takes effect for the rest of the walk.
 */
export function advanceTime(rt: Runtime, ms: number): void {
  const until = rt.now() + ms;
  for (let t = earliestDue(rt, until); t; t = earliestDue(rt, until)) {
    const c = t.clock!;
    const due = c.next;
    rt.state.clock = Math.max(rt.state.clock, due);
    const following = nextDue(c, due);
    // A spent one-shot trigger stays listed (and counts toward the 20) until the script deletes it,
    // as users report of .at()/.after() triggers; it never runs again.
    if (following === null) c.spent = true;
    else c.next = following;
    runTrigger(rt, t, clockEvent(t.uid, due));
  }
  rt.state.clock = until;
}
