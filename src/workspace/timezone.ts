/**
 * The cooperative's time zone is applied here, at the Sheets/Calendar boundary, and nowhere else:
 * the domain speaks ISO dates. Uses Intl (no service call per value). VERIFY: Apps Script's V8
 * honours Intl time zones as Node does.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(date: Date, timeZone: string): Record<string, number> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(date)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Reading a 100,000-row journal converts 200,000 date cells, most of them the same few thousand
 * days: remembering each instant's text makes that a lookup instead of an Intl call.
 */
const memo = new Map<string, string>();

function remembered(key: string, make: () => string): string {
  let text = memo.get(key);
  if (text === undefined) {
    if (memo.size > 50_000) memo.clear();
    text = make();
    memo.set(key, text);
  }
  return text;
}

/** 'YYYY-MM-DD HH:mm:ss' of an instant in the zone. */
export function isoDateTimeIn(date: Date, timeZone: string): string {
  return remembered(`${timeZone} ${date.getTime()}`, () => {
    const p = partsIn(date, timeZone);
    return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
  });
}

/** The calendar day an instant falls on in the zone, as 'YYYY-MM-DD'. */
export function isoDateIn(date: Date, timeZone: string): string {
  return isoDateTimeIn(date, timeZone).slice(0, 10);
}

/** The instant of midnight starting an ISO day in the zone (what a date cell holds). */
export function midnightIn(iso: string, timeZone: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const p = partsIn(new Date(guess), timeZone);
  const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - guess;
  return new Date(guess - offset);
}
