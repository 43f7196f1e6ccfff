import { checkSavingsAfterUndo, checkUndoable } from '../../../src/domain/books/undo';
import { reverseEntry } from '../../../src/domain/books/journal';
import { postMemberExit } from '../../../src/domain/members/postings';
import { postSavingsDeposit, postSukarelaWithdrawal } from '../../../src/domain/savings/postings';
import { postInstallmentPayment, postLoanDisbursement } from '../../../src/domain/loans/postings';
import type { JournalEntry } from '../../../src/domain/types';
import { chart, meta } from '../books-fixtures';

const KAS = '1-1100';
const undo = (e: JournalEntry, id: string) => reverseEntry(e, { id, date: '2026-05-04', reason: 'Salah catat' });
const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return e as { code: string; params: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
};

describe('undo', () => {
  const deposit = postSavingsDeposit(chart, meta('J-000001'), { memberId: 'A-0001', savingsType: 'sukarela', amount: 100_000, moneyAccount: KAS });
  const withdrawal = postSukarelaWithdrawal(chart, meta('J-000002'), { memberId: 'A-0001', amount: 100_000, balance: 100_000, moneyAccount: KAS });

  it('undoes an entry once', () => {
    const journal = [deposit, undo(deposit, 'J-000002')];
    expect(refusal(() => checkUndoable(journal, deposit, new Set())).code).toBe('ENTRY_ALREADY_REVERSED');
  });

  it('keeps the savings entries of a member who has left, but lets her exit itself be undone', () => {
    const exit = postMemberExit(chart, meta('J-000002'), { memberId: 'A-0001', savings: { pokok: 0, wajib: 0, sukarela: 100_000 }, loans: [], moneyAccount: KAS }).entry;
    const journal = [deposit, exit];
    expect(refusal(() => checkUndoable(journal, deposit, new Set(['A-0001'])))).toMatchObject({ code: 'REVERSAL_MEMBER_LEFT', params: { id: 'J-000001', member: 'A-0001' } });
    expect(() => checkUndoable(journal, exit, new Set(['A-0001']))).not.toThrow();
  });

  it('undoes a loan\'s entries last first: the latest installment, then the one before, the payout last', () => {
    const payout = postLoanDisbursement(chart, meta('J-000003'), { memberId: 'A-0001', loanId: 'P-1', principal: 1_000_000, fee: 0, moneyAccount: KAS });
    const pay = (id: string) => postInstallmentPayment(chart, meta(id), { memberId: 'A-0001', loanId: 'P-1', parts: { penalty: 0, interest: 15_000, principal: 100_000 }, moneyAccount: KAS });
    const [first, second] = [pay('J-000004'), pay('J-000005')];
    const journal = [payout, deposit, first, second];
    expect(refusal(() => checkUndoable(journal, payout, new Set()))).toMatchObject({ code: 'REVERSAL_LOAN_HAS_LATER_ENTRIES', params: { id: 'J-000003', loan: 'P-1', count: 2, last: 'J-000005' } });
    expect(refusal(() => checkUndoable(journal, first, new Set()))).toMatchObject({ params: { count: 1, last: 'J-000005' } });
    expect(() => checkUndoable(journal, second, new Set())).not.toThrow();
    // Once both installments are undone, the payout may be.
    const later = [...journal, undo(second, 'J-000006'), undo(first, 'J-000007')];
    expect(() => checkUndoable(later, payout, new Set())).not.toThrow();
    // An entry of nobody's loan is not held up by them.
    expect(() => checkUndoable(journal, deposit, new Set())).not.toThrow();
    // An undo that was itself undone puts the installment back: it holds up the one before again.
    const undoSecond = undo(second, 'J-000006');
    const redo = [...journal, undoSecond, undo(undoSecond, 'J-000007')];
    expect(refusal(() => checkUndoable(redo, first, new Set()))).toMatchObject({ params: { count: 1, last: 'J-000005' } });
  });

  it('refuses an undo that would leave her savings below zero: the money was already taken out', () => {
    const journal = [deposit, withdrawal];
    const mirror = undo(deposit, 'J-000003');
    expect(refusal(() => checkSavingsAfterUndo(chart, journal, deposit, mirror))).toMatchObject({
      code: 'REVERSAL_SAVINGS_BELOW_ZERO', params: { id: 'J-000001', member: 'A-0001', type: 'sukarela', short: 100_000 },
    });
    expect(() => checkSavingsAfterUndo(chart, [deposit], deposit, mirror)).not.toThrow();
  });
});
