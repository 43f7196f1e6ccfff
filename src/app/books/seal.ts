/**
 * Is the journal as Lumbung last left it? The tip saved in the add-on's document properties after
 * each write holds the rows Lumbung left, the last one's number and hash, and a keyed digest of
 * all of them (domain/books/digest.ts), so the journal read once per operation is checked whole,
 * in well under a tenth of the read's time and with no service call beyond the one read of the
 * tip that writing needs anyway. Every posting checks it before it builds anything: money must not
 * go out against a journal edited by hand, and a posting written onto one would cover the edit.
 */
import { LumbungError } from '../../domain/errors';
import { foldDigest, journalDigest, newDigestKey, emptyDigest } from '../../domain/books/digest';
import { chainHash, chainStart, lastChainState, type JournalRecord } from '../../domain/books/records';
import { verifyJournal } from '../../domain/books/tamper';
import type { Account } from '../../domain/types';
import { readChainTip, saveChainTip, tipStore, type SavedTip } from '../../workspace/journal';

type Store = GoogleAppsScript.Properties.Properties;

/** A tip with its digest: what a write saves. */
export type Seal = Required<SavedTip>;

export interface SealCheck {
  readonly store: Store;
  /** Where Lumbung stands; undefined when the journal is not as it left it. */
  readonly seal?: Seal;
  /** Rows past the saved tip that chain on from it: a write whose tip save failed (or a forger's). */
  readonly unfinished?: { readonly rows: readonly JournalRecord[] };
  /** True when the seal is new (a new ledger, or one from before the digest whose chain verified). */
  readonly fresh: boolean;
}

/** The seal moved past rows Lumbung has just written. */
export function sealAfter(seal: Seal, records: readonly JournalRecord[]): Seal {
  if (records.length === 0) return seal;
  const last = records[records.length - 1];
  return { ...seal, nextSeq: last.seq + 1, prevHash: last.hash, rows: seal.rows + records.length, digest: foldDigest(seal.key, seal.digest, records) };
}

/** True when rows chain on from `seal` (the next numbers, each hash right). */
function chainsOn(seal: Seal, rows: readonly JournalRecord[]): boolean {
  let prev = seal.prevHash;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.seq !== seal.nextSeq + i || r.hash !== chainHash(prev, r)) return false;
    prev = r.hash;
  }
  return true;
}

/** Rows all landed by request `key` (its entries' keys: key, key#2, or key:member for an import). */
const ownedBy = (rows: readonly JournalRecord[], key: string) =>
  rows.every((r) => r.idempotencyKey === key || r.idempotencyKey.startsWith(`${key}#`) || r.idempotencyKey.startsWith(`${key}:`));

/** Reads the tip (one fetch of document properties, one read) and checks the journal read against it. */
export function checkSeal(records: readonly JournalRecord[], chart: readonly Account[]): SealCheck {
  const store = tipStore();
  const tip = readChainTip(store);
  if (tip?.digest !== undefined && tip.key !== undefined && tip.rows !== undefined) {
    const seal: Seal = { nextSeq: tip.nextSeq, prevHash: tip.prevHash, rows: tip.rows, digest: tip.digest, key: tip.key };
    const own = records.slice(0, seal.rows);
    const last = own[own.length - 1];
    const tipHolds = own.length === seal.rows && (last ? last.seq === seal.nextSeq - 1 && last.hash === seal.prevHash : seal.nextSeq === 1);
    if (!tipHolds || journalDigest(seal.key, own) !== seal.digest) return { store, fresh: false };
    const beyond = records.slice(seal.rows);
    if (beyond.length === 0) return { store, seal, fresh: false };
    return chainsOn(seal, beyond) ? { store, unfinished: { rows: beyond }, seal, fresh: false } : { store, fresh: false };
  }
  // A new ledger starts a seal; one from before the digest is sealed once its whole chain verifies
  // against its tip (once: SHA-256 of every row). Rows with no tip at all are not Lumbung's to seal,
  // but for the first write's own rows when its tip save failed: sealFor adopts them for its retry.
  const key = newDigestKey();
  const start: Seal = { ...chainStart, rows: 0, key, digest: emptyDigest(key) };
  if (!tip && records.length > 0) return chainsOn(start, records) ? { store, seal: start, unfinished: { rows: records }, fresh: true } : { store, fresh: false };
  if (tip && !verifyJournal(records, chart, { tip }).ok) return { store, fresh: false };
  const seal = records.length === 0 ? start : { ...start, ...lastChainState(records), rows: records.length, digest: journalDigest(key, records) };
  return { store, seal, fresh: true };
}

/**
 * The seal to write after, for the request `key`; refused in plain words when the journal is not
 * as Lumbung left it. Rows a failed tip save left behind are adopted by the retry of their own
 * request (its key), and saved at once so that a later deletion of them shows.
 */
export function sealFor(check: SealCheck, key: string): Seal {
  if (!check.seal || (check.unfinished && !ownedBy(check.unfinished.rows, key))) throw new LumbungError('JOURNAL_NOT_AS_LEFT');
  if (!check.unfinished) return check.seal;
  const adopted = sealAfter(check.seal, check.unfinished.rows);
  saveChainTip(adopted, check.store);
  return adopted;
}
