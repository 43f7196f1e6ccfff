/**
 * An installment paid on a running loan: split into penalty, interest and principal by the loan's
 * history (the product's order, oldest installment first), posted as one entry with a receipt, and
 * the loan marked 'lunas' when the payment settles it. Lands once per request.
 */
import { requestKey } from '../../domain/books/posting';
import { accountFor } from '../../domain/books/accounts';
import type { PaymentAllocation } from '../../domain/loans/allocation';
import { installmentAllocation } from '../../domain/loans/repayment';
import { loanStatus } from '../../domain/loans/status';
import { postInstallmentPayment } from '../../domain/loans/postings';
import type { JournalEntry } from '../../domain/types';
import { t } from '../../i18n/index';
import { LOANS } from '../../workspace/schema';
import { updateRows } from '../../workspace/table';
import { runAction } from '../context';
import { landed, post } from '../books/journal';
import { findLoan, historyOf, loanBalancesOf } from './books';
import { membersOf } from '../records';

export interface InstallmentInput {
  readonly loanId: string;
  readonly amount: number;
  /** The day the money was received; default today. */
  readonly date?: string;
  readonly requestId: string;
}

/** What the card shows back: where the money went and what is still owed. */
export interface InstallmentResult {
  readonly loanId: string;
  readonly memberName: string;
  readonly entry: JournalEntry;
  readonly penalty: number;
  readonly interest: number;
  readonly principal: number;
  /** Principal still owed after this payment (from the books). */
  readonly principalLeft: number;
  readonly closesLoan: boolean;
  readonly repeated: boolean;
}

/** The parts of a posted payment, read back from its lines (for a repeated click). */
function partsOf(entry: JournalEntry, chart: readonly { code: string; role?: string }[]) {
  const role = (code: string) => chart.find((a) => a.code === code)?.role ?? '';
  const sum = (roles: string[]) => entry.lines.filter((l) => roles.includes(role(l.account))).reduce((n, l) => n + l.credit, 0);
  return {
    penalty: sum(['loan_penalty_receivable', 'penalty_income']),
    interest: sum(['loan_interest_receivable', 'interest_income']),
    principal: sum(['loan_principal']),
  };
}

export function recordInstallment(input: InstallmentInput): InstallmentResult {
  return runAction('record_installment', (ctx) => {
    const key = requestKey('angsuran', input.requestId);
    const { loan, index } = findLoan(ctx, input.loanId);
    const memberName = membersOf(ctx).find((m) => m.id === loan.memberId)?.name ?? loan.memberId;
    const balances = loanBalancesOf(ctx, loan.id);
    const [done] = landed(ctx, key);
    if (done) {
      // The books say whether it is paid off: a 'lunas' cut off after the posting is written now.
      const closed = loan.status === 'lunas' || loanStatus(historyOf(ctx, loan), ctx.today).closedOn !== null;
      if (closed && loan.status === 'berjalan') updateRows(ctx.table(LOANS), new Map([[index, { status: 'lunas' }]]));
      const parts = partsOf(done, ctx.chart);
      return { loanId: loan.id, memberName, entry: done, ...parts, principalLeft: balances.principal, closesLoan: closed, repeated: true };
    }
    const date = input.date || ctx.today;
    const allocation: PaymentAllocation = installmentAllocation(loan, historyOf(ctx, loan), { date, amount: input.amount }, ctx.today);
    const { penalty, interest, principal } = allocation;
    const { entries: [entry] } = post(ctx, key, (next) => [postInstallmentPayment(
      ctx.chart,
      next({ date, memo: t('id', 'MEMO_INSTALLMENT_PAYMENT', { loan: `${loan.id} ${memberName}` }), receipt: true }),
      {
        memberId: loan.memberId, loanId: loan.id, parts: { penalty, interest, principal },
        booked: { interest: balances.interestReceivable, penalty: balances.penaltyReceivable }, moneyAccount: accountFor(ctx.chart, 'cash'),
      },
    )]);
    if (allocation.closesLoan) updateRows(ctx.table(LOANS), new Map([[index, { status: 'lunas' }]]));
    return {
      loanId: loan.id, memberName, entry, penalty, interest, principal, principalLeft: balances.principal - principal,
      closesLoan: allocation.closesLoan, repeated: false,
    };
  });
}
