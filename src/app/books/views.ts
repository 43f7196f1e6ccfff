/**
 * The books a manager or pengawas reads for one person: a member's passbook (buku simpanan) and a
 * loan's card (kartu pinjaman), both derived from the journal as it stands today, plus the lists
 * their dropdowns offer. Reading only.
 */
import { LumbungError } from '../../domain/errors';
import { loanSchedule } from '../../domain/loans/schedule';
import { loanFigures, productOf, type LoanFigures, type LoanRecord } from '../../domain/loans/portfolio';
import { loanCard, type LoanCard } from '../../domain/loans/card';
import { memberPassbook, type Passbook } from '../../domain/savings/passbook';
import type { Member } from '../../domain/types';
import { runAction } from '../context';
import { journalOf } from './journal';
import { eventsOf, historyOf } from '../loans/books';
import { loanStatus } from '../../domain/loans/status';
import { loansOf, membersOf } from '../records';

export interface Choice {
  readonly value: string;
  readonly text: string;
  /** A member who has left: the card marks her in the reader's language. */
  readonly left?: boolean;
}

/** Members for the passbook's dropdown: "A-0001 Siti Aminah", those who left flagged. */
export function memberChoices(): Choice[] {
  return runAction('view_books', (ctx) => membersOf(ctx).map((m) => ({ value: m.id, text: `${m.id} ${m.name}`, left: m.status === 'keluar' })));
}

/** Loans for the loan card's dropdown, newest first: "P-2026-0001 Siti Aminah". */
export function loanChoices(): Choice[] {
  return runAction('view_books', (ctx) => {
    const names = new Map(membersOf(ctx).map((m) => [m.id, m.name]));
    return loansOf(ctx)
      .map((l) => ({ value: l.id, text: `${l.id} ${names.get(l.memberId) ?? l.memberId}` }))
      .reverse();
  });
}

export interface PassbookView {
  readonly member: Member;
  readonly passbook: Passbook;
  readonly asOf: string;
}

export function passbookOf(memberId: string): PassbookView {
  return runAction('view_books', (ctx) => {
    const member = membersOf(ctx).find((m) => m.id === memberId);
    if (!member) throw new LumbungError('PASSBOOK_MEMBER_UNKNOWN', { member: memberId || '-' });
    const passbook = memberPassbook(ctx.chart, journalOf(ctx).entries, member.id, { to: ctx.today });
    return { member, passbook, asOf: ctx.today };
  });
}

export interface LoanCardView {
  readonly loan: LoanRecord;
  readonly memberName: string;
  readonly card: LoanCard;
  /** Where it stands today: outstanding principal, arrears, days past due, collectibility. */
  readonly figures: LoanFigures;
  /** The installments overdue today (not fully paid, due date passed), by number. */
  readonly overdue: ReadonlySet<number>;
  readonly asOf: string;
}

export function loanCardOf(loanId: string): LoanCardView {
  return runAction('view_books', (ctx) => {
    const loan = loansOf(ctx).find((l) => l.id === loanId);
    if (!loan) throw new LumbungError('LOAN_CARD_LOAN_UNKNOWN', { loan: loanId || '-' });
    const { entries } = journalOf(ctx);
    const schedule = loanSchedule(loan);
    const card = loanCard(ctx.chart, schedule, entries, loan.id);
    const figures = loanFigures(loan, productOf(ctx.settings.products, loan), eventsOf(ctx, loan.id), ctx.today, ctx.settings.collectibility);
    const memberName = membersOf(ctx).find((m) => m.id === loan.memberId)?.name ?? '';
    const overdue = new Set(loanStatus(historyOf(ctx, loan), ctx.today).installments.filter((i) => i.overdue).map((i) => i.n));
    return { loan, memberName, card, figures, overdue, asOf: ctx.today };
  });
}
