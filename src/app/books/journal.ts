/**
 * Posting to the journal tab: append-only, each line chained to the one before by its hash, each
 * entry landing once whatever is retried (its idempotency key).
 */
import type { JournalEntry } from '../../domain/types';
import { entryId } from '../../domain/books/journal';
import { entriesOfRecords, lastChainState, recordsOfEntries, type ChainState, type JournalRecord } from '../../domain/books/records';
import { appendJournal, JOURNAL, readChainTip, readJournal, saveChainTip, tipStore } from '../../workspace/journal';
import type { Ctx } from '../context';

export interface JournalView {
  readonly records: readonly JournalRecord[];
  readonly entries: readonly JournalEntry[];
}

const views = new WeakMap<Ctx, JournalView>();

/** The journal as read once in this operation. */
export function journalOf(ctx: Ctx): JournalView {
  let view = views.get(ctx);
  if (!view) {
    const { records } = readJournal(ctx.table(JOURNAL));
    view = { records, entries: entriesOfRecords(records) };
    views.set(ctx, view);
  }
  return view;
}

/** Entry ids for the entries about to be posted: J-000001 onwards, after the highest in use. */
export function nextEntryIds(ctx: Ctx, count: number): string[] {
  const { entries } = journalOf(ctx);
  let max = 0;
  for (const e of entries) max = Math.max(max, Number(e.id.replace(/\D/g, '')) || 0);
  return Array.from({ length: count }, (_, i) => entryId(max + 1 + i));
}

/** The next receipt number of the year: KW-2026-00001. */
export function nextReceipt(ctx: Ctx): string {
  const prefix = `${ctx.settings.receiptPrefix}-${ctx.today.slice(0, 4)}-`;
  let max = 0;
  for (const e of journalOf(ctx).entries) {
    if (e.receipt?.startsWith(prefix)) max = Math.max(max, Number(e.receipt.slice(prefix.length)) || 0);
  }
  return `${prefix}${String(max + 1).padStart(5, '0')}`;
}

/** The entry already posted under an idempotency key, if any. */
export function postedWithKey(ctx: Ctx, key: string): JournalEntry | undefined {
  return journalOf(ctx).entries.find((e) => e.idempotencyKey === key);
}

export interface PostResult {
  readonly posted: readonly JournalEntry[];
  /** Entries whose idempotency key had already landed: not posted again. */
  readonly duplicates: readonly JournalEntry[];
}

/** Appends entries (already checked by their posting rules) as one block of chained rows. */
export function postEntries(ctx: Ctx, entries: readonly JournalEntry[]): PostResult {
  const view = journalOf(ctx);
  const fresh: JournalEntry[] = [];
  const duplicates: JournalEntry[] = [];
  const keys = new Set(view.entries.map((e) => e.idempotencyKey).filter(Boolean));
  for (const e of entries) {
    if (e.idempotencyKey && keys.has(e.idempotencyKey)) duplicates.push(e);
    else {
      fresh.push(e);
      if (e.idempotencyKey) keys.add(e.idempotencyKey);
    }
  }
  if (fresh.length === 0) return { posted: fresh, duplicates };
  const store = tipStore();
  const records = recordsOfEntries(fresh, { ...chainStateToContinue(view.records, readChainTip(store)), recordedAt: ctx.recordedAt });
  appendJournal(ctx.table(JOURNAL), records);
  saveChainTip(lastChainState(records), store);
  views.set(ctx, { records: [...view.records, ...records], entries: [...view.entries, ...fresh] });
  return { posted: fresh, duplicates };
}

/**
 * Where the next rows chain from: the saved tip when it is ahead of the sheet (its last rows were
 * deleted), so the new rows keep their true numbers and the deletion stays visible as a gap; else
 * the sheet's own last chained row.
 */
function chainStateToContinue(records: readonly JournalRecord[], tip: ChainState | undefined): ChainState {
  const own = lastChainState(records);
  return tip && tip.nextSeq >= own.nextSeq ? tip : own;
}
