/**
 * The ledger's tabs as they sit in the spreadsheet: each a table with one frozen header row and a
 * stable id in column A. Code finds columns by header, so a manager may add or move columns.
 * Headers are the cooperative's words (Bahasa Indonesia); `key` is the code's name for a column.
 * Over 200 lines: one declaration per tab, read as a list. The Jurnal's: journal-columns.ts.
 */
import { PRODUCT_COLUMNS, PRODUCTS_TAB } from '../domain/settings/products';
import { SETTINGS_TAB } from '../domain/settings/rows';
import { JOURNAL } from './journal-columns';

export { JOURNAL };
export type ColumnType = 'text' | 'money' | 'number' | 'date' | 'datetime';

export interface ColumnSpec {
  readonly key: string;
  readonly header: string;
  readonly type: ColumnType;
  /** A dropdown of allowed values (data validation). */
  readonly choices?: readonly string[];
  /** Personal data (NIK, phone, address): only managers may see the tab it is in. */
  readonly personal?: boolean;
  /** Leave the cell empty for 0: a journal line shows only its debit or its credit. */
  readonly blankZero?: boolean;
}

export interface TableSpec {
  readonly key: string;
  /** The tab's name. */
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
  /** Report tabs hold derived figures and may carry formulas; data tabs never do. */
  readonly report?: boolean;
}

/** The format each column type is written with: text stays text, money is whole Rupiah. */
export const NUMBER_FORMATS: Readonly<Record<ColumnType, string>> = {
  text: '@',
  money: '"Rp"#,##0',
  number: '0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

const text = (key: string, header: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, type: 'text', ...extra });
const money = (key: string, header: string): ColumnSpec => ({ key, header, type: 'money' });
const date = (key: string, header: string): ColumnSpec => ({ key, header, type: 'date' });
const num = (key: string, header: string): ColumnSpec => ({ key, header, type: 'number' });

export const MEMBER_STATUSES = ['aktif', 'keluar'] as const;
export const APPLICATION_STATUSES = ['menunggu', 'disetujui', 'ditolak', 'dicairkan'] as const;
export const LOAN_STATUSES = ['berjalan', 'lunas', 'hapus_buku', 'direstrukturisasi', 'batal'] as const;

export const MEMBERS: TableSpec = {
  key: 'members',
  name: 'Anggota',
  columns: [
    text('id', 'ID Anggota'),
    text('name', 'Nama'),
    text('nik', 'NIK', { personal: true }),
    text('phone', 'Telepon', { personal: true }),
    text('address', 'Alamat', { personal: true }),
    text('email', 'Email'),
    date('joinDate', 'Tanggal Masuk'),
    text('group', 'Kelompok'),
    text('status', 'Status', { choices: MEMBER_STATUSES }),
    date('exitDate', 'Tanggal Keluar'),
    text('note', 'Catatan'),
  ],
};

export const APPLICATIONS: TableSpec = {
  key: 'applications',
  name: 'Pengajuan',
  columns: [
    text('id', 'ID Pengajuan'),
    date('date', 'Tanggal'),
    text('memberId', 'ID Anggota'),
    text('productId', 'Produk'),
    money('amount', 'Jumlah'),
    num('termMonths', 'Tenor (bulan)'),
    text('purpose', 'Keperluan'),
    text('status', 'Status', { choices: APPLICATION_STATUSES }),
    text('source', 'Sumber'),
    text('recordedBy', 'Dicatat Oleh'),
    text('decidedBy', 'Diputuskan Oleh'),
    date('decidedOn', 'Tanggal Keputusan'),
    text('reason', 'Alasan'),
    text('loanId', 'ID Pinjaman'),
    text('idempotencyKey', 'Kunci'),
  ],
};

export const LOANS: TableSpec = {
  key: 'loans',
  name: 'Pinjaman',
  columns: [
    text('id', 'ID Pinjaman'),
    text('memberId', 'ID Anggota'),
    text('productId', 'Produk'),
    money('principal', 'Pokok Pinjaman'),
    num('termMonths', 'Tenor (bulan)'),
    text('ratePercent', 'Bunga (%)'),
    text('ratePer', 'Bunga Per', { choices: ['bulan', 'tahun'] }),
    text('method', 'Metode', { choices: ['flat', 'declining', 'annuity'] }),
    money('fee', 'Biaya Admin'),
    date('disbursedOn', 'Tanggal Cair'),
    date('firstDueDate', 'Angsuran Pertama'),
    text('status', 'Status', { choices: LOAN_STATUSES }),
    money('collateralValue', 'Nilai Agunan'),
    text('applicationId', 'ID Pengajuan'),
    text('approvedBy', 'Disetujui Oleh'),
    text('disbursedBy', 'Dicairkan Oleh'),
    text('note', 'Catatan'),
  ],
};

export const SCHEDULES: TableSpec = {
  key: 'schedules',
  name: 'Jadwal Angsuran',
  columns: [
    text('loanId', 'ID Pinjaman'),
    num('n', 'Angsuran Ke'),
    date('dueDate', 'Jatuh Tempo'),
    money('principal', 'Pokok'),
    money('interest', 'Jasa'),
    money('payment', 'Angsuran'),
    money('balance', 'Sisa Pokok'),
  ],
};

export const MEETINGS: TableSpec = {
  key: 'meetings',
  name: 'Rapat',
  columns: [
    text('id', 'ID Rapat'),
    text('title', 'Judul'),
    text('type', 'Jenis'),
    { key: 'start', header: 'Mulai', type: 'datetime' },
    { key: 'end', header: 'Selesai', type: 'datetime' },
    text('place', 'Tempat'),
    text('eventId', 'ID Acara Kalender'),
    text('meetLink', 'Tautan Meet'),
    num('quorum', 'Kuorum'),
    num('present', 'Hadir'),
    text('status', 'Status'),
  ],
};

export const ARCHIVE: TableSpec = {
  key: 'archive',
  name: 'Arsip',
  columns: [
    text('id', 'ID Arsip'),
    text('title', 'Judul'),
    text('category', 'Kategori'),
    date('date', 'Tanggal Dokumen'),
    text('fileId', 'ID Berkas'),
    text('link', 'Tautan'),
    text('checksum', 'Checksum'),
    text('addedBy', 'Ditambahkan Oleh'),
    { key: 'addedAt', header: 'Waktu Tambah', type: 'datetime' },
  ],
};

export const SETTINGS: TableSpec = {
  key: 'settings',
  name: SETTINGS_TAB,
  columns: [text('key', 'Kunci'), text('value', 'Nilai'), text('help', 'Keterangan')],
};

/** Loan products, one per row, in the columns the settings reader expects (PRODUCT_COLUMNS). */
export const PRODUCTS: TableSpec = {
  key: 'products',
  name: PRODUCTS_TAB,
  columns: PRODUCT_COLUMNS.map(({ key, header }): ColumnSpec => {
    if (key === 'minPrincipal' || key === 'maxPrincipal') return money(key, header);
    if (key === 'method') return text(key, header, { choices: ['flat', 'declining', 'annuity'] });
    if (key === 'ratePer') return text(key, header, { choices: ['bulan', 'tahun'] });
    // Rates, fees, penalties and limits are read from text ("1,5", "1%", "2% per bulan", blank = no limit).
    return text(key, header);
  }),
};

export const IMPORT: TableSpec = {
  key: 'import',
  name: 'Impor',
  columns: [
    text('memberId', 'ID Anggota'),
    text('name', 'Nama'),
    text('nik', 'NIK', { personal: true }),
    text('phone', 'Telepon', { personal: true }),
    text('address', 'Alamat', { personal: true }),
    date('joinDate', 'Tanggal Masuk'),
    text('group', 'Kelompok'),
    money('pokok', 'Simpanan Pokok'),
    money('wajib', 'Simpanan Wajib'),
    money('sukarela', 'Simpanan Sukarela'),
    text('result', 'Hasil Impor'),
  ],
};

export const DASHBOARD: TableSpec = {
  key: 'dashboard',
  name: 'Ringkasan',
  report: true,
  columns: [text('label', 'Keterangan'), text('value', 'Nilai')],
};

/** Every tab the ledger has, in the order setup makes them. */
export const LEDGER_TABLES: readonly TableSpec[] = [DASHBOARD, MEMBERS, JOURNAL, LOANS, SCHEDULES, APPLICATIONS, MEETINGS, ARCHIVE, SETTINGS, PRODUCTS, IMPORT];

/**
 * Bumped when a tab or column is added or renamed; setup migrates older ledgers forward.
 * 2: the Jurnal's "Jenis" shows the kind in words, its code moved to "Kode Jenis" (upgradeJournal).
 * 3: the Jurnal has "Rincian", the data of decisions recorded as journal facts (upgradeJournal).
 */
export const SCHEMA_VERSION = 3;
