/**
 * When an entry may be undone (its mirror posted, see reverseEntry in books/journal.ts). The books are
 * never edited; these rules keep an undo from leaving them contradicting themselves:
 * - an entry is undone once;
 * - a member who has left had her savings settled: her older savings entries stay (her exit itself
 *   may be undone, and then they may too);
 * - a loan's entries are undone last first: each payment was split (penalty, interest, principal)
 *   on what stood before it, and a payout goes only once nothing stands on it;
 * - no undo leaves anyone's savings below zero (money already taken out cannot be un-deposited).
 */
import type { Account, JournalEntry } from '../types';
import { LumbungError } from '../errors';
import { memberSavings, replayJournal } from './ledger';
import { voidedEntryIds } from './journal';

/** Refuses, in plain words, an undo of `entry` that the rules above forbid. `gone`: members who left. */
export function checkUndoable(entries: readonly JournalEntry[], entry: JournalEntry, gone: ReadonlySet<string>): void {
  const by = entries.find((e) => e.reverses === entry.id);
  if (by) throw new LumbungError('ENTRY_ALREADY_REVERSED', { id: entry.id, by: by.id });
  if (entry.kind !== 'member_exit') {
    const member = entry.lines.find((l) => l.savingsType && l.memberId && gone.has(l.memberId))?.memberId;
    if (member) throw new LumbungError('REVERSAL_MEMBER_LEFT', { id: entry.id, member });
  }
  const loans = new Set(entry.lines.map((l) => l.loanId).filter((id): id is string => Boolean(id)));
  if (loans.size === 0) return;
  const onLoan = (e: JournalEntry) => e.lines.find((l) => l.loanId !== undefined && loans.has(l.loanId))?.loanId;
  // Standing: not a reversal, and not undone by a reversal that itself still stands.
  const voided = voidedEntryIds(entries);
  const later = entries.slice(entries.indexOf(entry) + 1).filter((e) => !e.reverses && !voided.has(e.id) && onLoan(e));
  if (later.length > 0) {
    throw new LumbungError('REVERSAL_LOAN_HAS_LATER_ENTRIES', { id: entry.id, loan: onLoan(later[0])!, count: later.length, last: later[later.length - 1].id });
  }
}

/** Refuses the mirror of `original` when posting it would leave someone's savings below zero. */
export function checkSavingsAfterUndo(chart: readonly Account[], entries: readonly JournalEntry[], original: JournalEntry, mirror: JournalEntry): void {
  const after = replayJournal(chart, [...entries, mirror]);
  for (const l of mirror.lines) {
    if (!l.memberId || !l.savingsType) continue;
    const left = memberSavings(after, l.memberId)[l.savingsType];
    if (left < 0) throw new LumbungError('REVERSAL_SAVINGS_BELOW_ZERO', { id: original.id, member: l.memberId, type: l.savingsType, short: -left });
  }
}

/** The members whose savings an entry moves (whose status the undo rules need). */
export function saversIn(entry: JournalEntry): Set<string> {
  return new Set(entry.lines.filter((l) => l.savingsType && l.memberId).map((l) => l.memberId!));
}
