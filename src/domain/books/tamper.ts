/**
 * Checks the journal tab for rows changed by hand: the hash chain of books/records.ts tells an
 * edited row, rows deleted (a gap in the line numbers), rows typed in, rows moved out of order; the
 * entries are checked too, since a tampered row usually leaves its entry unbalanced.
 *
 * The walk goes by line number (seq), not by position, and checks each line against the STORED hash
 * of the line before it: one edited line is then found once (the lines after it still verify), a
 * moved line still verifies, and a deletion shows as a gap rather than as its neighbour edited.
 */
import type { Account, JournalLine } from '../types';
import type { Params, Problem } from '../errors';
import { chartIndex } from './accounts';
import { entryProblems } from './journal';
import { inOrder } from './moved';
import { chainHash, chainStart, entryOfRecord, lineOfRecord, looksLikeHash, type ChainState, type JournalRecord } from './records';

export type TamperKind = 'deleted' | 'inserted' | 'moved' | 'edited' | 'codeMissing' | 'unbalanced';

export interface TamperFinding {
  readonly kind: TamperKind;
  /** 0-based position in the rows given (its sheet row: VerifyOptions.rowNumbers); for 'deleted', the row after the gap. */
  readonly index: number;
  /** The row's line number; for 'deleted', the first missing one. */
  readonly seq: number;
  /** '' when unknown (rows deleted). */
  readonly entryId: string;
  /** The message to show: an i18n code (src/i18n/books/tamper.ts) and its blanks. */
  readonly details: Problem;
  /** For 'unbalanced': what entryProblems found. */
  readonly problems?: readonly Problem[];
}

export interface TamperReport {
  readonly ok: boolean;
  /** Rows checked. */
  readonly lines: number;
  /** In sheet order. */
  readonly findings: readonly TamperFinding[];
  readonly counts: Readonly<Record<TamperKind, number>>;
}

export interface VerifyOptions {
  /** Where the rows given start in the chain (default: the first line, seq 1 after ''). */
  readonly from?: ChainState;
  /** The chain state saved after the last posting (document properties): rows deleted at the end show. */
  readonly tip?: ChainState;
  /**
   * Rows (0-based) whose cells outside the hash disagree with it (the kind's word retyped, so it no
   * longer says what the hashed code says): reported as edited by hand.
   */
  readonly relabelled?: readonly number[];
  /** The sheet row of each record given (default: index + 2): blank rows between them are not rows. */
  readonly rowNumbers?: readonly number[];
  /** Sheet rows below the journal, past a blank gap, with text typed in: each is one row typed by hand. */
  readonly notes?: readonly number[];
}

/**
 * ok: verified; edited: content changed (hash cell genuine); hash: hash cell changed, content proven
 * by the next line; missing: hash cell blank and nothing proves the content; unverified: after a gap.
 */
type Status = 'ok' | 'edited' | 'hash' | 'missing' | 'unverified' | 'inserted' | 'moved';

const KIND_ORDER: readonly TamperKind[] = ['deleted', 'inserted', 'moved', 'edited', 'codeMissing', 'unbalanced'];

/**
 * The line number a row stands for: its seq, except when only its seq cell was retyped (both
 * neighbours say it is n, and with n it chains to the row above), so an edited number reads as one
 * edited row rather than as rows deleted, while a row swapped in from elsewhere keeps its own. Not a number: -1.
 */
function seqOf(records: readonly JournalRecord[], i: number, from: ChainState): number {
  const own = records[i].seq;
  const before = i === 0 ? from.nextSeq - 1 : records[i - 1].seq;
  const after = records[i + 1]?.seq;
  const between = Number.isSafeInteger(before) && after === before + 2 && own !== before + 1 && looksLikeHash(records[i].hash);
  const above = i === 0 ? from.prevHash : records[i - 1].hash;
  if (between && chainHash(above, { ...records[i], seq: before + 1 }) === records[i].hash) return before + 1;
  return Number.isSafeInteger(own) ? own : -1;
}

/** Reports every row that is not as Lumbung wrote it, and every entry that does not balance. */
export function verifyJournal(records: readonly JournalRecord[], chart: readonly Account[], options: VerifyOptions = {}): TamperReport {
  const from = options.from ?? chainStart;
  const row = (index: number) => options.rowNumbers?.[index] ?? index + 2;
  const status: Status[] = records.map(() => 'inserted');
  const bySeq = new Map<number, number[]>();
  const hashCount = new Map<string, number>();
  // Lines Lumbung wrote go up to the saved tip, or to the last line that carries a code.
  let written = (options.tip?.nextSeq ?? 1) - 1;
  records.forEach((r, i) => {
    if (looksLikeHash(r.hash) && r.seq > written) written = r.seq;
    hashCount.set(r.hash, (hashCount.get(r.hash) ?? 0) + 1);
    const seq = seqOf(records, i, from);
    if (seq < from.nextSeq) return;
    const same = bySeq.get(seq);
    if (same) same.push(i);
    else bySeq.set(seq, [i]);
  });
  const findings: TamperFinding[] = [];
  const deleted = (first: number, last: number, after: number, before: number) => {
    const seqs = first === last ? String(first) : `${first}–${last}`;
    const params: Params = { seqs, count: last - first + 1, after: row(after), before: row(before) };
    const code = after < 0 ? 'JOURNAL_ROWS_DELETED_AT_START' : before < 0 ? 'JOURNAL_ROWS_DELETED_AT_END' : 'JOURNAL_ROWS_DELETED';
    findings.push({ kind: 'deleted', index: before < 0 ? records.length : before, seq: first, entryId: '', details: { code, params } });
  };

  const seqs = [...bySeq.keys()].sort((a, b) => a - b);
  const chosen: number[] = [];
  let expected = from.nextSeq;
  let link = from.prevHash; // the chain value of line expected - 1
  for (let k = 0; k < seqs.length; k++) {
    const s = seqs[k];
    const candidates = bySeq.get(s)!;
    const next = seqs[k + 1] === s + 1 ? bySeq.get(s + 1)! : [];
    const linksNext = (h: string) => next.some((j) => chainHash(h, records[j]) === records[j].hash);
    const gap = s > expected;
    let pick = -1;
    let found: Status = gap ? 'unverified' : 'edited';
    let value = '';
    if (!gap) {
      pick = candidates.find((i) => chainHash(link, records[i]) === records[i].hash) ?? -1;
      if (pick >= 0) found = 'ok';
      // Content genuine, hash cell changed: its recomputed hash is what the next line chains to.
      for (let c = 0; pick < 0 && c < candidates.length; c++) {
        const h = chainHash(link, records[candidates[c]]);
        if (linksNext(h)) [pick, found, value] = [candidates[c], 'hash', h];
      }
    }
    // Hash cell genuine (the next line chains to it) but the content no longer fits; else any real-looking hash.
    const genuineHash = (i: number) => looksLikeHash(records[i].hash) && linksNext(records[i].hash);
    const uniqueHash = (i: number) => looksLikeHash(records[i].hash) && hashCount.get(records[i].hash) === 1;
    // A gap that is only the line's own number retyped: it verifies as the expected line.
    let trueSeq = s;
    if (gap) {
      const renumbered = candidates.find((i) => chainHash(link, { ...records[i], seq: expected }) === records[i].hash);
      if (renumbered !== undefined) [pick, found, trueSeq] = [renumbered, 'edited', expected];
    }
    if (pick < 0) pick = candidates.find(genuineHash) ?? candidates.find(uniqueHash) ?? -1;
    // Its code cleared (one cell or the whole column): the line is there, its content cannot be checked.
    if (pick < 0 && !gap && s <= written) {
      const blank = candidates.find((i) => records[i].hash === '');
      if (blank !== undefined) [pick, found, value] = [blank, 'missing', chainHash(link, records[blank])];
    }
    if (pick < 0) continue; // every row with this number was typed in: the number counts as missing
    status[pick] = found;
    if (trueSeq > expected) deleted(expected, s - 1, chosen.length ? chosen[chosen.length - 1] : -1, pick);
    link = found === 'hash' || found === 'missing' ? value : records[pick].hash;
    expected = trueSeq + 1;
    chosen.push(pick);
  }
  if (options.tip && options.tip.nextSeq > expected) deleted(expected, options.tip.nextSeq - 1, chosen.length ? chosen[chosen.length - 1] : -1, -1);
  const keep = inOrder(chosen);
  chosen.forEach((i, k) => {
    if (!keep[k] && (status[i] === 'ok' || status[i] === 'unverified')) status[i] = 'moved';
  });
  for (const i of options.relabelled ?? []) if (status[i] === 'ok' || status[i] === 'unverified') status[i] = 'edited';

  const seqAt = (i: number) => (Number.isSafeInteger(records[i].seq) ? records[i].seq : 0);
  records.forEach((r, i) => {
    const s = status[i];
    if (s === 'ok' || s === 'unverified' || s === 'missing') return;
    const kind: TamperKind = s === 'hash' ? (r.hash === '' ? 'codeMissing' : 'edited') : s;
    const hashCode = r.hash === '' ? 'JOURNAL_HASH_MISSING' : 'JOURNAL_HASH_EDITED';
    const code = ({ inserted: 'JOURNAL_ROW_INSERTED', moved: 'JOURNAL_ROW_MOVED', edited: 'JOURNAL_ROW_EDITED', hash: hashCode } as const)[s];
    const entryId = r.entryId;
    findings.push({ kind, index: i, seq: seqAt(i), entryId, details: { code, params: { row: row(i), entry: entryId || '-' } } });
  });
  // Lines whose codes are gone and whose content nothing proves: one finding per run of rows.
  for (let i = 0; i < records.length; i++) {
    if (status[i] !== 'missing') continue;
    let j = i;
    while (status[j + 1] === 'missing' && row(j + 1) === row(j) + 1) j++;
    const rows = i === j ? String(row(i)) : `${row(i)}–${row(j)}`;
    const details: Problem = { code: 'JOURNAL_HASHES_MISSING', params: { rows, count: j - i + 1 } };
    findings.push({ kind: 'codeMissing', index: i, seq: seqAt(i), entryId: records[i].entryId, details });
    i = j;
  }
  findings.push(...unbalanced(records, chart, row));
  // A note below the journal is one row typed in, not a line: no entry of it to balance.
  for (const at of options.notes ?? []) {
    findings.push({ kind: 'inserted', index: records.length, seq: 0, entryId: '', details: { code: 'JOURNAL_NOTE_BELOW', params: { row: at } } });
  }

  findings.sort((a, b) => a.index - b.index || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const counts = { deleted: 0, inserted: 0, moved: 0, edited: 0, codeMissing: 0, unbalanced: 0 };
  for (const f of findings) counts[f.kind]++;
  return { ok: findings.length === 0, lines: records.length, findings, counts };
}

/** Entries (all rows with one entryId, wherever they sit) that entryProblems refuses. */
function unbalanced(records: readonly JournalRecord[], chart: readonly Account[], row: (index: number) => number): TamperFinding[] {
  const index = chartIndex(chart);
  const groups = new Map<string, { first: number; lines: JournalLine[] }>();
  records.forEach((r, i) => {
    const key = r.entryId;
    const group = groups.get(key);
    if (group) group.lines.push(lineOfRecord(r));
    else groups.set(key, { first: i, lines: [lineOfRecord(r)] });
  });
  const findings: TamperFinding[] = [];
  for (const [entryId, { first, lines }] of groups) {
    const problems = entryProblems(entryOfRecord(records[first], lines), index);
    if (problems.length === 0) continue;
    const params = { row: row(first), entry: entryId || '-' };
    const seq = Number.isSafeInteger(records[first].seq) ? records[first].seq : 0;
    findings.push({ kind: 'unbalanced', index: first, seq, entryId, details: { code: 'JOURNAL_ENTRY_UNBALANCED', params }, problems });
  }
  return findings;
}
