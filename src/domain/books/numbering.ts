/**
 * Numbers people read and quote: entries (J-000001), receipts (KW-2026-00001), members (A-0001),
 * applications and loans (P-2026-0001). A number is never reused, even one whose row is gone.
 */
import type { JournalEntry } from '../types';

/**
 * The next number after the highest in use under a head ("A-", "P-2026-"), four digits at least:
 * A-0001, P-2026-0002 (never reuses a number, even one whose row is gone).
 */
export function nextNumbered(head: string, existing: readonly string[]): string {
  let max = 0;
  for (const raw of existing) {
    const id = raw.trim();
    if (id.startsWith(head) && /^\d+$/.test(id.slice(head.length))) max = Math.max(max, Number(id.slice(head.length)));
  }
  return `${head}${String(max + 1).padStart(4, '0')}`;
}

/** 'J-000001' from a counter the caller keeps (the journal tab's row count, say). */
export function entryId(counter: number): string {
  if (!Number.isSafeInteger(counter) || counter < 1) throw new RangeError(`entryId: bad counter ${counter}`);
  return `J-${String(counter).padStart(6, '0')}`;
}

/** The highest entry number in the journal (0 when it is empty): the next entry is one more. */
export function lastEntryNumber(entries: readonly JournalEntry[]): number {
  let max = 0;
  for (const e of entries) max = Math.max(max, Number(e.id.replace(/\D/g, '')) || 0);
  return max;
}

/** The next receipt of a series ('KW-2026-' gives KW-2026-00001 onwards), after the highest in the journal. */
export function nextReceipt(entries: readonly JournalEntry[], series: string): string {
  let max = 0;
  for (const e of entries) {
    if (e.receipt?.startsWith(series)) max = Math.max(max, Number(e.receipt.slice(series.length)) || 0);
  }
  return `${series}${String(max + 1).padStart(5, '0')}`;
}
