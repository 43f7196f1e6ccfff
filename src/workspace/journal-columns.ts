/**
 * The Jurnal tab's columns, declared once and tied to the domain's JournalRecord by type: a column
 * added here and not to the record (or the reverse) does not compile. The domain owns the record
 * and the order its hash covers (books/records.ts); this file owns the tab's headers and formats.
 * (A leaf module, so that schema.ts and journal.ts both import it without importing each other.)
 */
import type { EntryKind } from '../domain/types';
import type { JournalRecord, SameKeys } from '../domain/books/records';
import type { ColumnSpec, TableSpec } from './schema';

/**
 * The kind in a manager's words, shown in the "Jenis" column beside its code ("Kode Jenis").
 * These live here and not in src/i18n: they are the tab's vocabulary, like its headers, one fixed
 * word per code whoever opens the sheet (Periksa buku compares the word with the code, so it cannot
 * follow a reader's language); and workspace imports no i18n (DESIGN's arrows).
 */
export const KIND_LABELS: Readonly<Record<EntryKind, string>> = {
  opening_balance: 'Saldo awal',
  member_join: 'Anggota baru',
  wajib_due: 'Tagihan simpanan wajib',
  savings_deposit: 'Setoran simpanan',
  savings_withdrawal: 'Penarikan simpanan',
  savings_interest: 'Jasa simpanan',
  loan_disbursement: 'Pencairan pinjaman',
  installment_payment: 'Bayar angsuran',
  penalty_charge: 'Denda',
  penalty_waiver: 'Penghapusan denda',
  loan_write_off: 'Hapus buku pinjaman',
  loan_loss_provision: 'Cadangan pinjaman macet',
  group_cover: 'Talangan kelompok',
  group_cover_repayment: 'Pengembalian talangan',
  shu_closing: 'Tutup buku SHU',
  shu_distribution: 'Pembagian SHU',
  member_exit: 'Anggota keluar',
  expense: 'Biaya',
  other_income: 'Pendapatan lain',
  reversal: 'Pembatalan',
  loan_application: 'Pengajuan pinjaman',
  loan_decision: 'Keputusan pengajuan',
  settings_change: 'Perubahan pengaturan',
  import_request: 'Permintaan impor',
  import_decision: 'Keputusan impor',
  chain_adopted: 'Buku diambil alih',
};

/** The word for a kind code; a code Lumbung does not know (typed by hand) stands for itself. */
export function kindLabel(code: string): string {
  return isKind(code) ? KIND_LABELS[code] : code;
}

const isKind = (code: string): code is EntryKind => Object.prototype.hasOwnProperty.call(KIND_LABELS, code);

/**
 * The label column is outside JournalRecord and outside the hash: it is a function of the hashed
 * code, so Periksa buku checks it against the code (a retyped word is named), and ledgers whose
 * chain was written before the column existed keep verifying unchanged (see upgradeJournal).
 */
export const KIND_LABEL_KEY = 'kindLabel';

export type JournalColumn = ColumnSpec & { readonly key: keyof JournalRecord | typeof KIND_LABEL_KEY };

/** In the tab's order. The hash's order is HASHED_FIELDS, not this one. */
export const JOURNAL_COLUMNS = [
  { key: 'seq', header: 'No', type: 'number' },
  { key: 'entryId', header: 'ID Jurnal', type: 'text' },
  { key: 'date', header: 'Tanggal', type: 'date' },
  { key: KIND_LABEL_KEY, header: 'Jenis', type: 'text' },
  { key: 'kind', header: 'Kode Jenis', type: 'text' },
  { key: 'memo', header: 'Keterangan', type: 'text' },
  { key: 'account', header: 'Akun', type: 'text' },
  { key: 'debit', header: 'Debit', type: 'money', blankZero: true },
  { key: 'credit', header: 'Kredit', type: 'money', blankZero: true },
  { key: 'memberId', header: 'ID Anggota', type: 'text' },
  { key: 'savingsType', header: 'Jenis Simpanan', type: 'text' },
  { key: 'loanId', header: 'ID Pinjaman', type: 'text' },
  { key: 'party', header: 'Pihak', type: 'text' },
  { key: 'reverses', header: 'Membalik', type: 'text' },
  { key: 'reason', header: 'Alasan', type: 'text' },
  { key: 'receipt', header: 'No Kuitansi', type: 'text' },
  { key: 'idempotencyKey', header: 'Kunci', type: 'text' },
  { key: 'recordedBy', header: 'Dicatat Oleh', type: 'text' },
  { key: 'recordedAt', header: 'Waktu Catat', type: 'datetime' },
  { key: 'hash', header: 'Hash', type: 'text' },
  // Last, where setup adds it to a journal written before it existed (schema 3).
  { key: 'data', header: 'Rincian', type: 'text' },
] as const satisfies readonly JournalColumn[];

type Column = (typeof JOURNAL_COLUMNS)[number];
/** The record's columns: every key of JournalRecord, and no other (checked both ways below). */
export type RecordKey = Exclude<Column['key'], typeof KIND_LABEL_KEY>;
/** Columns read as numbers; the rest are text (dates as ISO text). */
export type NumberKey = Extract<Column, { type: 'number' | 'money' }>['key'];
export type TextKey = Exclude<RecordKey, NumberKey>;

type NumberFields = { [K in keyof JournalRecord]: JournalRecord[K] extends number ? K : never }[keyof JournalRecord];
// A column missing for a record field, a column for no field, or a number column over a text field
// (or the reverse) makes one of these `false`, and the assignment fails to compile.
const everyFieldHasAColumn: SameKeys<RecordKey, keyof JournalRecord> = true;
const numbersAreNumbers: SameKeys<NumberKey, NumberFields> = true;
void everyFieldHasAColumn;
void numbersAreNumbers;

export const JOURNAL: TableSpec = { key: 'journal', name: 'Jurnal', columns: JOURNAL_COLUMNS };
