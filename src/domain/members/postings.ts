/**
 * Posting rules for a member's joining and leaving.
 *
 * A member leaves: her pokok, wajib and sukarela come back to her, less what she still owes on her
 * loans (loan by loan, each split by its own allocation rule). The payout is never negative: when
 * she owes more than her savings, the rest stays on her loans as her debt.
 */
import type { Account, AccountCode, JournalEntry, JournalLine } from '../types';
import type { Rupiah } from '../money';
import { LumbungError } from '../errors';
import { acc, buildEntry, credit, debit, requireAmount, type EntryMeta } from '../books/postings';
import { loanPaymentCredits, partsTotal, type BookedReceivables, type LoanParts } from '../loans/postings';

/** A member joins: pays simpanan pokok (and, when the cooperative asks, her first wajib). */
export function postMemberJoin(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; pokok: Rupiah; wajib?: Rupiah; moneyAccount: AccountCode },
): JournalEntry {
  requireAmount('pokok', facts.pokok);
  requireAmount('wajib', facts.wajib ?? 0, true);
  const m = facts.memberId;
  return buildEntry(chart, meta, 'member_join', [
    debit(facts.moneyAccount, facts.pokok + (facts.wajib ?? 0)),
    credit(acc(chart, 'savings_pokok'), facts.pokok, { memberId: m, savingsType: 'pokok' }),
    credit(acc(chart, 'savings_wajib'), facts.wajib ?? 0, { memberId: m, savingsType: 'wajib' }),
  ]);
}

export interface ExitLoan {
  readonly loanId: string;
  /** What she owes on it now: principal outstanding, interest and penalty due. */
  readonly owed: LoanParts;
  /** Of that interest and penalty, what is booked as receivable (from the ledger). */
  readonly booked?: BookedReceivables;
  /**
   * Where a payment of `amount` (at most `owed`) goes by the loan's own allocation rule, and what she
   * owes after it: the netting is booked exactly as the loan's replay will read it later.
   */
  readonly split: (amount: Rupiah) => { readonly parts: LoanParts; readonly owedAfter: Rupiah };
}

export interface ExitSettlement {
  readonly entry: JournalEntry;
  /** Paid out to her. */
  readonly payout: Rupiah;
  /** Taken from her savings to settle her loans. */
  readonly settled: Rupiah;
  /** What she still owes after the netting. */
  readonly remainingDebt: Rupiah;
}

export function postMemberExit(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: {
    memberId: string;
    savings: { readonly pokok: Rupiah; readonly wajib: Rupiah; readonly sukarela: Rupiah };
    loans: readonly ExitLoan[];
    moneyAccount: AccountCode;
  },
): ExitSettlement {
  const { pokok, wajib, sukarela } = facts.savings;
  [pokok, wajib, sukarela].forEach((x, i) => requireAmount(['pokok', 'wajib', 'sukarela'][i], x, true));
  const m = facts.memberId;
  const total = pokok + wajib + sukarela;
  if (total === 0) throw new LumbungError('EXIT_NOTHING_TO_SETTLE', { member: m });
  let left = total;
  let remainingDebt = 0;
  const loanLines: JournalLine[] = [];
  for (const loan of facts.loans) {
    const pay = Math.min(left, partsTotal(loan.owed));
    if (pay === 0) {
      remainingDebt += partsTotal(loan.owed);
      continue;
    }
    const { parts, owedAfter } = loan.split(pay);
    left -= pay;
    remainingDebt += owedAfter;
    loanLines.push(...loanPaymentCredits(chart, { memberId: m, loanId: loan.loanId }, parts, loan.booked));
  }
  const settled = total - left;
  const entry = buildEntry(chart, meta, 'member_exit', [
    debit(acc(chart, 'savings_pokok'), pokok, { memberId: m, savingsType: 'pokok' }),
    debit(acc(chart, 'savings_wajib'), wajib, { memberId: m, savingsType: 'wajib' }),
    debit(acc(chart, 'savings_sukarela'), sukarela, { memberId: m, savingsType: 'sukarela' }),
    ...loanLines,
    credit(facts.moneyAccount, left),
  ]);
  return { entry, payout: left, settled, remainingDebt };
}
