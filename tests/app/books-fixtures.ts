/**
 * A small cooperative's books for the books tests, built with the app's own use cases where they
 * exist (registerMember) and, for savings and loans, with the domain's posting rules through
 * postEntries (as the savings and loans use cases do), so the figures can be worked out by hand:
 *
 *   J-000001 2026-01-05 Siti joins    pokok 100.000 + wajib 20.000        (3 lines)
 *   J-000002 2026-01-10 Rahma joins   pokok 100.000                       (2 lines)
 *   J-000003 2026-01-20 Rahma         sukarela 2.000.000                  (2 lines)
 *   J-000004 2026-02-05 Siti          wajib 20.000                        (2 lines)
 *   J-000005 2026-02-05 Siti          sukarela 50.000                     (2 lines)
 *   J-000006 2026-02-01 P-2026-0001 to Siti: 1.200.000, 12 months, flat 1,5%/month, first due
 *                       2026-03-01: 12 x (principal 100.000 + interest 18.000) (2 lines)
 *   J-000007 2026-03-01 installment 1: principal 100.000 + interest 18.000 (3 lines)
 *   J-000008 2026-04-01 installment 2: the same (3 lines)      19 lines in all
 */
import { setupLedger } from '../../src/app/setup';
import { registerMember } from '../../src/app/members/members';
import { runAction } from '../../src/app/context';
import { post } from '../../src/app/books/journal';
import { loanRow } from '../../src/app/records';
import { accountFor } from '../../src/domain/books/accounts';
import { postInstallmentPayment, postLoanDisbursement } from '../../src/domain/loans/postings';
import { postSavingsDeposit } from '../../src/domain/savings/postings';
import type { LoanRecord } from '../../src/domain/loans/portfolio';
import { LOANS } from '../../src/workspace/schema';
import { appendRows } from '../../src/workspace/table';
import { BENDAHARA, KETUA, PENGAWAS, setSetting, useWorkspace } from './harness';

/** Today in the tests: 2026-06-15, 09:00 in Jakarta. */
export const TODAY = new Date('2026-06-15T02:00:00Z');

export function emptyBooks() {
  const ws = useWorkspace({ user: KETUA, now: TODAY });
  setupLedger();
  setSetting(ws, 'bendahara', BENDAHARA);
  setSetting(ws, 'pengawas', PENGAWAS);
  setupLedger(); // the new managers become editors of the protected tabs
  ws.setUser(BENDAHARA);
  return ws;
}

let request = 0;

export function join(name: string, joinDate: string, wajib = 0) {
  return registerMember({ name, nik: '', phone: '081234567890', address: 'Jambi', email: '', group: 'Mawar', joinDate, wajib, requestId: `join-${++request}` });
}

export function deposit(memberId: string, savingsType: 'wajib' | 'sukarela', amount: number, date: string): string {
  return runAction('record_savings', (ctx) => {
    const { entries: [entry] } = post(ctx, `fixture-deposit:${++request}`, (next) => [postSavingsDeposit(ctx.chart, next({ date, memo: `Setoran ${savingsType} ${memberId}` }),
      { memberId, savingsType, amount, moneyAccount: accountFor(ctx.chart, 'cash') })]);
    return entry.id;
  });
}

export const SITI_LOAN: LoanRecord = {
  id: 'P-2026-0001', memberId: 'A-0001', productId: 'usaha', principal: 1_200_000, termMonths: 12, ratePercent: 1.5,
  ratePer: 'month', method: 'flat', disbursedOn: '2026-02-01', firstDueDate: '2026-03-01', status: 'berjalan', collateralValue: 0,
};

/** The loans tab row and the disbursement entry (no fee, to keep the cash easy to add up). */
export function disburse(loan: LoanRecord): string {
  return runAction('disburse_loan', (ctx) => {
    appendRows(ctx.table(LOANS), [loanRow(loan)]);
    const { entries: [entry] } = post(ctx, `fixture-payout:${loan.id}`, (next) => [postLoanDisbursement(ctx.chart, next({ date: loan.disbursedOn, memo: `Pencairan pinjaman ${loan.id}` }),
      { memberId: loan.memberId, loanId: loan.id, principal: loan.principal, fee: 0, moneyAccount: accountFor(ctx.chart, 'cash') })]);
    return entry.id;
  });
}

export function payInstallment(loan: LoanRecord, date: string, principal: number, interest: number): string {
  return runAction('record_installment', (ctx) => {
    const { entries: [entry] } = post(ctx, `fixture-installment:${++request}`, (next) => [postInstallmentPayment(ctx.chart, next({ date, memo: `Angsuran pinjaman ${loan.id}` }),
      { memberId: loan.memberId, loanId: loan.id, parts: { penalty: 0, interest, principal }, moneyAccount: accountFor(ctx.chart, 'cash') })]);
    return entry.id;
  });
}

/** The books of the header comment; the active user is the bendahara. */
export function smallBooks() {
  const ws = emptyBooks();
  join('Siti Aminah', '2026-01-05', 20_000);
  join('Rahma Yani', '2026-01-10');
  deposit('A-0002', 'sukarela', 2_000_000, '2026-01-20');
  deposit('A-0001', 'wajib', 20_000, '2026-02-05');
  deposit('A-0001', 'sukarela', 50_000, '2026-02-05');
  disburse(SITI_LOAN);
  payInstallment(SITI_LOAN, '2026-03-01', 100_000, 18_000);
  payInstallment(SITI_LOAN, '2026-04-01', 100_000, 18_000);
  return ws;
}
