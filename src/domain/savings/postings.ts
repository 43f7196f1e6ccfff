/**
 * Posting rules for savings: deposits of wajib and sukarela, sukarela withdrawals and interest.
 * Pokok is paid on joining (members/postings.ts) and comes back only when she leaves.
 *
 * Simpanan wajib is booked when paid, not when due: an unpaid wajib is not a receivable the
 * cooperative can count on (it is returned at exit anyway), so booking it would inflate equity.
 * Arrears are derived from the obligation and the passbook (savings/wajib.ts).
 */
import type { Account, AccountCode, JournalEntry } from '../types';
import type { Rupiah } from '../money';
import { LumbungError } from '../errors';
import { SAVINGS_ROLE } from '../books/accounts';
import { acc, buildEntry, credit, debit, requireAmount, type EntryMeta } from '../books/postings';

/** A deposit of wajib or sukarela (pokok is paid on joining: postMemberJoin). */
export function postSavingsDeposit(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; savingsType: 'wajib' | 'sukarela'; amount: Rupiah; moneyAccount: AccountCode },
): JournalEntry {
  requireAmount('amount', facts.amount);
  return buildEntry(chart, meta, 'savings_deposit', [
    debit(facts.moneyAccount, facts.amount),
    credit(acc(chart, SAVINGS_ROLE[facts.savingsType]), facts.amount, { memberId: facts.memberId, savingsType: facts.savingsType }),
  ]);
}

/** A sukarela withdrawal; never below zero: `balance` is her sukarela now (from the ledger). */
export function postSukarelaWithdrawal(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; amount: Rupiah; balance: Rupiah; moneyAccount: AccountCode },
): JournalEntry {
  requireAmount('amount', facts.amount);
  if (facts.amount > facts.balance) {
    throw new LumbungError('SAVINGS_INSUFFICIENT', { available: Math.max(0, facts.balance), requested: facts.amount });
  }
  return buildEntry(chart, meta, 'savings_withdrawal', [
    debit(acc(chart, 'savings_sukarela'), facts.amount, { memberId: facts.memberId, savingsType: 'sukarela' }),
    credit(facts.moneyAccount, facts.amount),
  ]);
}

/** Interest on sukarela (jasa simpanan), added to her sukarela: a cost of the cooperative. */
export function postSukarelaInterest(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; amount: Rupiah },
): JournalEntry {
  requireAmount('amount', facts.amount);
  return buildEntry(chart, meta, 'savings_interest', [
    debit(acc(chart, 'savings_interest_expense'), facts.amount, { memberId: facts.memberId }),
    credit(acc(chart, 'savings_sukarela'), facts.amount, { memberId: facts.memberId, savingsType: 'sukarela' }),
  ]);
}
