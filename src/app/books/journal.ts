/**
 * The journal in a use case: read once per operation (workspace/journal.ts), posted to the one way
 * (the domain's journalPost keys, numbers and checks a request; this writes what it gives), each
 * line chained to the one before by its hash.
 */
import type { JournalEntry } from '../../domain/types';
import { journalPost, landedEntries, type NextMeta, type PostResult } from '../../domain/books/posting';
import { entriesOfRecords, recordsOfEntries, type JournalRecord } from '../../domain/books/records';
import { appendJournal, JOURNAL, readJournal, saveChainTip } from '../../workspace/journal';
import type { Ctx } from '../context';
import { checkSeal, sealAfter, sealFor, type Seal, type SealCheck } from './seal';

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

const checks = new WeakMap<Ctx, SealCheck>();
const seals = new WeakMap<Ctx, Seal>();

/**
 * Refuses (JOURNAL_NOT_AS_LEFT) unless the journal is as Lumbung last left it, checked once per
 * operation before anything is decided: every posting, and a use case about to pay money out
 * before it reads a balance. `key` is the request's: its own rows left by a failed tip save are adopted.
 */
export function journalAsLeft(ctx: Ctx, key: string): void {
  if (seals.has(ctx)) return;
  let check = checks.get(ctx);
  if (!check) {
    check = checkSeal(journalOf(ctx).records, ctx.chart);
    checks.set(ctx, check);
  }
  seals.set(ctx, sealFor(check, key));
}

/** The receipt series of today's year: KW-2026- (numbered by the domain: KW-2026-00001 onwards). */
function receiptSeries(ctx: Ctx): string {
  return `${ctx.settings.receiptPrefix}-${ctx.today.slice(0, 4)}-`;
}

/** The entries a request's key has landed (empty when it has not): for a use case that must know first. */
export function landed(ctx: Ctx, key: string): readonly JournalEntry[] {
  return landedEntries({ chart: ctx.chart, entries: journalOf(ctx).entries }, key);
}

/**
 * A request's entries built, numbered and checked by the domain (journalPost), not yet written: for a
 * use case that writes a view before the journal (the journal goes last: it is the truth).
 */
export function planPosting(ctx: Ctx, key: string, build: (next: NextMeta) => readonly JournalEntry[]): PostResult {
  journalAsLeft(ctx, key);
  const request = { key, recordedBy: ctx.user, receiptSeries: receiptSeries(ctx), limit: ctx.settings.transactionLimit };
  return journalPost({ chart: ctx.chart, entries: journalOf(ctx).entries }, request, build);
}

/** Writes what planPosting gave (nothing when the request had landed). */
export function writePosting(ctx: Ctx, result: PostResult): void {
  if (!result.repeated && result.entries.length > 0) write(ctx, journalOf(ctx), result.entries);
}

/** Posts a request the one way: planned by the domain, then written as one block of chained rows. */
export function post(ctx: Ctx, key: string, build: (next: NextMeta) => readonly JournalEntry[]): PostResult {
  const result = planPosting(ctx, key, build);
  writePosting(ctx, result);
  return result;
}

/** Appends entries (checked by journalPost) as one block of chained rows, and moves the seal (one property write). */
function write(ctx: Ctx, view: JournalView, fresh: readonly JournalEntry[]): void {
  const seal = seals.get(ctx);
  const check = checks.get(ctx);
  if (!seal || !check) throw new RangeError('write: the journal was not checked first (planPosting)');
  const records = recordsOfEntries(fresh, { nextSeq: seal.nextSeq, prevHash: seal.prevHash, recordedAt: ctx.recordedAt });
  appendJournal(ctx.table(JOURNAL), records);
  const moved = sealAfter(seal, records);
  saveChainTip(moved, check.store);
  seals.set(ctx, moved);
  views.set(ctx, { records: [...view.records, ...records], entries: [...view.entries, ...fresh] });
}
