/**
 * What a leaving member still owes on her loans, loan by loan, as postMemberExit nets it against her
 * savings: the payoff of each running loan on the exit day (principal, interest due and the month in
 * progress, penalties after waivers), oldest loan first, with what the books already hold as
 * receivable so the netting clears it rather than counting it as income twice.
 */
import type { Account, JournalEntry } from '../types';
import type { IsoDate } from '../dates';
import type { Rupiah } from '../money';
import type { Ledger } from '../books/ledger';
import type { LoanProduct } from '../loans/products';
import { payoffAmount } from '../loans/payoff';
import { applyPayment, replayLoan } from '../loans/allocation';
import { payoffParts, totalOf } from '../loans/state';
import { loanEventsByLoan, loanHistory, productOf, type LoanRecord } from '../loans/portfolio';
import type { ExitLoan } from './postings';
import { partsTotal } from '../loans/postings';

export interface ExitLoansInput {
  readonly memberId: string;
  readonly date: IsoDate;
  readonly loans: readonly LoanRecord[];
  readonly products: readonly LoanProduct[];
  readonly chart: readonly Account[];
  readonly entries: readonly JournalEntry[];
  /** The journal replayed (replayJournal): the receivables booked on each loan. */
  readonly ledger: Ledger;
}

/** Her loans still being repaid on `date`, oldest first, each with what paying it off costs that day. */
export function exitLoansOf(input: ExitLoansInput): ExitLoan[] {
  const mine = input.loans
    // Whether a loan is still owed is the journal's to say, not the Pinjaman tab's status, which any
    // editor can retype ("lunas" typed in must not let her leave with her debt un-netted).
    .filter((r) => r.memberId === input.memberId && (input.ledger.loans.get(r.id)?.principal ?? 0) > 0 && r.disbursedOn <= input.date)
    .sort((a, b) => (a.disbursedOn < b.disbursedOn ? -1 : a.disbursedOn > b.disbursedOn ? 1 : a.id < b.id ? -1 : 1));
  if (mine.length === 0) return [];
  const events = loanEventsByLoan(input.chart, input.entries);
  return mine.map((r): ExitLoan => {
    const history = loanHistory(r, productOf(input.products, r), events.get(r.id));
    const quote = payoffAmount(history, input.date);
    const booked = input.ledger.loans.get(r.id);
    return {
      loanId: r.id,
      owed: { penalty: quote.penalty, interest: quote.interest, principal: quote.principal },
      booked: { interest: booked?.interestReceivable ?? 0, penalty: booked?.penaltyReceivable ?? 0 },
      split: (amount) => {
        // One replay: the payment applied to the loan as it stands, then what paying it off would cost.
        const { state } = replayLoan(history, input.date);
        const a = applyPayment(state, { date: input.date, amount });
        return { parts: { penalty: a.penalty, interest: a.interest, principal: a.principal }, owedAfter: totalOf(payoffParts(state, input.date)).total };
      },
    };
  });
}

/**
 * The loans her savings pay off in full, in the order postMemberExit nets them: these close
 * ('lunas'); a loan her savings reach only in part stays running with the rest as her debt.
 */
export function loansSettledByExit(loans: readonly Pick<ExitLoan, 'loanId' | 'owed'>[], savingsTotal: Rupiah): string[] {
  let left = savingsTotal;
  const settled: string[] = [];
  for (const loan of loans) {
    const owed = partsTotal(loan.owed);
    if (owed <= left) settled.push(loan.loanId);
    left -= Math.min(left, owed);
  }
  return settled;
}
