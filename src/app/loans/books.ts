/**
 * What the loan use cases read, each once per operation: the applications tab as records, the
 * ledger and every loan's payments and waivers from the journal, and one loan's history. The
 * replays are cached per state of the journal, so a use case asking twice replays once, and one
 * asking after it posted sees its own posting.
 */
import type { LoanApplication, ApplicationStatus } from '../../domain/loans/application';
import { LumbungError } from '../../domain/errors';
import { memberSavings, replayJournal, type Ledger, type LoanBalances } from '../../domain/books/ledger';
import type { LoanHistory } from '../../domain/loans/state';
import { loanEventsByLoan, loanFigures, loanHistory, productOf, type LoanEvents, type LoanRecord } from '../../domain/loans/portfolio';
import type { LoanApplicant } from '../../domain/loans/eligibility';
import { APPLICATIONS } from '../../workspace/schema';
import type { Row } from '../../workspace/table';
import type { Ctx } from '../context';
import { journalOf, type JournalView } from '../books/journal';
import { loansOf } from '../records';

export function applicationOf(r: Row): LoanApplication {
  return {
    id: String(r.id), date: String(r.date), memberId: String(r.memberId), productId: String(r.productId),
    amount: Number(r.amount), termMonths: Number(r.termMonths), purpose: String(r.purpose),
    status: (String(r.status) || 'menunggu') as ApplicationStatus, source: String(r.source), recordedBy: String(r.recordedBy),
    decidedBy: String(r.decidedBy), decidedOn: String(r.decidedOn), reason: String(r.reason), loanId: String(r.loanId),
    idempotencyKey: String(r.idempotencyKey),
  };
}

/** The applications tab as records, in row order (index i is data row i). */
export function applicationsOf(ctx: Ctx): LoanApplication[] {
  return ctx.table(APPLICATIONS).rows.map(applicationOf);
}

/** An application by id, with its row index for updateRows. */
export function findApplication(ctx: Ctx, id: string): { app: LoanApplication; index: number } {
  const index = applicationsOf(ctx).findIndex((a) => a.id === id);
  if (index < 0) throw new LumbungError('APPLICATION_UNKNOWN', { id: id || '-' });
  return { app: applicationOf(ctx.table(APPLICATIONS).rows[index]), index };
}

interface Books {
  ledger?: Ledger;
  events?: Map<string, LoanEvents>;
}
/** Keyed by the journal as read (or as it stands after a posting): a new posting, a fresh replay. */
const books = new WeakMap<JournalView, Books>();

function booksOf(ctx: Ctx): Books {
  const view = journalOf(ctx);
  let b = books.get(view);
  if (!b) books.set(view, (b = {}));
  return b;
}

/** Every balance, replayed from the journal at most once per state of the journal in an operation. */
export function ledgerOf(ctx: Ctx): Ledger {
  const b = booksOf(ctx);
  return (b.ledger ??= replayJournal(ctx.chart, journalOf(ctx).entries));
}

/** Every loan's payments and waivers, as the journal records them (also read once). */
function loanEventsOf(ctx: Ctx): Map<string, LoanEvents> {
  const b = booksOf(ctx);
  return (b.events ??= loanEventsByLoan(ctx.chart, journalOf(ctx).entries));
}

/** A loan's balances in the books (principal, booked interest and penalty). */
export function loanBalancesOf(ctx: Ctx, loanId: string): LoanBalances {
  return { principal: 0, interestReceivable: 0, penaltyReceivable: 0, cover: 0, ...ledgerOf(ctx).loans.get(loanId) };
}

/** A loan's payments and waivers as the journal records them. */
export const eventsOf = (ctx: Ctx, loanId: string): LoanEvents | undefined => loanEventsOf(ctx).get(loanId);

export function historyOf(ctx: Ctx, loan: LoanRecord): LoanHistory {
  return loanHistory(loan, productOf(ctx.settings.products, loan), eventsOf(ctx, loan.id));
}

/** A loan by id, with its row index in the loans tab. */
export function findLoan(ctx: Ctx, loanId: string): { loan: LoanRecord; index: number } {
  const loans = loansOf(ctx);
  const index = loans.findIndex((l) => l.id === loanId);
  if (index < 0) throw new LumbungError('LOAN_UNKNOWN', { loan: loanId || '-' });
  return { loan: loans[index], index };
}

/** Her savings (all three kinds) and her loans still being repaid, as eligibility reads them. */
export function applicantOf(ctx: Ctx, memberId: string): Omit<LoanApplicant, 'joinedOn'> {
  const s = memberSavings(ledgerOf(ctx), memberId);
  const openLoans = loansOf(ctx)
    .filter((l) => l.memberId === memberId && l.status === 'berjalan')
    .map((l) => loanFigures(l, productOf(ctx.settings.products, l), eventsOf(ctx, l.id), ctx.today, ctx.settings.collectibility));
  return { savings: s.pokok + s.wajib + s.sukarela, openLoans };
}
