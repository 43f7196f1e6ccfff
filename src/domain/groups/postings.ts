/**
 * Tanggung renteng in the books. When a member cannot pay, her group pays her installment: the loan
 * is paid as usual, and what each coverer put in is held as a receivable from the defaulter
 * (Piutang Tanggung Renteng) matched by what the cooperative owes that coverer back once the
 * defaulter repays (Utang Tanggung Renteng). Both lines carry the coverer's memberId and the
 * defaulter's loanId, so the ledger shows the cover each member has outstanding, and on which loan.
 */
import type { Account, AccountCode, JournalEntry, JournalLine } from '../types';
import { sum, type Rupiah } from '../money';
import { LumbungError } from '../errors';
import { acc, buildEntry, credit, debit, requireAmount, type EntryMeta } from '../books/postings';
import { loanPaymentCredits, partsTotal, type BookedReceivables, type LoanParts } from '../loans/postings';
import type { CoverShare } from './cover';

/** The group pays the defaulter's installment; the coverers' shares must add up to it exactly. */
export function postGroupCover(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: {
    defaulterId: string;
    loanId: string;
    parts: LoanParts;
    booked?: BookedReceivables;
    coverers: readonly CoverShare[];
    moneyAccount: AccountCode;
  },
): JournalEntry {
  const total = partsTotal(facts.parts);
  requireAmount('total', total);
  facts.coverers.forEach((c) => requireAmount('cover', c.amount));
  const covered = sum(facts.coverers.map((c) => c.amount));
  if (covered !== total) throw new LumbungError('COVER_NOT_EQUAL_TO_INSTALLMENT', { covered, installment: total });
  const [receivable, payable] = [acc(chart, 'cover_receivable'), acc(chart, 'cover_payable')];
  const coverLines: JournalLine[] = facts.coverers.flatMap((c) => [
    debit(receivable, c.amount, { memberId: c.memberId, loanId: facts.loanId }),
    credit(payable, c.amount, { memberId: c.memberId, loanId: facts.loanId }),
  ]);
  return buildEntry(chart, meta, 'group_cover', [
    debit(facts.moneyAccount, total),
    ...loanPaymentCredits(chart, { memberId: facts.defaulterId, loanId: facts.loanId }, facts.parts, facts.booked),
    ...coverLines,
  ]);
}

export interface CoverRepayment {
  /** The coverer repaid. */
  readonly memberId: string;
  readonly amount: Rupiah;
  /** What the defaulter still owes this coverer on this loan (from the ledger). */
  readonly outstanding: Rupiah;
}

/**
 * The defaulter repays her coverers through the cooperative: each coverer is paid in cash or
 * credited to her sukarela. Never more than each coverer has outstanding.
 */
export function postGroupCoverRepayment(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: {
    loanId: string;
    repayments: readonly CoverRepayment[];
    payout: 'cash' | 'sukarela';
    moneyAccount: AccountCode;
  },
): JournalEntry {
  for (const r of facts.repayments) {
    requireAmount('amount', r.amount);
    if (r.amount > r.outstanding) {
      throw new LumbungError('COVER_REPAYMENT_TOO_LARGE', { member: r.memberId, amount: r.amount, outstanding: r.outstanding });
    }
  }
  const total = sum(facts.repayments.map((r) => r.amount));
  requireAmount('total', total);
  const [receivable, payable] = [acc(chart, 'cover_receivable'), acc(chart, 'cover_payable')];
  const lines: JournalLine[] = [debit(facts.moneyAccount, total)];
  for (const r of facts.repayments) {
    const tags = { memberId: r.memberId, loanId: facts.loanId };
    lines.push(credit(receivable, r.amount, tags), debit(payable, r.amount, tags));
    lines.push(
      facts.payout === 'cash'
        ? credit(facts.moneyAccount, r.amount)
        : credit(acc(chart, 'savings_sukarela'), r.amount, { memberId: r.memberId, savingsType: 'sukarela' }),
    );
  }
  return buildEntry(chart, meta, 'group_cover_repayment', lines);
}
