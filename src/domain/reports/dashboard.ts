/**
 * The numbers on a manager's dashboard, as of a day: members, savings, wajib arrears, loans and
 * their arrears, collectibility and health, and money on hand. Everything is derived from the
 * journal in a fixed number of passes (one replay for balances, one for wajib payments, one for loan
 * events), never one pass per member or per loan.
 */
import type { Account, AccountRole, JournalEntry } from '../types';
import { monthOf, type IsoDate } from '../dates';
import type { Rupiah } from '../money';
import type { Member } from '../types';
import type { LoanProduct } from '../loans/products';
import type { CooperativeSettings } from '../settings/cooperative';
import type { Payment } from '../savings/rules';
import { accountBalance, replayJournal, type Ledger } from '../books/ledger';
import { wajibStatement } from '../savings/wajib';
import { portfolioQuality, type PortfolioQuality } from '../loans/collectibility';
import { loanList, type LoanFigures, type LoanRecord } from '../loans/portfolio';

export interface DashboardInput {
  readonly members: readonly Member[];
  readonly loans: readonly LoanRecord[];
  readonly products: readonly LoanProduct[];
  readonly entries: readonly JournalEntry[];
  readonly chart: readonly Account[];
  readonly settings: Pick<CooperativeSettings, 'savings' | 'collectibility' | 'reserveWeights'>;
  readonly asOf: IsoDate;
}

export interface DashboardFigures {
  readonly asOf: IsoDate;
  /** Active: joined by asOf and not left; joinedThisMonth: joined in asOf's month, up to asOf. */
  readonly members: { readonly active: number; readonly left: number; readonly joinedThisMonth: number };
  readonly savings: { readonly pokok: Rupiah; readonly wajib: Rupiah; readonly sukarela: Rupiah; readonly total: Rupiah };
  /** Active members with wajib unpaid, and what they owe together. */
  readonly wajibArrears: { readonly members: number; readonly amount: Rupiah };
  /** Loans being repaid with principal still owed. */
  readonly loans: { readonly count: number; readonly principal: Rupiah };
  /** Overdue principal and interest (penalties apart) and the loans with anything overdue. */
  readonly arrears: { readonly principal: Rupiah; readonly interest: Rupiah; readonly total: Rupiah; readonly loansOverdue: number; readonly penalty: Rupiah };
  readonly collectibility: Omit<PortfolioQuality, 'totalOutstanding' | 'reserveBy'> & {
    /** The loan-loss reserve in the books now: compare with requiredReserve. */
    readonly bookedReserve: Rupiah;
  };
  readonly cash: { readonly kas: Rupiah; readonly bank: Rupiah; readonly total: Rupiah };
}

/** An account's balance on its own side, by role; 0 when the chart or the ledger has none. */
function balanceOf(ledger: Ledger, chart: readonly Account[], role: AccountRole): Rupiah {
  const account = chart.find((a) => a.role === role);
  return account ? accountBalance(ledger, account) : 0;
}

/** Each member's wajib payments (refunds and reversals as negatives), in one pass. */
function wajibPayments(chart: readonly Account[], entries: readonly JournalEntry[], asOf: IsoDate): Map<string, Payment[]> {
  const wajib = chart.find((a) => a.role === 'savings_wajib')?.code;
  const byMember = new Map<string, Payment[]>();
  for (const e of entries) {
    if (e.date > asOf) continue;
    for (const l of e.lines) {
      if (l.account !== wajib || l.memberId === undefined) continue;
      const list = byMember.get(l.memberId) ?? [];
      list.push({ date: e.date, amount: l.credit - l.debit });
      byMember.set(l.memberId, list);
    }
  }
  return byMember;
}

const total = (xs: readonly LoanFigures[], f: (l: LoanFigures) => Rupiah): Rupiah => xs.reduce((a, l) => a + f(l), 0);

const hasLeft = (m: Member, asOf: IsoDate): boolean => m.status === 'keluar' && (m.exitDate === '' || m.exitDate <= asOf);

export function dashboardFigures(input: DashboardInput): DashboardFigures {
  const { chart, entries, asOf, settings } = input;
  const ledger = replayJournal(chart, entries, { to: asOf });

  const joined = input.members.filter((m) => m.joinDate <= asOf);
  const active = joined.filter((m) => !hasLeft(m, asOf));
  const payments = wajibPayments(chart, entries, asOf);
  let inArrears = 0;
  let wajibOwed = 0;
  for (const m of active) {
    const { arrears } = wajibStatement({ joinDate: m.joinDate }, payments.get(m.id) ?? [], asOf, settings.savings);
    if (arrears > 0) inArrears += 1;
    wajibOwed += arrears;
  }

  const list = loanList({ loans: input.loans, products: input.products, chart, entries, asOf }, settings.collectibility);
  const open = list.filter((l) => l.inPortfolio);
  const overdue = open.filter((l) => l.overdueInstallments > 0);
  const collateral = new Map(input.loans.map((r) => [r.id, r.collateralValue ?? 0]));
  const quality = portfolioQuality(
    open.map((l) => ({ outstandingPrincipal: l.outstandingPrincipal, daysPastDue: l.daysPastDue, collateralValue: collateral.get(l.loanId) ?? 0 })),
    settings.collectibility,
    settings.reserveWeights,
  );

  const pokok = balanceOf(ledger, chart, 'savings_pokok');
  const wajib = balanceOf(ledger, chart, 'savings_wajib');
  const sukarela = balanceOf(ledger, chart, 'savings_sukarela');
  const kas = balanceOf(ledger, chart, 'cash');
  const bank = balanceOf(ledger, chart, 'bank');
  const arrearsPrincipal = total(overdue, (l) => l.arrearsPrincipal);
  const arrearsInterest = total(overdue, (l) => l.arrearsInterest);
  return {
    asOf,
    members: {
      active: active.length,
      left: joined.length - active.length,
      joinedThisMonth: joined.filter((m) => monthOf(m.joinDate) === monthOf(asOf)).length,
    },
    savings: { pokok, wajib, sukarela, total: pokok + wajib + sukarela },
    wajibArrears: { members: inArrears, amount: wajibOwed },
    loans: { count: open.length, principal: quality.totalOutstanding },
    arrears: {
      principal: arrearsPrincipal, interest: arrearsInterest, total: arrearsPrincipal + arrearsInterest,
      loansOverdue: overdue.length, penalty: total(open, (l) => l.penaltyOwed),
    },
    collectibility: {
      outstandingBy: quality.outstandingBy, atRisk30: quality.atRisk30, par30: quality.par30,
      problemLoans: quality.problemLoans, problemRatio: quality.problemRatio, band: quality.band,
      requiredReserve: quality.requiredReserve, bookedReserve: balanceOf(ledger, chart, 'loan_loss_reserve'),
    },
    cash: { kas, bank, total: kas + bank },
  };
}
