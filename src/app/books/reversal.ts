/**
 * Undoing a posting: the books are never edited, a wrong entry is cancelled by its mirror image
 * (every debit becomes a credit) with a written reason. The manager first sees the entry, then
 * confirms; the reversal carries the key `reverse:<entryId>`, so a second click lands nothing.
 * The master tabs follow the books: a loan the undone entry had closed runs again, a loan whose
 * payout is undone is 'batal', and a member whose exit is undone is a member again. What may be
 * undone, and when, is the cooperative's rule: domain/undo.ts.
 */
import { LumbungError } from '../../domain/errors';
import { parseEntryId } from '../../domain/books/entry-id';
import { reverseEntry } from '../../domain/books/journal';
import type { Account, JournalEntry } from '../../domain/types';
import { chartIndex } from '../../domain/books/accounts';
import { checkSavingsAfterUndo, checkUndoable, saversIn } from '../../domain/books/undo';
import { t } from '../../i18n/index';
import { LOANS, MEMBERS } from '../../workspace/schema';
import { updateRows, type Row } from '../../workspace/table';
import { runAction, type Ctx } from '../context';
import { journalOf, landed, post } from './journal';
import { membersOf } from '../records';
import { ledgerOf } from '../loans/books';

/** The entry a manager named, refused when it is unknown or already undone. */
function target(ctx: Ctx, typed: string): JournalEntry {
  const id = parseEntryId(typed);
  const { entries } = journalOf(ctx);
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new LumbungError('REVERSAL_TARGET_UNKNOWN', { id });
  return entry;
}

/** The entry's undo rules (domain/undo.ts), with the members who left read only when they matter. */
function refuseIfNotUndoable(ctx: Ctx, entries: readonly JournalEntry[], entry: JournalEntry): void {
  const savers = saversIn(entry);
  const gone = savers.size > 0 ? membersOf(ctx).filter((m) => m.status === 'keluar' && savers.has(m.id)).map((m) => m.id) : [];
  checkUndoable(entries, entry, new Set(gone));
}

export interface ReversalPreview {
  readonly entry: JournalEntry;
  /** The accounts its lines name, to show their names beside the amounts. */
  readonly accounts: ReadonlyMap<string, Account>;
}

/** The entry to show before confirming (its lines, memo, date). */
export function entryToReverse(typed: string): ReversalPreview {
  return runAction('reverse_entry', (ctx) => {
    const entry = target(ctx, typed);
    refuseIfNotUndoable(ctx, journalOf(ctx).entries, entry);
    return { entry, accounts: chartIndex(ctx.chart) };
  });
}

/** A reason is a sentence or two; the cell stays readable and the row small. */
const REASON_MAX = 500;

export interface Reversed {
  readonly original: JournalEntry;
  readonly reversal: JournalEntry;
  /** True when this entry had already been undone under its key (Confirm pressed twice). */
  readonly repeated: boolean;
}

export function reversePosting(input: { readonly entryId: string; readonly reason: string }): Reversed {
  return runAction('reverse_entry', (ctx) => {
    const original = target(ctx, input.entryId);
    const key = `reverse:${original.id}`;
    const [done] = landed(ctx, key);
    if (done) {
      // A reversal whose row updates were cut off is completed by confirming again.
      reopenRecords(ctx, original);
      return { original, reversal: done, repeated: true };
    }
    if (input.reason.trim().length > REASON_MAX) throw new LumbungError('TEXT_TOO_LONG', { max: REASON_MAX });
    const journal = { chart: ctx.chart, entries: journalOf(ctx).entries };
    refuseIfNotUndoable(ctx, journal.entries, original);
    // The domain checks it as every posting (a true mirror, not undone before) before anything is written.
    const { entries: [reversal] } = post(ctx, key, (next) => {
      const meta = next({ date: ctx.today, memo: t('id', 'MEMO_REVERSAL', { entry: original.id }) });
      const mirror = { ...reverseEntry(original, { ...meta, reason: input.reason.trim() }, journal), idempotencyKey: meta.idempotencyKey };
      checkSavingsAfterUndo(ctx.chart, journal.entries, original, mirror);
      return [mirror];
    });
    reopenRecords(ctx, original);
    return { original, reversal, repeated: false };
  });
}

/**
 * After `original` is undone: its loans marked 'lunas' that the books now show owing principal are
 * 'berjalan' again (else the rest could never be collected: a paid-off loan takes no installment),
 * the loan of an undone payout is 'batal', and a member whose exit it was is 'aktif' again, her
 * savings back in the books. One block per tab.
 */
function reopenRecords(ctx: Ctx, original: JournalEntry): void {
  const loanIds = new Set(original.lines.map((l) => l.loanId).filter(Boolean));
  if (loanIds.size > 0) {
    const ledger = ledgerOf(ctx); // the journal as it stands after the reversal
    const loans = ctx.table(LOANS);
    const changes = new Map<number, Row>();
    loans.rows.forEach((r, i) => {
      if (!loanIds.has(String(r.id))) return;
      const owing = (ledger.loans.get(String(r.id))?.principal ?? 0) > 0;
      if (original.kind === 'loan_disbursement') {
        if (r.status !== 'batal') changes.set(i, { status: 'batal' });
      } else if (r.status === 'lunas' && owing) changes.set(i, { status: 'berjalan' });
    });
    updateRows(loans, changes);
  }
  if (original.kind === 'member_exit') {
    const memberId = original.lines.find((l) => l.memberId)?.memberId;
    const members = ctx.table(MEMBERS);
    const i = members.rows.findIndex((r) => String(r.id) === memberId);
    if (i >= 0 && members.rows[i].status === 'keluar') updateRows(members, new Map<number, Row>([[i, { status: 'aktif', exitDate: '' }]]));
  }
}
