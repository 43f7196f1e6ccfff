/**
 * Posting rules for loans: disbursement with its fee, installments, penalties, write-off and the
 * loan-loss reserve. How a payment splits into penalty, interest and principal is the loan module's
 * work; these rules take the parts as given.
 */
import type { Account, AccountCode, JournalEntry, JournalLine } from '../types';
import type { Rupiah } from '../money';
import { LumbungError } from '../errors';
import { acc, buildEntry, credit, debit, defaultBooksSettings, requireAmount, type BooksSettings, type EntryMeta } from '../books/postings';

/** What a payment settles on one loan, already allocated by the loan module. */
export interface LoanParts {
  readonly penalty: Rupiah;
  readonly interest: Rupiah;
  readonly principal: Rupiah;
}

/** Interest and penalty already booked as receivable on the loan (from the ledger); absent = none. */
export interface BookedReceivables {
  readonly interest?: Rupiah;
  readonly penalty?: Rupiah;
}

export function partsTotal(p: LoanParts): Rupiah {
  return p.penalty + p.interest + p.principal;
}

/**
 * The credit lines of a payment on a loan: what was booked as receivable is cleared first, the rest
 * of interest and penalty is income now (members' income: the lines carry memberId).
 */
export function loanPaymentCredits(
  chart: readonly Account[],
  ids: { memberId: string; loanId: string },
  parts: LoanParts,
  booked: BookedReceivables = {},
): JournalLine[] {
  requireAmount('penalty', parts.penalty, true);
  requireAmount('interest', parts.interest, true);
  requireAmount('principal', parts.principal, true);
  const penaltyCleared = Math.min(parts.penalty, Math.max(0, booked.penalty ?? 0));
  const interestCleared = Math.min(parts.interest, Math.max(0, booked.interest ?? 0));
  return [
    credit(acc(chart, 'loan_penalty_receivable'), penaltyCleared, ids),
    credit(acc(chart, 'penalty_income'), parts.penalty - penaltyCleared, ids),
    credit(acc(chart, 'loan_interest_receivable'), interestCleared, ids),
    credit(acc(chart, 'interest_income'), parts.interest - interestCleared, ids),
    credit(acc(chart, 'loan_principal'), parts.principal, ids),
  ];
}

/**
 * A loan paid out, with its fee (provisi/administrasi). 'deducted': the member receives principal
 * minus fee; 'paid_separately': she receives the principal and pays the fee in (two cash lines).
 */
export function postLoanDisbursement(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; loanId: string; principal: Rupiah; fee: Rupiah; moneyAccount: AccountCode },
  settings: Pick<BooksSettings, 'loanFeeMode'> = defaultBooksSettings,
): JournalEntry {
  requireAmount('principal', facts.principal);
  requireAmount('fee', facts.fee, true);
  const ids = { memberId: facts.memberId, loanId: facts.loanId };
  const feeLine = credit(acc(chart, 'fee_income'), facts.fee, { memberId: facts.memberId });
  if (settings.loanFeeMode === 'deducted') {
    if (facts.fee >= facts.principal) throw new LumbungError('FEE_NOT_BELOW_PRINCIPAL', { fee: facts.fee, principal: facts.principal });
    return buildEntry(chart, meta, 'loan_disbursement', [
      debit(acc(chart, 'loan_principal'), facts.principal, ids),
      credit(facts.moneyAccount, facts.principal - facts.fee),
      feeLine,
    ]);
  }
  return buildEntry(chart, meta, 'loan_disbursement', [
    debit(acc(chart, 'loan_principal'), facts.principal, ids),
    credit(facts.moneyAccount, facts.principal),
    debit(facts.moneyAccount, facts.fee),
    feeLine,
  ]);
}

/** An installment paid in cash or to the bank, split as the loan module allocated it. */
export function postInstallmentPayment(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; loanId: string; parts: LoanParts; booked?: BookedReceivables; moneyAccount: AccountCode },
): JournalEntry {
  const total = partsTotal(facts.parts);
  requireAmount('total', total);
  const ids = { memberId: facts.memberId, loanId: facts.loanId };
  return buildEntry(chart, meta, 'installment_payment', [
    debit(facts.moneyAccount, total),
    ...loanPaymentCredits(chart, ids, facts.parts, facts.booked),
  ]);
}

/** A late penalty (denda) charged to the loan: a receivable and income now. */
export function postPenaltyCharge(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; loanId: string; amount: Rupiah },
): JournalEntry {
  requireAmount('amount', facts.amount);
  const ids = { memberId: facts.memberId, loanId: facts.loanId };
  return buildEntry(chart, meta, 'penalty_charge', [
    debit(acc(chart, 'loan_penalty_receivable'), facts.amount, ids),
    credit(acc(chart, 'penalty_income'), facts.amount, ids),
  ]);
}

/** A charged penalty waived, with the written reason the rules require; never more than is owed. */
export function postPenaltyWaiver(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; loanId: string; amount: Rupiah; reason: string; penaltyReceivable: Rupiah },
): JournalEntry {
  requireAmount('amount', facts.amount);
  if (!facts.reason.trim()) throw new LumbungError('REASON_REQUIRED', { kind: 'penalty_waiver' });
  if (facts.amount > facts.penaltyReceivable) {
    throw new LumbungError('PENALTY_WAIVER_TOO_LARGE', { amount: facts.amount, owed: facts.penaltyReceivable });
  }
  const ids = { memberId: facts.memberId, loanId: facts.loanId };
  return buildEntry(
    chart,
    meta,
    'penalty_waiver',
    [debit(acc(chart, 'penalty_income'), facts.amount, ids), credit(acc(chart, 'loan_penalty_receivable'), facts.amount, ids)],
    { reason: facts.reason },
  );
}

/**
 * Hapus buku: the principal is written off against the loan-loss reserve (any shortfall of the
 * reserve is a provision cost now); booked interest and penalty are taken back from income.
 * `balances` are the loan's balances in the ledger: unbooked interest needs no entry.
 */
export function postLoanWriteOff(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; loanId: string; balances: LoanParts; reserveBalance: Rupiah; reason: string },
): JournalEntry {
  if (!facts.reason.trim()) throw new LumbungError('REASON_REQUIRED', { kind: 'loan_write_off' });
  requireAmount('total', partsTotal(facts.balances));
  requireAmount('reserveBalance', facts.reserveBalance, true);
  const ids = { memberId: facts.memberId, loanId: facts.loanId };
  const fromReserve = Math.min(facts.balances.principal, facts.reserveBalance);
  return buildEntry(
    chart,
    meta,
    'loan_write_off',
    [
      debit(acc(chart, 'loan_loss_reserve'), fromReserve),
      debit(acc(chart, 'provision_expense'), facts.balances.principal - fromReserve),
      debit(acc(chart, 'interest_income'), facts.balances.interest, ids),
      debit(acc(chart, 'penalty_income'), facts.balances.penalty, ids),
      ...loanPaymentCredits(chart, ids, facts.balances, facts.balances),
    ],
    { reason: facts.reason },
  );
}

/** The signed change that brings the reserve to what collectibility requires (+ add, - release). */
export function provisionAdjustment(required: Rupiah, currentReserve: Rupiah): Rupiah {
  requireAmount('required', required, true);
  requireAmount('currentReserve', currentReserve, true);
  return required - currentReserve;
}

/** Adds to the loan-loss reserve (a cost), or releases the part no longer needed (a negative amount). */
export function postLoanLossProvision(chart: readonly Account[], meta: EntryMeta, facts: { amount: Rupiah }): JournalEntry {
  const n = Math.abs(facts.amount);
  requireAmount('amount', n); // 0 is refused as not positive, like any other posting
  const [expense, reserve] = [acc(chart, 'provision_expense'), acc(chart, 'loan_loss_reserve')];
  return buildEntry(
    chart,
    meta,
    'loan_loss_provision',
    facts.amount > 0 ? [debit(expense, n), credit(reserve, n)] : [debit(reserve, n), credit(expense, n)],
  );
}
