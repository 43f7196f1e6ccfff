/**
 * The records the cooperative's books are made of, and how they nest:
 *
 *   JournalEntry ──< JournalLine ── Account
 *        │               └── (memberId, savingsType) or (loanId): the sub-ledger it belongs to
 *        └── reverses: the entry it undoes (corrections are reversals, never edits)
 *
 * Money is whole rupiah (see money.ts); dates are ISO 'YYYY-MM-DD' (see dates.ts).
 */
import type { Rupiah } from './money';
import type { IsoDate } from './dates';

/** An account code of the chart of accounts, e.g. '1-1100'. */
export type AccountCode = string;

/** Where an account appears in the statements and on which side it grows. */
export type AccountType = 'asset' | 'contra_asset' | 'liability' | 'equity' | 'income' | 'expense';

/**
 * What an account is for, so that posting rules and the ledger find it whatever code a cooperative
 * gives it. At most one account of a chart has each role; extra accounts usually have none.
 */
export type AccountRole =
  | 'cash'
  | 'bank'
  | 'loan_principal'
  | 'loan_loss_reserve'
  | 'loan_interest_receivable'
  | 'loan_penalty_receivable'
  | 'cover_receivable'
  | 'cover_payable'
  | 'savings_pokok'
  | 'savings_wajib'
  | 'savings_sukarela'
  | 'shu_payable'
  | 'reserve'
  | 'shu_current_year'
  /** Where opening balances brought over from the old books are booked against: nets to zero once all are in. */
  | 'opening_balance'
  | 'interest_income'
  | 'fee_income'
  | 'penalty_income'
  | 'other_income'
  | 'savings_interest_expense'
  | 'provision_expense'
  | 'operating_expense'
  | 'other_expense';

export interface Account {
  readonly code: AccountCode;
  /** Name as the cooperative reads it (Bahasa Indonesia). */
  readonly name: string;
  /** English name, for the English interface. */
  readonly nameEn: string;
  readonly type: AccountType;
  /** What the posting rules use it for; absent on a cooperative's extra accounts. */
  readonly role?: AccountRole;
}

/** The three kinds of member savings. */
export type SavingsType = 'pokok' | 'wajib' | 'sukarela';

export interface JournalLine {
  readonly account: AccountCode;
  /** Whole rupiah, >= 0; exactly one of debit and credit is > 0. */
  readonly debit: Rupiah;
  readonly credit: Rupiah;
  /** The member whose sub-ledger this line moves (savings, loans, SHU, cover). */
  readonly memberId?: string;
  /** With memberId on a savings account: which savings it moves. */
  readonly savingsType?: SavingsType;
  /** The loan whose sub-ledger this line moves (principal, interest, penalty). */
  readonly loanId?: string;
  /**
   * On an income line: whether it was earned from members or from non-members (the laporan hasil
   * usaha shows them apart). Absent: a line with memberId counts as members' income.
   */
  readonly party?: 'member' | 'non_member';
}

/** What happened, so that reports can group postings without reading memos. */
export type EntryKind =
  | 'opening_balance'
  | 'member_join'
  | 'wajib_due'
  | 'savings_deposit'
  | 'savings_withdrawal'
  | 'savings_interest'
  | 'loan_disbursement'
  | 'installment_payment'
  | 'penalty_charge'
  | 'penalty_waiver'
  | 'loan_write_off'
  | 'loan_loss_provision'
  | 'group_cover'
  | 'group_cover_repayment'
  | 'shu_closing'
  | 'shu_distribution'
  | 'member_exit'
  | 'expense'
  | 'other_income'
  | 'reversal'
  // Facts: decisions with no money line, each one row in the journal carrying its data.
  | 'loan_application'
  | 'loan_decision'
  | 'settings_change'
  | 'import_request'
  | 'import_decision'
  | 'chain_adopted';

export interface JournalEntry {
  /** Stable id, e.g. 'J-000123'. */
  readonly id: string;
  /** The day the event happened (not the day it was typed in). */
  readonly date: IsoDate;
  readonly kind: EntryKind;
  /** Plain words a member would understand: "Setoran simpanan wajib Mei 2026". */
  readonly memo: string;
  readonly lines: readonly JournalLine[];
  /** On a reversal: the id of the entry it undoes. */
  readonly reverses?: string;
  /** Why: required for reversals, waivers and write-offs. */
  readonly reason?: string;
  /** The receipt number given to the member (kuitansi). */
  readonly receipt?: string;
  /** Makes a retried or twice-fired posting land once. */
  readonly idempotencyKey?: string;
  /** Email of the person who recorded it. */
  readonly recordedBy?: string;
  /**
   * What a decision rests on, as JSON text (the "Rincian" column): an application's terms, a
   * payout's pinned loan terms and pricing rules, a settings change. Each noun reads its own.
   */
  readonly data?: string;
}

export type MemberStatus = 'aktif' | 'keluar';

export interface Member {
  /** Member number, e.g. 'A-0001'. */
  readonly id: string;
  readonly name: string;
  /** Nomor Induk Kependudukan: 16 digits, kept as text. */
  readonly nik: string;
  /** As the member writes it: '0812...' or '+62812...', kept as text. */
  readonly phone: string;
  readonly address: string;
  readonly email: string;
  readonly joinDate: IsoDate;
  /** Tanggung renteng group (kelompok), if the cooperative uses groups. */
  readonly group: string;
  readonly status: MemberStatus;
  readonly exitDate: IsoDate | '';
  readonly note: string;
}
