/**
 * The keys of the "Pengaturan" tab: for each, how its value is written from the settings record and
 * read back from what a manager typed. The SHU split's parts (shu_cadangan, ...) are rows too, but
 * open-ended: settings/rows.ts handles them.
 */
import { quoted, type MessageCode, type Problem } from '../errors';
import type { CooperativeSettings } from './cooperative';
import type { SavingsSettings, SukarelaInterestSettings, WajibRate } from '../savings/rules';
import type { ShuBasisSettings } from '../shu/bases';
import type { Collectibility } from '../loans/collectibility';
import { roles, type Role } from '../roles';
import { formatRupiah } from '../money-text';
import {
  allowedWords, cellText, isBlank, readAmount, readChoice, readPercent, readWhole, writeChoice, type Cell, type Choices,
} from './cells';

type S = CooperativeSettings;

/** Rp1 triliun: a limit above it would let a few thousand postings carry totals past exact counting. */
const MAX_TRANSACTION_LIMIT = 1_000_000_000_000;
/** The settings with one cell applied, and what was wrong with it (a bad value keeps the default). */
export type Reading = readonly [S, readonly Problem[]];

export interface SettingKey {
  readonly key: string;
  write(s: S): Cell;
  read(s: S, cell: unknown): Reading;
}

function field<T>(
  key: string, reader: (cell: unknown) => T | undefined, code: MessageCode,
  get: (s: S) => T, set: (s: S, v: T) => S, writer: (v: T) => Cell = (v) => v as unknown as Cell, allowed?: string,
): SettingKey {
  return {
    key,
    write: (s) => writer(get(s)),
    read: (s, cell) => {
      const v = isBlank(cell) ? undefined : reader(cell);
      if (v !== undefined) return [set(s, v), []];
      const params = { key, value: quoted(cellText(cell)), ...(allowed ? { allowed } : {}) };
      return [s, [{ code: isBlank(cell) ? 'SETTING_EMPTY' : code, params, where: key }]];
    },
  };
}

const amount = (key: string, get: (s: S) => number, set: (s: S, v: number) => S) => field(key, readAmount, 'SETTING_AMOUNT_INVALID', get, set);
const percent = (key: string, get: (s: S) => number, set: (s: S, v: number) => S) => field(key, readPercent, 'SETTING_PERCENT_INVALID', get, set);
const whole = (key: string, get: (s: S) => number, set: (s: S, v: number) => S) => field(key, readWhole, 'SETTING_WHOLE_INVALID', get, set);
const choice = <T>(key: string, choices: Choices<NoInfer<T>>, get: (s: S) => T, set: (s: S, v: T) => S) =>
  field(key, (c) => readChoice(c, choices), 'SETTING_CHOICE_INVALID', get, set, (v) => writeChoice(v, choices), allowedWords(choices));

const savings = (s: S, p: Partial<SavingsSettings>): S => ({ ...s, savings: { ...s.savings, ...p } });
const sukarela = (s: S, p: Partial<SukarelaInterestSettings>): S => savings(s, { sukarelaInterest: { ...s.savings.sukarelaInterest, ...p } });
const basis = (s: S, p: Partial<ShuBasisSettings>): S => ({ ...s, shuBasis: { ...s.shuBasis, ...p } });

/** "Rp20.000" (in force since always) or "2024-01: Rp20.000; 2026-07: Rp25.000". */
function writeWajib(rates: readonly WajibRate[]): string {
  if (rates.length === 1 && rates[0].from === '2000-01') return formatRupiah(rates[0].amount);
  return rates.map((r) => `${r.from}: ${formatRupiah(r.amount)}`).join('; ');
}

function readWajib(cell: unknown): WajibRate[] | undefined {
  if (typeof cell === 'number') return cell >= 0 && Number.isSafeInteger(cell) ? [{ from: '2000-01', amount: cell }] : undefined;
  const rates: WajibRate[] = [];
  for (const entry of cellText(cell).split(';').filter((e) => e.trim() !== '')) {
    const m = /^\s*(?:(\d{4})-(\d{1,2})\s*:)?\s*(.+?)\s*$/.exec(entry);
    const amount = m ? readAmount(m[3]) : undefined;
    if (!m || amount === undefined) return undefined;
    // A month given as 2024-1 reads as 2024-01; the savings validator checks it is a real month.
    rates.push({ from: m[1] ? `${m[1]}-${m[2].padStart(2, '0')}` : '2000-01', amount });
  }
  return rates;
}

const ZONES: Choices<string> = [
  ['Asia/Jakarta', ['asia/jakarta', 'wib']], ['Asia/Makassar', ['asia/makassar', 'wita']], ['Asia/Jayapura', ['asia/jayapura', 'wit']],
];

const text = (max: number, pattern = /^.+$/) => (cell: unknown): string | undefined => {
  const t = cellText(cell);
  return t.length <= max && pattern.test(t) ? t : undefined;
};

const reserve = (c: Collectibility, key: string) =>
  percent(key, (s) => s.reserveWeights[c], (s, v) => ({ ...s, reserveWeights: { ...s.reserveWeights, [c]: v } }));

const EMAIL = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

/** "Siti@Contoh.id, budi@contoh.id": trimmed, lowercased, each checked; the good ones are kept. */
function emails(role: Role): SettingKey {
  return {
    key: role,
    write: (s) => s.roles[role].join(', '),
    read: (s, cell) => {
      // Split on commas (or ; and line breaks) only: "dewi at contoh.id" is one wrong address, not three.
      const words = cellText(cell).toLowerCase().split(/[,;\n]+/).map((w) => w.trim()).filter((w) => w !== '');
      const problems = words.filter((w) => !EMAIL.test(w)).map((w): Problem => ({ code: 'SETTING_EMAIL_INVALID', params: { key: role, value: quoted(w) }, where: role }));
      const good = [...new Set(words.filter((w) => EMAIL.test(w)))];
      return [{ ...s, roles: { ...s.roles, [role]: good } }, problems];
    },
  };
}

/** In the tab's order: before the SHU parts. */
export const KEYS_BEFORE_SHU: readonly SettingKey[] = [
  field('nama_koperasi', text(120, /^[\s\S]+$/), 'SETTING_TEXT_INVALID', (s) => s.name, (s, v) => ({ ...s, name: v })),
  field('zona_waktu', (c) => readChoice(c, ZONES), 'SETTING_CHOICE_INVALID', (s) => s.timeZone, (s, v) => ({ ...s, timeZone: v }), (v) => v, allowedWords(ZONES)),
  field('awalan_kuitansi', text(10, /^[A-Za-z0-9]+$/), 'SETTING_PREFIX_INVALID', (s) => s.receiptPrefix, (s, v) => ({ ...s, receiptPrefix: v })),
  amount('simpanan_pokok', (s) => s.savings.pokokAmount, (s, v) => savings(s, { pokokAmount: v })),
  field('simpanan_wajib', readWajib, 'SETTING_WAJIB_INVALID', (s) => s.savings.wajibRates, (s, v) => savings(s, { wajibRates: v }), writeWajib),
  whole('wajib_tanggal_jatuh_tempo', (s) => s.savings.wajibDueDay, (s, v) => savings(s, { wajibDueDay: v })),
  choice('wajib_mulai', [['join_month', ['bulan_masuk', 'join_month']], ['month_after_join', ['bulan_berikutnya', 'month_after_join']]],
    (s) => s.savings.wajibStarts, (s, v) => savings(s, { wajibStarts: v })),
  percent('bunga_sukarela_persen_per_tahun', (s) => s.savings.sukarelaInterest.ratePercentPerYear, (s, v) => sukarela(s, { ratePercentPerYear: v })),
  choice('bunga_sukarela_dasar', [['lowest_monthly_balance', ['saldo_terendah', 'lowest_monthly_balance']], ['average_daily_balance', ['saldo_rata_rata', 'average_daily_balance']]],
    (s) => s.savings.sukarelaInterest.basis, (s, v) => sukarela(s, { basis: v })),
  amount('bunga_sukarela_saldo_minimum', (s) => s.savings.sukarelaInterest.minimumBalance, (s, v) => sukarela(s, { minimumBalance: v })),
  choice('bunga_sukarela_pembulatan', [['down', ['ke_bawah', 'down']], ['half_up', ['terdekat', 'half_up']]],
    (s) => s.savings.sukarelaInterest.rounding, (s, v) => sukarela(s, { rounding: v })),
  field('batas_per_transaksi', (c) => { const v = readAmount(c); return v !== undefined && v > 0 && v <= MAX_TRANSACTION_LIMIT ? v : undefined; },
    'SETTING_LIMIT_INVALID', (s) => s.transactionLimit, (s, v) => ({ ...s, transactionLimit: v })),
  choice('biaya_admin_pinjaman', [['deducted', ['dipotong', 'deducted']], ['paid_separately', ['dibayar_terpisah', 'paid_separately']]],
    (s) => s.books.loanFeeMode, (s, v) => ({ ...s, books: { ...s.books, loanFeeMode: v } })),
  choice('shu_anggota_dibayar', [['cash', ['tunai', 'cash']], ['sukarela', ['sukarela']], ['payable', ['ditahan', 'payable']]],
    (s) => s.books.shuMemberPayout, (s, v) => ({ ...s, books: { ...s.books, shuMemberPayout: v } })),
  whole('kolektibilitas_lancar_maks_hari', (s) => s.collectibility.lancarMaxDays, (s, v) => ({ ...s, collectibility: { ...s.collectibility, lancarMaxDays: v } })),
  whole('kolektibilitas_kurang_lancar_maks_hari', (s) => s.collectibility.kurangLancarMaxDays, (s, v) => ({ ...s, collectibility: { ...s.collectibility, kurangLancarMaxDays: v } })),
  whole('kolektibilitas_diragukan_maks_hari', (s) => s.collectibility.diragukanMaxDays, (s, v) => ({ ...s, collectibility: { ...s.collectibility, diragukanMaxDays: v } })),
  reserve('lancar', 'cadangan_lancar_persen'),
  reserve('kurang_lancar', 'cadangan_kurang_lancar_persen'),
  reserve('diragukan', 'cadangan_diragukan_persen'),
  reserve('macet', 'cadangan_macet_persen'),
];

/** In the tab's order: after the SHU parts. The basis keys start with shu_ but are not parts. */
export const KEYS_AFTER_SHU: readonly SettingKey[] = [
  choice('shu_dasar_modal', [['pokok_wajib', ['pokok_wajib']], ['all_savings', ['semua_simpanan', 'all_savings']]],
    (s) => s.shuBasis.capital, (s, v) => basis(s, { capital: v })),
  choice('shu_ukuran_modal', [['year_end', ['akhir_tahun', 'year_end']], ['average', ['rata_rata', 'average']]],
    (s) => s.shuBasis.capitalMeasure, (s, v) => basis(s, { capitalMeasure: v })),
  choice('shu_dasar_usaha', [['interest_paid', ['jasa_dibayar', 'interest_paid']], ['loan_principal', ['pokok_pinjaman', 'loan_principal']]],
    (s) => s.shuBasis.business, (s, v) => basis(s, { business: v })),
  field('rapat_kuorum_persen', (c) => { const v = readPercent(c); return v === 0 ? undefined : v; }, 'SETTING_QUORUM_INVALID',
    (s) => s.meetings.quorumPercent, (s, v) => ({ ...s, meetings: { ...s.meetings, quorumPercent: v } })),
  whole('rapat_pemberitahuan_hari', (s) => s.meetings.noticeDays, (s, v) => ({ ...s, meetings: { ...s.meetings, noticeDays: v } })),
  ...roles.map(emails),
];
