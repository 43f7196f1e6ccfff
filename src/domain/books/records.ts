/**
 * The journal as the spreadsheet holds it: one record per journal line, the entry's fields repeated
 * on each of its lines, and a hash chain over the rows so that a row edited, deleted or inserted by
 * hand shows (books/tamper.ts checks it). This module only flattens, rebuilds and chains; it reads no sheet.
 *
 * The chain: hash_i = sha256Hex(hash_{i-1} + '\n' + canonicalRecord(record_i)), with '' before the
 * first line. canonicalRecord is a JSON array of every field but the hash, in a fixed order, each
 * cell as text: JSON quoting keeps field boundaries, so moving text between cells changes the hash.
 */
import type { EntryKind, JournalEntry, JournalLine, SavingsType } from '../types';
import { sha256Hex } from './sha256';

/** One row of the journal tab (its columns: src/workspace/journal-columns.ts), keyed by column key. */
export interface JournalRecord {
  /** Running line number 1..n: a gap means rows were deleted. */
  readonly seq: number;
  readonly entryId: string;
  readonly date: string;
  /** The EntryKind code ("Kode Jenis"); the tab shows its word beside it, outside the hash. */
  readonly kind: string;
  readonly memo: string;
  readonly account: string;
  readonly debit: number;
  readonly credit: number;
  /** Optional fields are '' when absent (what an empty text cell reads as). */
  readonly memberId: string;
  readonly savingsType: string;
  readonly loanId: string;
  readonly party: string;
  readonly reverses: string;
  readonly reason: string;
  readonly receipt: string;
  readonly idempotencyKey: string;
  readonly recordedBy: string;
  /** 'YYYY-MM-DD HH:mm:ss' in the cooperative's time zone. */
  readonly recordedAt: string;
  /** The entry's data (JournalEntry.data), repeated on each of its rows; '' when it has none. */
  readonly data: string;
  /** 64 lowercase hex digits: see the chain rule above. */
  readonly hash: string;
}

/** Where the chain stands: the seq the next line takes and the hash it chains to. */
export interface ChainState {
  readonly nextSeq: number;
  readonly prevHash: string;
}

/** The chain's start: an empty journal. */
export const chainStart: ChainState = { nextSeq: 1, prevHash: '' };

/**
 * Every field the hash covers, in the order it covers them (the tab's order when the chain was
 * made: never reorder, rename or drop one, or every hash written so far stops verifying).
 */
export const HASHED_FIELDS = [
  'seq', 'entryId', 'date', 'kind', 'memo', 'account', 'debit', 'credit', 'memberId', 'savingsType',
  'loanId', 'party', 'reverses', 'reason', 'receipt', 'idempotencyKey', 'recordedBy', 'recordedAt', 'data',
] as const satisfies readonly (keyof JournalRecord)[];

/** The fields before 'data' came (schema 3): a row without data is hashed over these alone. */
const FIELDS_BEFORE_DATA = HASHED_FIELDS.filter((f) => f !== 'data');

/**
 * The texts a row's hash and digest cover, in order. 'data' only when the row has some, so every
 * row written before the column existed (and every money row since) hashes exactly as it did.
 */
export function hashedTexts(record: JournalRecord): string[] {
  return (record.data === '' ? FIELDS_BEFORE_DATA : HASHED_FIELDS).map((key) => String(record[key]));
}

/** `true` when A and B are the same set of keys, `false` otherwise: a type-level check of two lists. */
export type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// A field added to JournalRecord and not to HASHED_FIELDS (so outside the hash) does not compile.
const everyFieldIsHashed: SameKeys<(typeof HASHED_FIELDS)[number], Exclude<keyof JournalRecord, 'hash'>> = true;
void everyFieldIsHashed;

/** The stable text a record's hash covers (everything but the hash itself; numbers as written, 100000). */
export function canonicalRecord(record: JournalRecord): string {
  return JSON.stringify(hashedTexts(record));
}

/** The hash a record must carry when it follows a line whose hash is `prevHash`. */
export function chainHash(prevHash: string, record: JournalRecord): string {
  return sha256Hex(`${prevHash}\n${canonicalRecord(record)}`);
}

/** True for what Lumbung writes in the hash cell: 64 lowercase hex digits. */
export function looksLikeHash(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

/** The row a fact stands on: no account, no amount (read back as no line at all). */
const NO_LINE: JournalLine = { account: '', debit: 0, credit: 0 };
const isNoLine = (r: JournalRecord) => r.account === '' && r.debit === 0 && r.credit === 0;

/** Flattens entries into rows, numbering them from `nextSeq` and chaining them from `prevHash`. */
export function recordsOfEntries(
  entries: readonly JournalEntry[],
  at: ChainState & { readonly recordedAt: string },
): JournalRecord[] {
  const records: JournalRecord[] = [];
  let seq = at.nextSeq;
  let prevHash = at.prevHash;
  for (const e of entries) {
    // A fact (no money line) is one row with no account and no amount.
    for (const l of e.lines.length > 0 ? e.lines : [NO_LINE]) {
      const unhashed: JournalRecord = {
        seq: seq++, entryId: e.id, date: e.date, kind: e.kind, memo: e.memo, account: l.account,
        debit: l.debit, credit: l.credit, memberId: l.memberId ?? '', savingsType: l.savingsType ?? '',
        loanId: l.loanId ?? '', party: l.party ?? '', reverses: e.reverses ?? '', reason: e.reason ?? '',
        receipt: e.receipt ?? '', idempotencyKey: e.idempotencyKey ?? '', recordedBy: e.recordedBy ?? '',
        recordedAt: at.recordedAt, data: e.data ?? '', hash: '',
      };
      prevHash = chainHash(prevHash, unhashed);
      records.push({ ...unhashed, hash: prevHash });
    }
  }
  return records;
}

type TextField = { [K in keyof JournalRecord]: JournalRecord[K] extends string ? K : never }[keyof JournalRecord];

/** Copies the optional fields that are not empty: '' in a cell means absent. */
function present<K extends TextField>(record: JournalRecord, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    if (record[key] !== '') out[key] = record[key];
  }
  return out;
}

/** The journal line a row holds. */
export function lineOfRecord(record: JournalRecord): JournalLine {
  const tags = present(record, ['memberId', 'savingsType', 'loanId', 'party'] as const);
  return {
    account: record.account,
    debit: record.debit,
    credit: record.credit,
    ...tags,
  } as JournalLine & { savingsType?: SavingsType; party?: 'member' | 'non_member' };
}

/** The entry whose fields a row repeats, with the given lines. */
export function entryOfRecord(record: JournalRecord, lines: readonly JournalLine[]): JournalEntry {
  return {
    id: record.entryId,
    date: record.date,
    kind: record.kind as EntryKind,
    memo: record.memo,
    lines,
    ...present(record, ['reverses', 'reason', 'receipt', 'idempotencyKey', 'recordedBy', 'data'] as const),
  };
}

/** Rebuilds entries from rows: consecutive rows with the same entryId are one entry (its first row's fields). */
export function entriesOfRecords(records: readonly JournalRecord[]): JournalEntry[] {
  const entries: JournalEntry[] = [];
  let i = 0;
  while (i < records.length) {
    const first = records[i];
    const lines: JournalLine[] = [];
    while (i < records.length && records[i].entryId === first.entryId) {
      const record = records[i++];
      if (!isNoLine(record)) lines.push(lineOfRecord(record));
    }
    entries.push(entryOfRecord(first, lines));
  }
  return entries;
}

/**
 * Where to continue the chain: after the row with the highest seq that carries a real hash, so a
 * row typed in by hand at the end (no hash) is not chained to. Verify the journal before appending.
 */
export function lastChainState(records: readonly JournalRecord[]): ChainState {
  let best: JournalRecord | undefined;
  for (const r of records) {
    if (Number.isSafeInteger(r.seq) && looksLikeHash(r.hash) && (!best || r.seq >= best.seq)) best = r;
  }
  return best ? { nextSeq: best.seq + 1, prevHash: best.hash } : chainStart;
}
