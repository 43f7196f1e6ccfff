/**
 * Recording a loan application and the ketua's decision on it, each one locked operation on the
 * applications tab. An application lands once per request (its key in the Kunci column); one the
 * managers would have to reject (the product's limits, her savings, her other loans, months of
 * membership) is refused with every reason, so nobody waits for a "no" that was certain.
 */
import { requestKey } from '../../domain/books/posting';
import { LumbungError } from '../../domain/errors';
import {
  applicationProblems, decideApplication, nextApplicationId, type Decision, type LoanApplication,
} from '../../domain/loans/application';
import { APPLICATIONS } from '../../workspace/schema';
import { appendRows, updateRows } from '../../workspace/table';
import { runAction } from '../context';
import { applicantOf, applicationsOf, findApplication } from './books';
import { membersOf } from '../records';

export interface NewApplication {
  readonly memberId: string;
  readonly productId: string;
  readonly amount: number;
  readonly termMonths: number;
  readonly purpose: string;
  /** One id per filled-in form: Save pressed twice records one application. */
  readonly requestId: string;
}

export interface Recorded {
  readonly application: LoanApplication;
  readonly memberName: string;
  readonly repeated: boolean;
}

export function recordLoanApplication(input: NewApplication): Recorded {
  return runAction('record_loan_application', (ctx) => {
    const key = requestKey('pengajuan', input.requestId);
    const applications = applicationsOf(ctx);
    const done = applications.find((a) => a.idempotencyKey === key);
    const members = membersOf(ctx);
    if (done) return { application: done, memberName: members.find((m) => m.id === done.memberId)?.name ?? done.memberId, repeated: true };
    const member = members.find((m) => m.id === input.memberId);
    const product = ctx.settings.products.find((p) => p.id === input.productId);
    const problems = applicationProblems({
      member, memberId: input.memberId, product, productId: input.productId, amount: input.amount,
      termMonths: input.termMonths, purpose: input.purpose, applications, today: ctx.today, limit: ctx.settings.transactionLimit,
      applicant: member ? applicantOf(ctx, member.id) : undefined,
    });
    if (problems.length > 0) throw new LumbungError('LOAN_APPLICATION_REFUSED', { count: problems.length }, problems);
    const application: LoanApplication = {
      id: nextApplicationId(applications.map((a) => a.id), ctx.today), date: ctx.today, memberId: input.memberId,
      productId: input.productId, amount: input.amount, termMonths: input.termMonths, purpose: input.purpose.trim(),
      status: 'menunggu', source: 'kartu', recordedBy: ctx.user, decidedBy: '', decidedOn: '', reason: '', loanId: '', idempotencyKey: key,
    };
    appendRows(ctx.table(APPLICATIONS), [application]);
    return { application, memberName: member!.name, repeated: false };
  });
}

export interface Decided {
  readonly application: LoanApplication;
  /** This decision had already been taken by this user (a second click). */
  readonly repeated: boolean;
}

/** The ketua approves or rejects a waiting application (a rejection needs its reason). */
export function decideLoanApplication(applicationId: string, decision: Decision): Decided {
  return runAction('approve_loan', (ctx) => {
    const { app, index } = findApplication(ctx, applicationId);
    const sameAgain = decision.approve ? app.status === 'disetujui' || app.status === 'dicairkan' : app.status === 'ditolak';
    if (sameAgain && app.decidedBy === ctx.user) return { application: app, repeated: true };
    const decided = decideApplication(app, decision, ctx.user, ctx.today);
    const { status, decidedBy, decidedOn, reason } = decided;
    updateRows(ctx.table(APPLICATIONS), new Map([[index, { status, decidedBy, decidedOn, reason }]]));
    return { application: decided, repeated: false };
  });
}
