/**
 * The books' statements as rows and totals (rendering lives with the add-on): neraca saldo (trial
 * balance), laporan posisi keuangan (balance sheet) and laporan hasil usaha (income statement).
 * The passbook and the loan card have their own files.
 */
import type { Account, AccountCode, AccountType, JournalEntry } from '../types';
import type { IsoDate } from '../dates';
import { sum, type Rupiah } from '../money';
import { balanceOnNormalSide } from '../books/accounts';
import { accountBalance, type Ledger } from '../books/ledger';

export interface TrialBalanceRow {
  readonly code: AccountCode;
  readonly name: string;
  readonly nameEn: string;
  readonly type: AccountType;
  /** Everything posted to the account. */
  readonly debit: Rupiah;
  readonly credit: Rupiah;
  /** What is left, in the column of the side it lies on (one of the two is 0). */
  readonly debitBalance: Rupiah;
  readonly creditBalance: Rupiah;
}

export interface TrialBalance {
  readonly rows: readonly TrialBalanceRow[];
  readonly totals: { readonly debit: Rupiah; readonly credit: Rupiah; readonly debitBalance: Rupiah; readonly creditBalance: Rupiah };
  /** Debit total = credit total: the books are in balance. */
  readonly balanced: boolean;
}

/** Neraca saldo: every account of the chart, in chart order. */
export function trialBalance(chart: readonly Account[], ledger: Ledger): TrialBalance {
  const totals = { debit: 0, credit: 0, debitBalance: 0, creditBalance: 0 };
  const rows = chart.map((a): TrialBalanceRow => {
    const { debit, credit } = ledger.accounts.get(a.code) ?? { debit: 0, credit: 0 };
    const net = debit - credit;
    const row = { code: a.code, name: a.name, nameEn: a.nameEn, type: a.type, debit, credit,
      debitBalance: Math.max(net, 0), creditBalance: Math.max(-net, 0) };
    totals.debit += debit;
    totals.credit += credit;
    totals.debitBalance += row.debitBalance;
    totals.creditBalance += row.creditBalance;
    return row;
  });
  return { rows, totals, balanced: totals.debit === totals.credit && totals.debitBalance === totals.creditBalance };
}

export interface StatementRow {
  readonly code: AccountCode;
  readonly name: string;
  readonly nameEn: string;
  /** Signed as the section adds it up: a contra asset (the loan-loss reserve) is negative among assets. */
  readonly amount: Rupiah;
}

export interface FinancialPosition {
  readonly assets: readonly StatementRow[];
  readonly liabilities: readonly StatementRow[];
  readonly equity: readonly StatementRow[];
  /** Income less costs not yet closed into SHU Tahun Berjalan: shown inside that equity row. */
  readonly unclosedShu: Rupiah;
  readonly totals: { readonly assets: Rupiah; readonly liabilities: Rupiah; readonly equity: Rupiah };
  /** Assets = liabilities + equity. */
  readonly balanced: boolean;
}

/** Laporan posisi keuangan from a ledger replayed up to the report date (replayJournal `to`). */
export function financialPosition(chart: readonly Account[], ledger: Ledger): FinancialPosition {
  const balance = (a: Account) => accountBalance(ledger, a);
  let unclosedShu = 0;
  for (const a of chart) {
    if (a.type === 'income') unclosedShu += balance(a);
    if (a.type === 'expense') unclosedShu -= balance(a);
  }
  const row = (a: Account, amount: Rupiah): StatementRow => ({ code: a.code, name: a.name, nameEn: a.nameEn, amount });
  const assets = chart.filter((a) => a.type === 'asset' || a.type === 'contra_asset').map((a) => row(a, a.type === 'asset' ? balance(a) : -balance(a)));
  const liabilities = chart.filter((a) => a.type === 'liability').map((a) => row(a, balance(a)));
  const equity = chart.filter((a) => a.type === 'equity').map((a) => row(a, balance(a) + (a.role === 'shu_current_year' ? unclosedShu : 0)));
  const total = (rows: readonly StatementRow[]) => sum(rows.map((r) => r.amount));
  const totals = { assets: total(assets), liabilities: total(liabilities), equity: total(equity) };
  return { assets, liabilities, equity, unclosedShu, totals, balanced: totals.assets === totals.liabilities + totals.equity };
}

export interface IncomeRow {
  readonly code: AccountCode;
  readonly name: string;
  readonly nameEn: string;
  /** Lines marked party 'member', or carrying a memberId without a party. */
  readonly fromMembers: Rupiah;
  /** Every other line: marked 'non_member', or with no member at all (bank interest, say). */
  readonly fromNonMembers: Rupiah;
  readonly total: Rupiah;
}

export interface IncomeStatement {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly income: readonly IncomeRow[];
  readonly expenses: readonly StatementRow[];
  readonly totals: { readonly fromMembers: Rupiah; readonly fromNonMembers: Rupiah; readonly income: Rupiah; readonly expenses: Rupiah };
  /** The period's SHU: income less costs. For a financial year, "the year's SHU from the journal". */
  readonly shu: Rupiah;
}

/**
 * Laporan hasil usaha for entries dated from..to (inclusive). The year's closing entry (and any
 * reversal of it) is left out: it moves the result into equity, it is not income or cost.
 */
export function incomeStatement(chart: readonly Account[], entries: readonly JournalEntry[], period: { from: IsoDate; to: IsoDate }): IncomeStatement {
  const types = new Map(chart.map((a) => [a.code, a.type]));
  const closings = new Set(entries.filter((e) => e.kind === 'shu_closing').map((e) => e.id));
  const members = new Map<AccountCode, Rupiah>();
  const others = new Map<AccountCode, Rupiah>();
  const add = (m: Map<AccountCode, Rupiah>, code: AccountCode, x: Rupiah) => m.set(code, (m.get(code) ?? 0) + x);
  for (const e of entries) {
    if (e.date < period.from || e.date > period.to || closings.has(e.id) || (e.reverses && closings.has(e.reverses))) continue;
    for (const l of e.lines) {
      const type = types.get(l.account);
      if (type !== 'income' && type !== 'expense') continue;
      const amount = balanceOnNormalSide(type, l.debit, l.credit);
      const byMember = l.party === 'member' || (l.party === undefined && l.memberId !== undefined);
      add(type === 'income' && byMember ? members : others, l.account, amount);
    }
  }
  const income = chart.filter((a) => a.type === 'income').map((a): IncomeRow => {
    const [fm, fn] = [members.get(a.code) ?? 0, others.get(a.code) ?? 0];
    return { code: a.code, name: a.name, nameEn: a.nameEn, fromMembers: fm, fromNonMembers: fn, total: fm + fn };
  });
  const expenses = chart.filter((a) => a.type === 'expense').map((a) => ({ code: a.code, name: a.name, nameEn: a.nameEn, amount: others.get(a.code) ?? 0 }));
  const totals = {
    fromMembers: sum(income.map((r) => r.fromMembers)),
    fromNonMembers: sum(income.map((r) => r.fromNonMembers)),
    income: sum(income.map((r) => r.total)),
    expenses: sum(expenses.map((r) => r.amount)),
  };
  return { from: period.from, to: period.to, income, expenses, totals, shu: totals.income - totals.expenses };
}
