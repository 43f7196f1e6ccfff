/**
 * The one way entries reach the journal. A posting request carries its idempotency key: a request
 * whose key has landed gives back what landed and nothing is built or checked again (a second click,
 * or a retry after Google failed mid-way, shows the same receipt). Otherwise the posting rule builds
 * its entries from meta numbered here (entry ids and receipts after the journal's highest), and
 * every entry is checked against the journal before anything is written, all problems at once.
 * The caller (app/) writes `entries` when `repeated` is false, and nothing else.
 */
import type { JournalEntry } from '../types';
import type { IsoDate } from '../dates';
import { LumbungError, type Problem } from '../errors';
import { entryProblems, reversalProblems, type Journal } from './journal';
import { boundsProblems } from './bounds';
import { entryId, lastEntryNumber, nextReceipt } from './numbering';
import type { EntryMeta } from './postings';

export interface PostRequest {
  /** Lands the request once: its first entry carries it, the next ones `<key>#2`, `<key>#3`. */
  readonly key: string;
  /** The acting person's email, stamped on every entry. */
  readonly recordedBy: string;
  /** The receipt series of the day, e.g. 'KW-2026-': entries that give a receipt are numbered in it. */
  readonly receiptSeries: string;
  /** The most one line of a new entry may carry (settings' batas_per_transaksi); absent: no limit. */
  readonly limit?: number;
}

/** What a rule is given to make the request's entries: meta for each, in posting order. */
export type NextMeta = (fields: {
  readonly date: IsoDate;
  readonly memo: string;
  /** The entry gives the member a receipt (money in or out at the table). */
  readonly receipt?: boolean;
  /** Its own key instead of the request's (an import keys each member's opening balance). */
  readonly key?: string;
}) => EntryMeta;

export interface PostResult {
  /** The journal with the request's entries. */
  readonly journal: Journal;
  /** The request's entries: posted now, or found already landed. */
  readonly entries: readonly JournalEntry[];
  /** True when the request had landed before: nothing new to write. */
  readonly repeated: boolean;
}

/**
 * The key a request lands under: its kind and the id its form was opened with. A blank id (a forged
 * or broken event) is refused: as a key it would match another blank-id request and swallow a
 * different posting as a repeat.
 */
export function requestKey(kind: string, requestId: string): string {
  const id = requestId.trim();
  if (id === '') throw new LumbungError('REQUEST_ID_MISSING');
  return `${kind}:${id}`;
}

const keyOf = (key: string, n: number): string => (n === 0 ? key : `${key}#${n + 1}`);

/** The entries a request's key landed, in posting order (empty when it has not landed). */
export function landedEntries(journal: Journal, key: string): JournalEntry[] {
  return journal.entries.filter((e) => e.idempotencyKey !== undefined && (e.idempotencyKey === key || e.idempotencyKey.startsWith(`${key}#`)));
}

export function journalPost(journal: Journal, request: PostRequest, build: (next: NextMeta) => readonly JournalEntry[]): PostResult {
  if (!request.key || !request.recordedBy) throw new RangeError('journalPost: a request needs its key and who records it');
  const landed = landedEntries(journal, request.key);
  if (landed.length > 0) return { journal, entries: landed, repeated: true };

  const seen = new Set(journal.entries.map((e) => e.idempotencyKey).filter(Boolean));
  const last = lastEntryNumber(journal.entries);
  let made = 0;
  let receipts = 0;
  let firstReceipt = '';
  // Ids and receipts are handed out in order; a rule that makes no entry uses none.
  const next: NextMeta = (fields) => {
    const n = made++;
    if (fields.receipt && firstReceipt === '') firstReceipt = nextReceipt(journal.entries, request.receiptSeries);
    const receipt = fields.receipt ? bumpReceipt(firstReceipt, receipts++) : undefined;
    return {
      id: entryId(last + 1 + n), date: fields.date, memo: fields.memo, recordedBy: request.recordedBy,
      idempotencyKey: fields.key ?? keyOf(request.key, n),
      ...(receipt !== undefined ? { receipt } : {}),
    };
  };
  const entries = build(next);

  // Checked against the journal as it stands; a request never reverses its own entries.
  const problems: Problem[] = [];
  const ids = new Set(journal.entries.map((e) => e.id));
  for (const entry of entries) {
    const key = entry.idempotencyKey;
    if (key === undefined || seen.has(key)) throw new RangeError(`journalPost: entry ${entry.id} has no key, or one that has landed (${key})`);
    seen.add(key);
    const own = entryProblems(entry, journal.chart);
    if (own.length > 0) problems.push(...own);
    else if (ids.has(entry.id)) problems.push({ code: 'ENTRY_ID_DUPLICATE', params: { id: entry.id }, where: entry.id });
    else problems.push(...reversalProblems(journal, entry));
    ids.add(entry.id);
  }
  if (problems.length === 0) problems.push(...boundsProblems(journal.entries, entries, request.limit));
  if (problems.length > 0) throw new LumbungError(problems[0].code, { ...problems[0].params, entry: problems[0].where ?? '?' }, problems);
  return { journal: { chart: journal.chart, entries: [...journal.entries, ...entries] }, entries, repeated: false };
}

/** The receipt `n` places after `first` in its series (a request giving two receipts). */
function bumpReceipt(first: string, n: number): string {
  if (n === 0) return first;
  const digits = first.match(/(\d+)$/)![1];
  return first.slice(0, -digits.length) + String(Number(digits) + n).padStart(digits.length, '0');
}
