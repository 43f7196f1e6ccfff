/**
 * A loan application (pengajuan pinjaman) from the day it is written down to the day the money is
 * paid out: menunggu (waiting for the ketua) -> disetujui or ditolak -> dicairkan (a loan exists).
 * Which member, product and amount may be asked for is decided here, before anything is written:
 * an application the managers would have to reject anyway is refused with every reason at once.
 */
import type { IsoDate } from '../dates';
import { addMonths, compareDates, isIsoDate } from '../dates';
import { LumbungError, type Problem } from '../errors';
import type { Rupiah } from '../money';
import { nextNumbered } from '../books/numbering';
import { limitProblems } from '../books/bounds';
import { type Member } from '../types';
import type { LoanProduct } from './products';
import { loanEligibilityProblems, type LoanApplicant } from './eligibility';
import { checkNotSamePerson } from '../roles';

export type ApplicationStatus = 'menunggu' | 'disetujui' | 'ditolak' | 'dicairkan';

/** One row of the applications tab. */
export interface LoanApplication {
  /** PG-2026-0001 */
  readonly id: string;
  readonly date: IsoDate;
  readonly memberId: string;
  readonly productId: string;
  readonly amount: Rupiah;
  readonly termMonths: number;
  readonly purpose: string;
  readonly status: ApplicationStatus;
  /** Where it came from: 'kartu' (the side panel) or a form. */
  readonly source: string;
  readonly recordedBy: string;
  readonly decidedBy: string;
  readonly decidedOn: IsoDate | '';
  /** Why it was rejected (required), or the approver's note. */
  readonly reason: string;
  /** The loan it became, once paid out. */
  readonly loanId: string;
  readonly idempotencyKey: string;
}

/** The longest purpose kept: a sentence or two, not a document. */
export const MAX_PURPOSE = 300;

/** The next number of the year after the highest in use: PREFIX-YYYY-0001 (never reuses one). */
export function nextYearlyId(prefix: string, existing: readonly string[], year: string): string {
  return nextNumbered(`${prefix}-${year}-`, existing);
}

export const nextApplicationId = (existing: readonly string[], today: IsoDate): string => nextYearlyId('PG', existing, today.slice(0, 4));
/** Loans are numbered by the year they are paid out: P-2026-0001. */
export const nextLoanId = (existing: readonly string[], disbursedOn: IsoDate): string => nextYearlyId('P', existing, disbursedOn.slice(0, 4));

export interface ApplicationInput {
  readonly member: Member | undefined;
  /** As typed or chosen: named in the message when nobody has it. */
  readonly memberId: string;
  readonly product: LoanProduct | undefined;
  readonly productId: string;
  readonly amount: Rupiah;
  readonly termMonths: number;
  readonly purpose: string;
  /** Her savings and open loans, from the books (absent when she is unknown). */
  readonly applicant?: Omit<LoanApplicant, 'joinedOn'>;
  /** Every application in the tab: a second one while the first is still open is refused. */
  readonly applications: readonly LoanApplication[];
  readonly today: IsoDate;
  /** The cooperative's per-transaction limit (settings): a larger amount is refused when it is asked for, not at payout. */
  readonly limit?: Rupiah;
}

/** Every reason the application cannot be recorded; empty when it can. */
export function applicationProblems(a: ApplicationInput): Problem[] {
  const problems: Problem[] = [];
  if (!a.member) problems.push({ code: 'APPLICATION_MEMBER_UNKNOWN', where: 'memberId', params: { member: a.memberId || '-' } });
  else if (a.member.status !== 'aktif') problems.push({ code: 'APPLICATION_MEMBER_LEFT', where: 'memberId', params: { member: a.member.id, name: a.member.name } });
  if (!a.product) problems.push({ code: 'APPLICATION_PRODUCT_UNKNOWN', where: 'productId', params: { product: a.productId || '-' } });
  const purpose = a.purpose.trim();
  if (purpose === '') problems.push({ code: 'APPLICATION_PURPOSE_REQUIRED', where: 'purpose' });
  else if (purpose.length > MAX_PURPOSE) problems.push({ code: 'APPLICATION_PURPOSE_TOO_LONG', where: 'purpose', params: { max: MAX_PURPOSE } });
  problems.push(...limitProblems(a.amount, a.limit, 'amount'));
  const open = a.member && a.applications.find((x) => x.memberId === a.member!.id && (x.status === 'menunggu' || x.status === 'disetujui'));
  if (open) problems.push({ code: 'APPLICATION_ALREADY_OPEN', where: 'memberId', params: { id: open.id, date: open.date } });
  if (a.member && a.product && a.applicant) {
    problems.push(...loanEligibilityProblems(a.product, { ...a.applicant, joinedOn: a.member.joinDate }, { principal: a.amount, termMonths: a.termMonths }, a.today));
  }
  return problems;
}

export type Decision = { readonly approve: true; readonly note?: string } | { readonly approve: false; readonly reason: string };

/**
 * The ketua's decision on a waiting application, as the changed application; an approved one not
 * yet paid out may still be rejected (she is no longer eligible, or changed her mind), so that it
 * does not stand open for ever. Refused: a decision on any other, a rejection without a reason,
 * and a decision by the person who recorded it.
 */
export function decideApplication(app: LoanApplication, decision: Decision, by: string, on: IsoDate): LoanApplication {
  const open = app.status === 'menunggu' || (!decision.approve && app.status === 'disetujui');
  if (!open) throw new LumbungError('APPLICATION_NOT_WAITING', { id: app.id, status: app.status });
  const text = (decision.approve ? decision.note ?? '' : decision.reason).trim();
  if (!decision.approve && text === '') throw new LumbungError('APPLICATION_REJECT_REASON_REQUIRED', { id: app.id });
  if (text.length > MAX_PURPOSE) throw new LumbungError('APPLICATION_REASON_TOO_LONG', { max: MAX_PURPOSE });
  // Maker-checker on both: a rejection decides a member's request as much as an approval does.
  checkNotSamePerson(app.recordedBy, by);
  return { ...app, status: decision.approve ? 'disetujui' : 'ditolak', decidedBy: by, decidedOn: on, reason: text };
}

/**
 * The first due date of a loan paid out on `disbursedOn`: one month later by default. A date given
 * must fall after the payout and within three months of it (a longer grace is a different product).
 */
export function firstDueDateFor(disbursedOn: IsoDate, given?: IsoDate): IsoDate {
  if (!given) return addMonths(disbursedOn, 1);
  const latest = addMonths(disbursedOn, 3);
  if (!isIsoDate(given) || compareDates(given, disbursedOn) <= 0 || compareDates(given, latest) > 0) {
    throw new LumbungError('FIRST_DUE_DATE_INVALID', { date: String(given), disbursed: disbursedOn, latest });
  }
  return given;
}

/** Only an approved application is paid out (a paid-out one returns its loan: see the app). */
export function checkDisbursable(app: LoanApplication): void {
  if (app.status !== 'disetujui') throw new LumbungError('APPLICATION_NOT_APPROVED', { id: app.id, status: app.status });
}
