/**
 * The loans as the books know them: a loan's record from the loans tab, its product's rules and the
 * journal give its history (what was paid, what was waived), and the loan modules give where it
 * stands on a day. Allocation is never redone here: loanStatus replays the history.
 *
 * Payments are what the journal credited to the loan's principal, interest and penalty: installments
 * paid by the member, by her group (tanggung renteng pays the loan as usual) and from her savings when
 * she leaves. A reversed entry counts as never made, whatever its date: a reversal says the original
 * was wrong (recorded twice, wrong loan), not that the money went back later.
 */
import type { Account, AccountCode, AccountRole, EntryKind, JournalEntry } from '../types';
import type { IsoDate } from '../dates';
import type { Rupiah } from '../money';
import { LumbungError } from '../errors';
import type { InterestMethod } from './schedule';
import type { LoanProduct } from './products';
import type { LoanHistory, LoanPayment } from './state';
import type { PenaltyWaiver } from './penalty';
import { loanStatus, type LoanStatus } from './status';
import { collectibilityOf, defaultCollectibilityThresholds, type Collectibility, type CollectibilityThresholds } from './collectibility';
import { voidedEntryIds } from '../books/journal';

/**
 * As the loans tab holds it: 'berjalan' is being repaid; the others are out of the portfolio
 * ('batal': its payout was undone, so nothing was ever lent).
 */
export type LoanRecordStatus = 'berjalan' | 'lunas' | 'hapus_buku' | 'direstrukturisasi' | 'batal';

/** One row of the loans tab (terms as the loan was agreed; the product gives the other rules). */
export interface LoanRecord {
  /** P-2026-0001 */
  readonly id: string;
  readonly memberId: string;
  readonly productId: string;
  readonly principal: Rupiah;
  readonly termMonths: number;
  readonly ratePercent: number;
  readonly ratePer: 'month' | 'year';
  readonly method: InterestMethod;
  readonly disbursedOn: IsoDate;
  readonly firstDueDate: IsoDate;
  readonly status: LoanRecordStatus;
  /** Accepted collateral (agunan), deducted before reserving for a problem loan. */
  readonly collateralValue?: Rupiah;
}

/** What the journal says happened to one loan. */
export interface LoanEvents {
  readonly payments: readonly LoanPayment[];
  readonly waivers: readonly PenaltyWaiver[];
}

const PAYMENT_KINDS: readonly EntryKind[] = ['installment_payment', 'group_cover', 'member_exit'];
const PART_ROLES: readonly AccountRole[] = ['loan_principal', 'loan_interest_receivable', 'interest_income', 'loan_penalty_receivable', 'penalty_income'];
const noEvents: LoanEvents = { payments: [], waivers: [] };

/** Every loan's payments and waivers, in one pass over the journal (in posting order). */
export function loanEventsByLoan(chart: readonly Account[], entries: readonly JournalEntry[]): Map<string, LoanEvents> {
  const parts = new Set<AccountCode>(chart.filter((a) => a.role && PART_ROLES.includes(a.role)).map((a) => a.code));
  const penaltyReceivable = chart.find((a) => a.role === 'loan_penalty_receivable')?.code;
  const voided = voidedEntryIds(entries);
  const events = new Map<string, { payments: LoanPayment[]; waivers: PenaltyWaiver[] }>();
  const of = (loanId: string) => {
    let ev = events.get(loanId);
    if (!ev) events.set(loanId, (ev = { payments: [], waivers: [] }));
    return ev;
  };
  entries.forEach((e, seq) => {
    if (voided.has(e.id)) return;
    const isPayment = PAYMENT_KINDS.includes(e.kind);
    if (!isPayment && e.kind !== 'penalty_waiver') return;
    const byLoan = new Map<string, Rupiah>();
    for (const l of e.lines) {
      if (l.loanId === undefined) continue;
      const amount = isPayment ? (parts.has(l.account) ? l.credit - l.debit : 0) : l.account === penaltyReceivable ? l.credit : 0;
      byLoan.set(l.loanId, (byLoan.get(l.loanId) ?? 0) + amount);
    }
    for (const [loanId, amount] of byLoan) {
      if (amount <= 0) continue;
      if (isPayment) of(loanId).payments.push({ date: e.date, amount, seq });
      else of(loanId).waivers.push({ date: e.date, amount, reason: e.reason ?? '', seq });
    }
  });
  return events;
}

/** The product a loan was given under; a record naming an unknown product cannot be figured. */
export function productOf(products: readonly LoanProduct[], record: LoanRecord): LoanProduct {
  const product = products.find((p) => p.id === record.productId);
  if (!product) throw new LumbungError('LOAN_PRODUCT_UNKNOWN', { loan: record.id, product: record.productId });
  return product;
}

export function loanHistory(record: LoanRecord, product: LoanProduct, events: LoanEvents = noEvents): LoanHistory {
  const { principal, termMonths, ratePercent, ratePer, method, firstDueDate } = record;
  return {
    terms: { principal, termMonths, ratePercent, ratePer, method, firstDueDate },
    rules: { penalty: product.penalty, allocation: product.allocation, flatPayoffInterest: product.flatPayoffInterest },
    payments: events.payments,
    waivers: events.waivers,
    disbursedOn: record.disbursedOn,
  };
}

/** One line of the loan list. */
export interface LoanFigures {
  readonly loanId: string;
  readonly memberId: string;
  readonly productId: string;
  readonly status: LoanRecordStatus;
  readonly principal: Rupiah;
  readonly disbursedOn: IsoDate;
  /** Being repaid on the day: counts in the outstanding, arrears and collectibility figures. */
  readonly inPortfolio: boolean;
  readonly outstandingPrincipal: Rupiah;
  readonly arrearsPrincipal: Rupiah;
  readonly arrearsInterest: Rupiah;
  /** Principal + interest overdue (penalty shown apart). */
  readonly arrears: Rupiah;
  readonly penaltyOwed: Rupiah;
  readonly daysPastDue: number;
  readonly overdueInstallments: number;
  readonly paidInstallments: number;
  readonly termMonths: number;
  /** The first installment falling due on the day or later that still owes something. */
  readonly nextDue: { readonly n: number; readonly dueDate: IsoDate; readonly amount: Rupiah } | null;
  /** What brings the loan up to date today: arrears, penalty owed, and the next installment. */
  readonly dueNow: Rupiah;
  readonly collectibility: Collectibility;
  readonly closedOn: IsoDate | null;
}

export function loanFiguresOf(record: LoanRecord, status: LoanStatus, thresholds: CollectibilityThresholds = defaultCollectibilityThresholds): LoanFigures {
  const next = status.installments.find((i) => i.dueDate >= status.asOf && i.principal + i.interest > i.principalPaid + i.interestPaid);
  const nextAmount = next ? next.principal + next.interest - next.principalPaid - next.interestPaid : 0;
  return {
    loanId: record.id, memberId: record.memberId, productId: record.productId, status: record.status,
    principal: record.principal, disbursedOn: record.disbursedOn,
    inPortfolio: record.status === 'berjalan' && record.disbursedOn <= status.asOf && status.outstandingPrincipal > 0,
    outstandingPrincipal: status.outstandingPrincipal,
    arrearsPrincipal: status.arrearsPrincipal, arrearsInterest: status.arrearsInterest,
    arrears: status.arrearsPrincipal + status.arrearsInterest, penaltyOwed: status.penaltyOwed,
    daysPastDue: status.daysPastDue, overdueInstallments: status.overdueInstallments,
    paidInstallments: status.paidInstallments, termMonths: record.termMonths,
    nextDue: next ? { n: next.n, dueDate: next.dueDate, amount: nextAmount } : null,
    // Arrears are installments due before today; the next one is due today or later: no overlap.
    dueNow: status.arrearsPrincipal + status.arrearsInterest + status.penaltyOwed + nextAmount,
    collectibility: collectibilityOf(status.daysPastDue, thresholds),
    closedOn: status.closedOn,
  };
}

/** Where one loan stands on `asOf`, from the journal. */
export function loanFigures(
  record: LoanRecord, product: LoanProduct, events: LoanEvents | undefined, asOf: IsoDate,
  thresholds: CollectibilityThresholds = defaultCollectibilityThresholds,
): LoanFigures {
  return loanFiguresOf(record, loanStatus(loanHistory(record, product, events), asOf), thresholds);
}

/** The loan list: every record's figures on `asOf`, with one pass over the journal for all of them. */
export function loanList(
  input: { loans: readonly LoanRecord[]; products: readonly LoanProduct[]; chart: readonly Account[]; entries: readonly JournalEntry[]; asOf: IsoDate },
  thresholds: CollectibilityThresholds = defaultCollectibilityThresholds,
): LoanFigures[] {
  const events = loanEventsByLoan(input.chart, input.entries);
  return input.loans
    .filter((r) => r.disbursedOn <= input.asOf)
    .map((r) => loanFigures(r, productOf(input.products, r), events.get(r.id), input.asOf, thresholds));
}
