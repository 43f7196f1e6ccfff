/**
 * What the loan cards offer to choose from: active members and products for an application, the
 * applications awaiting a decision or a payout, and the loans being repaid with what each owes.
 * Each read under the action the card leads to, so a manager who may not do it is told at once.
 */
import type { Action } from '../../domain/roles';
import type { LoanApplication } from '../../domain/loans/application';
import { payoffAmount } from '../../domain/loans/payoff';
import { loanFigures, productOf, type LoanFigures } from '../../domain/loans/portfolio';
import { runAction } from '../context';
import { applicationsOf, eventsOf, historyOf } from './books';
import { loansOf, membersOf } from '../records';

export interface Choice {
  readonly id: string;
  readonly name: string;
}

export function applicationChoices(): { members: Choice[]; products: Choice[] } {
  return runAction('record_loan_application', (ctx) => ({
    members: membersOf(ctx).filter((m) => m.status === 'aktif').map((m) => ({ id: m.id, name: m.name })),
    products: ctx.settings.products.map((p) => ({ id: p.id, name: p.name })),
  }));
}

export interface ApplicationLine {
  readonly application: LoanApplication;
  readonly memberName: string;
  readonly productName: string;
}

/** Applications waiting for the ketua, and approved ones waiting for the payout (oldest first). */
export function applicationsToHandle(): { waiting: ApplicationLine[]; approved: ApplicationLine[] } {
  return runAction('view_books', (ctx) => {
    const names = new Map(membersOf(ctx).map((m) => [m.id, m.name]));
    const products = new Map(ctx.settings.products.map((p) => [p.id, p.name]));
    const line = (a: LoanApplication): ApplicationLine => ({
      application: a, memberName: names.get(a.memberId) ?? a.memberId, productName: products.get(a.productId) ?? a.productId,
    });
    const apps = applicationsOf(ctx);
    return { waiting: apps.filter((a) => a.status === 'menunggu').map(line), approved: apps.filter((a) => a.status === 'disetujui').map(line) };
  });
}

export interface RunningLoan {
  readonly figures: LoanFigures;
  readonly memberName: string;
  /** What paying it all off today would cost. */
  readonly payoff: number;
}

/** Loans being repaid, with today's figures (one journal replay for all of them). */
export function runningLoans(action: Extract<Action, 'record_installment' | 'waive_penalty'>): RunningLoan[] {
  return runAction(action, (ctx) => {
    const names = new Map(membersOf(ctx).map((m) => [m.id, m.name]));
    return loansOf(ctx)
      .filter((l) => l.status === 'berjalan' && l.disbursedOn <= ctx.today)
      .map((l) => ({
        figures: loanFigures(l, productOf(ctx.settings.products, l), eventsOf(ctx, l.id), ctx.today, ctx.settings.collectibility),
        memberName: names.get(l.memberId) ?? l.memberId,
        payoff: payoffAmount(historyOf(ctx, l), ctx.today).total,
      }));
  });
}
