/**
 * The chart of accounts (bagan akun) of a koperasi simpan pinjam, shaped for SAK EP: simpanan pokok
 * and wajib are equity, sukarela is a liability, loans are receivables less a loan-loss reserve.
 * Codes read '<group>-<four digits>': 1 assets, 2 liabilities, 3 equity, 4 income, 5 expenses.
 */
import type { Account, AccountCode, AccountRole, AccountType, SavingsType } from '../types';
import { throwIfProblems, type Problem } from '../errors';

function account(code: string, name: string, nameEn: string, type: AccountType, role?: AccountRole): Account {
  return role ? { code, name, nameEn, type, role } : { code, name, nameEn, type };
}

export const defaultChartOfAccounts: readonly Account[] = [
  account('1-1100', 'Kas', 'Cash', 'asset', 'cash'),
  account('1-1200', 'Bank', 'Bank', 'asset', 'bank'),
  account('1-1300', 'Piutang Pinjaman Anggota', 'Loans to members', 'asset', 'loan_principal'),
  account('1-1310', 'Cadangan Kerugian Piutang', 'Loan-loss reserve', 'contra_asset', 'loan_loss_reserve'),
  account('1-1400', 'Piutang Jasa Pinjaman', 'Loan interest receivable', 'asset', 'loan_interest_receivable'),
  account('1-1410', 'Piutang Denda', 'Penalties receivable', 'asset', 'loan_penalty_receivable'),
  account('1-1500', 'Piutang Tanggung Renteng', 'Group cover receivable', 'asset', 'cover_receivable'),
  account('2-1100', 'Simpanan Sukarela', 'Voluntary savings', 'liability', 'savings_sukarela'),
  account('2-1200', 'Utang Tanggung Renteng', 'Group cover owed to coverers', 'liability', 'cover_payable'),
  account('2-1300', 'Dana SHU Belum Dibagikan', 'Member SHU not yet paid', 'liability', 'shu_payable'),
  account('2-1410', 'Dana Pengurus dan Karyawan', 'Managers and staff fund', 'liability'),
  account('2-1420', 'Dana Pendidikan', 'Education fund', 'liability'),
  account('2-1430', 'Dana Sosial', 'Social fund', 'liability'),
  account('2-1440', 'Dana Pembangunan Daerah Kerja', 'Regional development fund', 'liability'),
  account('3-1100', 'Simpanan Pokok', 'Principal savings (pokok)', 'equity', 'savings_pokok'),
  account('3-1200', 'Simpanan Wajib', 'Compulsory savings (wajib)', 'equity', 'savings_wajib'),
  account('3-2100', 'Cadangan', 'Reserve', 'equity', 'reserve'),
  account('3-3100', 'SHU Tahun Berjalan', "The year's surplus (SHU)", 'equity', 'shu_current_year'),
  // Imported savings are credited to members against this; the cash, bank and loans brought over are
  // debited against it too, so once all is in it holds only the old books' own equity.
  account('3-9100', 'Saldo Awal', 'Opening balances', 'equity', 'opening_balance'),
  account('4-1100', 'Pendapatan Jasa Pinjaman', 'Loan interest income', 'income', 'interest_income'),
  account('4-1200', 'Pendapatan Provisi dan Administrasi', 'Loan fee income', 'income', 'fee_income'),
  account('4-1300', 'Pendapatan Denda', 'Penalty income', 'income', 'penalty_income'),
  account('4-9100', 'Pendapatan Lain', 'Other income', 'income', 'other_income'),
  account('5-1100', 'Beban Jasa Simpanan', 'Interest on voluntary savings', 'expense', 'savings_interest_expense'),
  account('5-1200', 'Beban Penyisihan Piutang', 'Loan-loss provision expense', 'expense', 'provision_expense'),
  account('5-2100', 'Beban Operasional', 'Operating costs', 'expense', 'operating_expense'),
  account('5-9100', 'Beban Lain', 'Other costs', 'expense', 'other_expense'),
];

/** The account each kind of savings is kept on, by role (the one place the pairing is written). */
export const SAVINGS_ROLE: Readonly<Record<SavingsType, AccountRole>> = {
  pokok: 'savings_pokok',
  wajib: 'savings_wajib',
  sukarela: 'savings_sukarela',
};

export const accountTypes: readonly AccountType[] = ['asset', 'contra_asset', 'liability', 'equity', 'income', 'expense'];

/** Assets and expenses grow on the debit side; the rest, a contra asset included, on the credit side. */
export function normalSide(type: AccountType): 'debit' | 'credit' {
  return type === 'asset' || type === 'expense' ? 'debit' : 'credit';
}

/** A balance as the account's own side reads it: debit - credit for debit accounts, else the reverse. */
export function balanceOnNormalSide(type: AccountType, debit: number, credit: number): number {
  return normalSide(type) === 'debit' ? debit - credit : credit - debit;
}

/** An extra account as a settings tab gives it: untrusted text. */
export interface ExtraAccountInput {
  readonly code: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly type: string;
}

const CODE = /^[1-5]-\d{4}$/;
const GROUP_OF: Record<AccountType, string> = { asset: '1', contra_asset: '1', liability: '2', equity: '3', income: '4', expense: '5' };

/** Problems with a cooperative's extra accounts, against the chart they join. Empty = valid. */
export function extraAccountProblems(base: readonly Account[], extras: readonly ExtraAccountInput[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set(base.map((a) => a.code));
  extras.forEach((x, i) => {
    const where = `extra account ${i + 1}`;
    const code = String(x.code ?? '').trim();
    if (!CODE.test(code)) problems.push({ code: 'ACCOUNT_CODE_INVALID', params: { account: code }, where });
    else if (seen.has(code)) problems.push({ code: 'ACCOUNT_CODE_DUPLICATE', params: { account: code }, where });
    seen.add(code);
    if (String(x.name ?? '').trim() === '') problems.push({ code: 'ACCOUNT_NAME_MISSING', params: { account: code }, where });
    const type = x.type as AccountType;
    if (!accountTypes.includes(type)) problems.push({ code: 'ACCOUNT_TYPE_UNKNOWN', params: { account: code, type: String(x.type) }, where });
    else if (CODE.test(code) && code[0] !== GROUP_OF[type]) {
      // A code's first digit says where the account sits in the statements: it must match its type.
      problems.push({ code: 'ACCOUNT_CODE_WRONG_GROUP', params: { account: code, type }, where });
    }
  });
  return problems;
}

/** The chart with a cooperative's extra accounts, sorted by code; refuses CHART_INVALID with every problem. */
export function mergeChartOfAccounts(base: readonly Account[], extras: readonly ExtraAccountInput[]): Account[] {
  throwIfProblems(extraAccountProblems(base, extras), 'CHART_INVALID');
  const added = extras.map((x) =>
    account(x.code.trim(), x.name.trim(), (x.nameEn ?? '').trim() || x.name.trim(), x.type as AccountType),
  );
  return [...base, ...added].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The account a chart gives a role; a chart without it is a programmer error (the defaults have all). */
export function accountFor(chart: readonly Account[], role: AccountRole): AccountCode {
  const found = chart.find((a) => a.role === role);
  if (!found) throw new RangeError(`chart has no account with role ${role}`);
  return found.code;
}

/** Code -> account, for lookups in loops. */
export function chartIndex(chart: readonly Account[]): ReadonlyMap<AccountCode, Account> {
  return new Map(chart.map((a) => [a.code, a]));
}
