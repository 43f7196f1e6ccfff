/**
 * Bounds on what a posting may carry, checked where every posting passes (journalPost): no line
 * above the cooperative's per-transaction limit (settings: batas_per_transaksi), and the books'
 * grand total (every debit ever posted) a safe integer, so that every balance and every total,
 * each a part of it, stays an exact whole number of rupiah.
 */
import type { Problem } from '../errors';
import type { Rupiah } from '../money';
import type { EntryKind, JournalEntry } from '../types';

/**
 * The postings whose amounts a manager types: these the limit bounds. The others are worked out from
 * the books (interest, a member's exit settlement, SHU, a reversal mirroring an entry that landed) and
 * may rightly sum past one transaction's limit; the grand total bounds them all.
 */
const TYPED: ReadonlySet<EntryKind> = new Set<EntryKind>([
  'opening_balance', 'member_join', 'savings_deposit', 'savings_withdrawal', 'loan_disbursement', 'installment_payment',
  'penalty_waiver', 'group_cover', 'group_cover_repayment', 'expense', 'other_income',
]);

/** The sum of every debit in `entries`, added onto `start`. */
export function debitTotal(entries: readonly JournalEntry[], start = 0): number {
  let total = start;
  for (const e of entries) for (const l of e.lines) total += l.debit;
  return total;
}

/** An amount a manager typed above the cooperative's per-transaction limit, as a problem at `where`. */
export function limitProblems(amount: Rupiah, limit: Rupiah | undefined, where: string): Problem[] {
  return limit !== undefined && amount > limit ? [{ code: 'TRANSACTION_ABOVE_LIMIT', params: { amount, limit }, where }] : [];
}

/** Problems with new entries: a typed posting's line above `limit`, or a grand total past Number.MAX_SAFE_INTEGER. */
export function boundsProblems(journal: readonly JournalEntry[], fresh: readonly JournalEntry[], limit: Rupiah | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const entry of fresh) {
    if (limit === undefined || entry.reverses !== undefined || !TYPED.has(entry.kind)) continue;
    problems.push(...limitProblems(Math.max(0, ...entry.lines.map((l) => Math.max(l.debit, l.credit))), limit, entry.id));
  }
  if (problems.length === 0 && !Number.isSafeInteger(debitTotal(fresh, debitTotal(journal)))) {
    problems.push({ code: 'BOOKS_TOTAL_TOO_LARGE', where: fresh[0]?.id ?? '?' });
  }
  return problems;
}
