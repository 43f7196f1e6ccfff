/**
 * A member leaves: her pokok, wajib and sukarela come back to her, less what she still owes on her
 * loans (penalty, then interest, then principal, loan by loan). The payout is never negative: when
 * she owes more than her savings, the rest stays on her loans as her debt.
 */
import type { Account, AccountCode, JournalEntry, JournalLine } from './types';
import type { Rupiah } from './money';
import { LumbungError } from './errors';
import { acc, buildEntry, credit, debit, requireAmount, type EntryMeta } from './postings';
import { loanPaymentCredits, partsTotal, type BookedReceivables, type LoanParts } from './postings-loans';

export interface ExitLoan {
  readonly loanId: string;
  /** What she owes on it now: principal outstanding, interest and penalty due. */
  readonly owed: LoanParts;
  /** Of that interest and penalty, what is booked as receivable (from the ledger). */
  readonly booked?: BookedReceivables;
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
  let owedTotal = 0;
  const loanLines: JournalLine[] = [];
  for (const loan of facts.loans) {
    owedTotal += partsTotal(loan.owed);
    // Oldest debt first within the loan: penalty, interest, principal.
    const penalty = Math.min(left, loan.owed.penalty);
    const interest = Math.min(left - penalty, loan.owed.interest);
    const principal = Math.min(left - penalty - interest, loan.owed.principal);
    left -= penalty + interest + principal;
    loanLines.push(...loanPaymentCredits(chart, { memberId: m, loanId: loan.loanId }, { penalty, interest, principal }, loan.booked));
  }
  const settled = total - left;
  const entry = buildEntry(chart, meta, 'member_exit', [
    debit(acc(chart, 'savings_pokok'), pokok, { memberId: m, savingsType: 'pokok' }),
    debit(acc(chart, 'savings_wajib'), wajib, { memberId: m, savingsType: 'wajib' }),
    debit(acc(chart, 'savings_sukarela'), sukarela, { memberId: m, savingsType: 'sukarela' }),
    ...loanLines,
    credit(facts.moneyAccount, left),
  ]);
  return { entry, payout: left, settled, remainingDebt: owedTotal - settled };
}
