/**
 * The settings record as the "Pengaturan" tab holds it (key / value / help rows a manager edits by
 * hand) and back. Reading never throws: every bad cell is a Problem naming its key and what was
 * typed, and its default is used; a key the ledger lacks (an older ledger) takes its default.
 * Loan products live in their own tab: settings/products.ts.
 */
import { quoted, type MessageCode, type Params, type Problem } from '../errors';
import { defaultSettings, type CooperativeSettings } from './cooperative';
import { validateSavingsSettings } from '../savings/rules';
import { defaultShuSplit, validateShuSplit, type ShuSplitPart } from '../shu/split';
import { cellText, isBlank, normalizeWord, readPercent, type Cell } from './cells';
import { KEYS_AFTER_SHU, KEYS_BEFORE_SHU, type SettingKey } from './keys';
import { PRODUCTS_TAB, productsFromRows, type ProductRowInput } from './products';

export { PRODUCT_COLUMNS, PRODUCTS_TAB, productsToRows, type ProductColumnKey, type ProductRow, type ProductRowInput } from './products';

export const SETTINGS_TAB = 'Pengaturan';

export interface SettingsRow {
  readonly key: string;
  readonly value: Cell;
  readonly help: string;
}

/** A row as read from the tab: the value as Sheets gives it (text as typed, or a number). */
export interface SettingsRowInput {
  readonly key?: unknown;
  readonly value?: unknown;
}

/** Turns a help code and its params into text: the app passes i18n's t() for the manager's locale. */
export type HelpText = (code: MessageCode, params?: Params) => string;

const SHU_PREFIX = 'shu_';
const KNOWN_PARTS = ['cadangan', 'jasa_modal', 'jasa_usaha', 'dana_pengurus', 'dana_karyawan', 'dana_pendidikan', 'dana_sosial', 'dana_pembangunan_daerah'];
/** Without these the SHU cannot be reserved or shared among members. */
const REQUIRED_PARTS = ['cadangan', 'jasa_modal', 'jasa_usaha'];
const ALL_KEYS: readonly SettingKey[] = [...KEYS_BEFORE_SHU, ...KEYS_AFTER_SHU];
const BY_KEY = new Map(ALL_KEYS.map((k) => [k.key, k]));

/** Each key's help text, SETTING_HELP_ and the key in capitals: listed so that a mistyped one does not compile. */
const HELP_CODES = [
  'SETTING_HELP_NAMA_KOPERASI', 'SETTING_HELP_ZONA_WAKTU', 'SETTING_HELP_AWALAN_KUITANSI', 'SETTING_HELP_BATAS_PER_TRANSAKSI', 'SETTING_HELP_SIMPANAN_POKOK',
  'SETTING_HELP_SIMPANAN_WAJIB', 'SETTING_HELP_WAJIB_TANGGAL_JATUH_TEMPO', 'SETTING_HELP_WAJIB_MULAI',
  'SETTING_HELP_BUNGA_SUKARELA_PERSEN_PER_TAHUN', 'SETTING_HELP_BUNGA_SUKARELA_DASAR', 'SETTING_HELP_BUNGA_SUKARELA_SALDO_MINIMUM',
  'SETTING_HELP_BUNGA_SUKARELA_PEMBULATAN', 'SETTING_HELP_BIAYA_ADMIN_PINJAMAN', 'SETTING_HELP_SHU_ANGGOTA_DIBAYAR',
  'SETTING_HELP_KOLEKTIBILITAS_LANCAR_MAKS_HARI', 'SETTING_HELP_KOLEKTIBILITAS_KURANG_LANCAR_MAKS_HARI',
  'SETTING_HELP_KOLEKTIBILITAS_DIRAGUKAN_MAKS_HARI', 'SETTING_HELP_CADANGAN_LANCAR_PERSEN', 'SETTING_HELP_CADANGAN_KURANG_LANCAR_PERSEN',
  'SETTING_HELP_CADANGAN_DIRAGUKAN_PERSEN', 'SETTING_HELP_CADANGAN_MACET_PERSEN', 'SETTING_HELP_SHU_CADANGAN',
  'SETTING_HELP_SHU_JASA_MODAL', 'SETTING_HELP_SHU_JASA_USAHA', 'SETTING_HELP_SHU_DANA_PENGURUS', 'SETTING_HELP_SHU_DANA_KARYAWAN',
  'SETTING_HELP_SHU_DANA_PENDIDIKAN', 'SETTING_HELP_SHU_DANA_SOSIAL', 'SETTING_HELP_SHU_DANA_PEMBANGUNAN_DAERAH',
  'SETTING_HELP_SHU_DASAR_MODAL', 'SETTING_HELP_SHU_UKURAN_MODAL', 'SETTING_HELP_SHU_DASAR_USAHA', 'SETTING_HELP_RAPAT_KUORUM_PERSEN',
  'SETTING_HELP_RAPAT_PEMBERITAHUAN_HARI', 'SETTING_HELP_KETUA', 'SETTING_HELP_SEKRETARIS', 'SETTING_HELP_BENDAHARA', 'SETTING_HELP_PENGAWAS',
] as const satisfies readonly MessageCode[];
const HELP = new Map<string, MessageCode>(HELP_CODES.map((code) => [code.slice('SETTING_HELP_'.length).toLowerCase(), code]));

/** The i18n code (and params) of the help text for a key; a SHU part of the cooperative's own gets the general one. */
export function settingHelp(key: string): { code: MessageCode; params?: Params } {
  const code = HELP.get(key);
  return code ? { code } : { code: 'SETTING_HELP_SHU_PART', params: { part: key.slice(SHU_PREFIX.length).replace(/_/g, ' ') } };
}

/** Every key, in the tab's order, with its value and (when `help` is given) its help text. */
export function settingsToRows(settings: CooperativeSettings, help?: HelpText): SettingsRow[] {
  const row = (key: string, value: Cell): SettingsRow => {
    const h = settingHelp(key);
    return { key, value, help: help ? help(h.code, h.params) : '' };
  };
  return [
    ...KEYS_BEFORE_SHU.map((k) => row(k.key, k.write(settings))),
    ...settings.shuSplit.map((p) => row(SHU_PREFIX + p.part, p.percent)),
    ...KEYS_AFTER_SHU.map((k) => row(k.key, k.write(settings))),
  ];
}

/** Edit distance, to catch "shu_dana_sosal" before it quietly becomes a part of its own. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

const LOOKALIKES = [...KNOWN_PARTS.map((p) => SHU_PREFIX + p), ...KEYS_AFTER_SHU.map((k) => k.key).filter((k) => k.startsWith(SHU_PREFIX))];

/** The split from its rows; none at all (an older ledger) is the default split. */
function readShuSplit(parts: ReadonlyArray<{ key: string; cell: unknown }>): { split: ShuSplitPart[]; problems: Problem[] } {
  if (parts.length === 0) return { split: [...defaultShuSplit], problems: [] };
  const problems: Problem[] = [];
  const suggested = new Set<string>();
  const split = parts.map(({ key, cell }): ShuSplitPart => {
    const part = key.slice(SHU_PREFIX.length);
    const value = readPercent(cell);
    if (value === undefined) problems.push({ code: isBlank(cell) ? 'SETTING_EMPTY' : 'SETTING_PERCENT_INVALID', params: { key, value: quoted(cellText(cell)) }, where: key });
    if (!/^[a-z][a-z0-9_]*$/.test(part)) problems.push({ code: 'SETTING_SHU_PART_NAME_INVALID', params: { key }, where: key });
    const like = KNOWN_PARTS.includes(part) ? undefined : LOOKALIKES.find((k) => distance(k, key) <= 2);
    if (like) {
      problems.push({ code: 'SETTING_SHU_PART_TYPO', params: { key, suggestion: like }, where: key });
      suggested.add(like);
    }
    return { part, percent: value ?? defaultShuSplit.find((p) => p.part === part)?.percent ?? 0 };
  });
  for (const part of REQUIRED_PARTS) {
    const key = SHU_PREFIX + part;
    if (!split.some((p) => p.part === part) && !suggested.has(key)) problems.push({ code: 'SETTING_SHU_PART_MISSING', params: { key }, where: key });
  }
  // Totals of unreadable cells mean nothing: the manager fixes the cell first.
  if (problems.length === 0) {
    problems.push(...validateShuSplit(split).map((q) => {
      const i = /^split\[(\d+)\]$/.exec(q.where ?? '');
      return { ...q, where: i ? SHU_PREFIX + split[Number(i[1])].part : `${SHU_PREFIX}*` };
    }));
  }
  return { split, problems };
}

/** Where validateSavingsSettings' field names sit in the tab. */
const SAVINGS_KEYS: ReadonlyArray<[string, string]> = [
  ['pokokAmount', 'simpanan_pokok'], ['wajibRates', 'simpanan_wajib'], ['wajibDueDay', 'wajib_tanggal_jatuh_tempo'],
  ['wajibStarts', 'wajib_mulai'], ['sukarelaInterest.ratePercentPerYear', 'bunga_sukarela_persen_per_tahun'],
  ['sukarelaInterest.basis', 'bunga_sukarela_dasar'], ['sukarelaInterest.minimumBalance', 'bunga_sukarela_saldo_minimum'],
  ['sukarelaInterest.rounding', 'bunga_sukarela_pembulatan'],
];

function collectibilityProblems(s: CooperativeSettings): Problem[] {
  const { lancarMaxDays: l, kurangLancarMaxDays: k, diragukanMaxDays: d } = s.collectibility;
  if (l < k && k < d) return [];
  const where = l >= k ? 'kolektibilitas_kurang_lancar_maks_hari' : 'kolektibilitas_diragukan_maks_hari';
  return [{ code: 'SETTING_COLLECTIBILITY_ORDER', params: { lancar: l, kurangLancar: k, diragukan: d }, where }];
}

/**
 * The settings from the two tabs, and everything wrong with them. Keys are read forgivingly
 * ("Simpanan Pokok" is simpanan_pokok); an unknown key or a key written twice is a problem, so a
 * typo never passes silently.
 */
export function settingsFromRows(
  rows: readonly SettingsRowInput[], productRows: readonly ProductRowInput[],
): { settings: CooperativeSettings; problems: Problem[]; tabs: string[] } {
  let settings = defaultSettings;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const parts: Array<{ key: string; cell: unknown }> = [];
  for (const row of rows) {
    if (isBlank(row.key)) continue;
    const key = normalizeWord(row.key);
    if (seen.has(key)) {
      problems.push({ code: 'SETTING_DUPLICATE', params: { key }, where: key });
      continue;
    }
    seen.add(key);
    const spec = BY_KEY.get(key);
    if (spec) {
      const [next, found] = spec.read(settings, row.value);
      settings = next;
      problems.push(...found);
    } else if (key.startsWith(SHU_PREFIX) && key.length > SHU_PREFIX.length) parts.push({ key, cell: row.value });
    else problems.push({ code: 'SETTING_UNKNOWN', params: { key: cellText(row.key) }, where: cellText(row.key) });
  }
  const shu = readShuSplit(parts);
  const products = productsFromRows(productRows);
  settings = { ...settings, shuSplit: shu.split, products: products.products };
  problems.push(
    ...validateSavingsSettings(settings.savings).map((q) => ({ ...q, where: SAVINGS_KEYS.find(([f]) => (q.where ?? '').startsWith(f))?.[1] ?? q.where })),
    ...shu.problems,
    ...collectibilityProblems(settings),
  );
  // The tabs a manager must open to fix them.
  const tabs = [...(problems.length > 0 ? [SETTINGS_TAB] : []), ...(products.problems.length > 0 ? [PRODUCTS_TAB] : [])];
  return { settings, problems: [...problems, ...products.problems], tabs };
}
