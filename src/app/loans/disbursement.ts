/**
 * Paying out an approved application: the loan's row, its schedule (one block), the payout with its
 * fee in the journal, and the application marked 'dicairkan' with the loan's number, in one locked
 * operation. Her eligibility is checked again first, as it stands on the day of the payout.
 * Disbursing twice lands once. Each step is skipped when it is already there, so a payout
 * cut off half-way (a timeout) is finished by pressing Cairkan again, not repeated.
 */
import { LumbungError } from '../../domain/errors';
import { accountFor } from '../../domain/books/accounts';
import { loanSchedule } from '../../domain/loans/schedule';
import { checkDisbursable, firstDueDateFor, nextLoanId } from '../../domain/loans/application';
import { loanEligibilityProblems } from '../../domain/loans/eligibility';
import { loanFee, loanTermsFor } from '../../domain/loans/products';
import type { LoanRecord } from '../../domain/loans/portfolio';
import { postLoanDisbursement } from '../../domain/loans/postings';
import type { JournalEntry } from '../../domain/types';
import { t } from '../../i18n/index';
import { APPLICATIONS, LOANS, SCHEDULES } from '../../workspace/schema';
import { appendRows, updateRows, type Row } from '../../workspace/table';
import { runAction } from '../context';
import { paidOutOf } from '../../domain/books/journal';
import { journalAsLeft, landed, planPosting, writePosting } from '../books/journal';
import { applicantOf, findApplication } from './books';
import { loanRow, loansOf, membersOf } from '../records';

export interface Disbursed {
  readonly loan: LoanRecord;
  readonly memberName: string;
  readonly fee: number;
  /** What the member receives in hand (the principal less a deducted fee). */
  readonly paidOut: number;
  readonly entry: JournalEntry;
  readonly repeated: boolean;
}

export function disburseLoan(input: { applicationId: string; firstDueDate?: string }): Disbursed {
  return runAction('disburse_loan', (ctx) => {
    const { app, index } = findApplication(ctx, input.applicationId);
    const key = `pencairan:${app.id}`;
    // Money goes out: nothing is decided on a journal edited by hand.
    journalAsLeft(ctx, key);
    const cash = accountFor(ctx.chart, 'cash');
    const loans = loansOf(ctx);
    const earlierIndex = ctx.table(LOANS).rows.findIndex((r) => r.applicationId === app.id);
    const earlier = earlierIndex >= 0 ? loans[earlierIndex] : undefined;
    const [posted] = landed(ctx, key);
    const member = membersOf(ctx).find((m) => m.id === app.memberId);
    if (app.status === 'dicairkan' && earlier && posted) {
      const fee = Number(ctx.table(LOANS).rows[earlierIndex].fee) || 0;
      return { loan: earlier, memberName: member?.name ?? app.memberId, fee, paidOut: paidOutOf(posted, cash), entry: posted, repeated: true };
    }
    if (app.status !== 'dicairkan') checkDisbursable(app);
    if (!member || member.status !== 'aktif') throw new LumbungError('APPLICATION_MEMBER_LEFT', { member: app.memberId, name: member?.name ?? '-' });
    const product = ctx.settings.products.find((p) => p.id === app.productId);
    if (!product) throw new LumbungError('APPLICATION_PRODUCT_UNKNOWN', { product: app.productId });
    if (!earlier && !posted) {
      // Weeks may pass between approval and payout: she may have fallen behind or taken another loan.
      const problems = loanEligibilityProblems(product, { ...applicantOf(ctx, member.id), joinedOn: member.joinDate }, { principal: app.amount, termMonths: app.termMonths }, ctx.today);
      if (problems.length > 0) throw new LumbungError('PAYOUT_NO_LONGER_ELIGIBLE', { id: app.id }, problems);
    }

    const disbursedOn = earlier?.disbursedOn ?? ctx.today;
    const firstDueDate = earlier?.firstDueDate ?? firstDueDateFor(disbursedOn, input.firstDueDate);
    const loan: LoanRecord = earlier ?? {
      id: nextLoanId(loans.map((l) => l.id), disbursedOn), memberId: app.memberId, productId: product.id,
      ...loanTermsFor(product, app.amount, app.termMonths, firstDueDate), disbursedOn, status: 'berjalan', collateralValue: 0,
    };
    const fee = loanFee(product.fee, loan.principal);
    // The entry is built and checked (a fee not below the principal is refused) before anything is written.
    const planned = planPosting(ctx, key, (next) => [postLoanDisbursement(
      ctx.chart,
      next({ date: disbursedOn, memo: t('id', 'MEMO_LOAN_DISBURSEMENT', { loan: `${loan.id} ${member.name}` }), receipt: true }),
      { memberId: loan.memberId, loanId: loan.id, principal: loan.principal, fee, moneyAccount: cash },
      ctx.settings.books,
    )]);
    const [entry] = planned.entries;
    if (!earlier) {
      appendRows(ctx.table(LOANS), [{ ...loanRow(loan), fee, applicationId: app.id, approvedBy: app.decidedBy, disbursedBy: ctx.user, note: '' }]);
    }
    const schedules = ctx.table(SCHEDULES);
    if (!schedules.rows.some((r) => r.loanId === loan.id)) {
      const { principal, termMonths, ratePercent, ratePer, method } = loan;
      appendRows(schedules, loanSchedule({ principal, termMonths, ratePercent, ratePer, method, firstDueDate }).map((i): Row => ({ loanId: loan.id, ...i })));
    }
    writePosting(ctx, planned);
    updateRows(ctx.table(APPLICATIONS), new Map([[index, { status: 'dicairkan', loanId: loan.id }]]));
    return { loan, memberName: member.name, fee, paidOut: paidOutOf(entry, cash), entry, repeated: false };
  });
}
