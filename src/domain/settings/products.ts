/**
 * The "Produk Pinjaman" tab: one loan product per row, one rule per column, written and read back.
 * A row arrives keyed by column key (id, name, ...) or by its Indonesian header; a bad cell is a
 * Problem at 'Produk Pinjaman row N, <header>' (N = the sheet row: the header is row 1), and a
 * product with any problem is left out, so that a half-read product never lends money.
 */
import { quoted, type MessageCode, type Problem } from '../errors';
import { formatRupiah } from '../money-text';
import {
  defaultAllocationRule, defaultEligibilityRules, validateLoanProduct,
  type AllocationPart, type AllocationRule, type LoanFee, type LoanProduct,
} from '../loans/products';
import type { InterestMethod } from '../loans/schedule';
import type { PenaltyRule } from '../loans/penalty';
import {
  allowedWords, cellText, isBlank, readAmount, readChoice, readDecimal, readPercent, readWhole, readYesNo,
  writeChoice, writeDecimal, yesNo, type Cell, type Choices,
} from './cells';

export const PRODUCTS_TAB = 'Produk Pinjaman';

export const PRODUCT_COLUMNS = [
  { key: 'id', header: 'Kode' },
  { key: 'name', header: 'Nama' },
  { key: 'method', header: 'Metode' },
  { key: 'ratePercent', header: 'Bunga (%)' },
  { key: 'ratePer', header: 'Bunga Per' },
  { key: 'minPrincipal', header: 'Pinjaman Min' },
  { key: 'maxPrincipal', header: 'Pinjaman Maks' },
  { key: 'maxTermMonths', header: 'Tenor Maks (bulan)' },
  { key: 'fee', header: 'Biaya Admin' },
  { key: 'penalty', header: 'Denda' },
  { key: 'graceDays', header: 'Masa Tenggang (hari)' },
  { key: 'allocation', header: 'Urutan Bayar' },
  { key: 'savingsMultiple', header: 'Maks x Simpanan' },
  { key: 'minMembershipMonths', header: 'Min Bulan Anggota' },
  { key: 'maxOpenLoans', header: 'Maks Pinjaman Aktif' },
  { key: 'refuseWhenInArrears', header: 'Tolak Jika Menunggak' },
  { key: 'refuseWhenMacet', header: 'Tolak Jika Macet' },
  { key: 'flatPayoffInterest', header: 'Pelunasan Flat' },
] as const;

export type ProductColumnKey = (typeof PRODUCT_COLUMNS)[number]['key'];
export type ProductRow = Readonly<Record<ProductColumnKey, Cell>>;
/** As read from the sheet: by key or by header; cells may be blank. */
export type ProductRowInput = Readonly<Record<string, unknown>>;

// Written in English: the tab's dropdown offers flat / declining / annuity; the Indonesian words are read too.
const methods: Choices<InterestMethod> = [['flat', ['flat']], ['declining', ['declining', 'menurun', 'efektif']], ['annuity', ['annuity', 'anuitas']]];
const ratePers: Choices<'month' | 'year'> = [['month', ['bulan', 'per_bulan', 'month']], ['year', ['tahun', 'per_tahun', 'year']]];
const payoffs: Choices<LoanProduct['flatPayoffInterest']> = [['current_month', ['bulan_berjalan', 'current_month']], ['all_remaining', ['semua', 'all_remaining']]];
const parts: Choices<AllocationPart> = [['penalty', ['denda', 'penalty']], ['interest', ['jasa', 'bunga', 'interest']], ['principal', ['pokok', 'principal']]];
const scopes: Choices<AllocationRule['scope']> = [['per_installment', ['per_angsuran', 'per_installment']], ['per_part', ['per_bagian', 'per_part']]];
const NO_LIMIT = ['tanpa batas', 'tidak ada', '-'];
const NO_PENALTY = ['tidak ada', 'tanpa denda', '-', '0'];

const header = (key: ProductColumnKey): string => PRODUCT_COLUMNS.find((c) => c.key === key)?.header ?? key;

function writeFee(fee: LoanFee): string {
  return fee.kind === 'percent' ? `${writeDecimal(fee.percent)}%` : formatRupiah(fee.amount);
}

/** "1%" / "1,5 %" is a percent of the principal; "10000" / "Rp10.000" a flat amount. */
function readFee(cell: unknown): LoanFee | undefined {
  if (typeof cell === 'string' && /%\s*$/.test(cell)) {
    const percent = readDecimal(cell); // above 100 is read, and refused by validateLoanProduct
    return percent === undefined ? undefined : { kind: 'percent', percent };
  }
  const amount = readAmount(cell);
  return amount === undefined ? undefined : { kind: 'flat', amount };
}

function writePenalty(rule: PenaltyRule): string {
  if (rule.kind === 'none') return NO_PENALTY[0];
  if (rule.kind === 'percent_per_month') return `${writeDecimal(rule.percent)}% per bulan`;
  return `${formatRupiah(rule.amount)} per ${rule.kind === 'flat_per_day' ? 'hari' : 'bulan'}`;
}

/** "2% per bulan", "1000 per hari", "Rp5.000 per bulan", "tidak ada"; grace days come from their own column. */
function readPenalty(cell: unknown, graceDays: number): PenaltyRule | undefined {
  const text = cellText(cell).toLowerCase();
  if (NO_PENALTY.includes(text)) return { kind: 'none' };
  const m = /^(.+?)\s*(?:per|\/)\s*(bulan|hari|month|day)$/.exec(text);
  if (!m) return undefined;
  const perDay = m[2] === 'hari' || m[2] === 'day';
  if (/%$/.test(m[1])) {
    const percent = readDecimal(m[1]);
    return percent === undefined || perDay ? undefined : { kind: 'percent_per_month', percent, graceDays };
  }
  const amount = readAmount(m[1]);
  if (amount === undefined) return undefined;
  return perDay ? { kind: 'flat_per_day', amount, graceDays } : { kind: 'flat_per_month', amount, graceDays };
}

function writeAllocation(rule: AllocationRule): string {
  const order = rule.order.map((p) => writeChoice(p, parts)).join(', ');
  return rule.scope === 'per_installment' ? order : `${order}; ${writeChoice(rule.scope, scopes).replace('_', ' ')}`;
}

/** "denda, jasa, pokok" (oldest installment settled in full first), or "...; per bagian". */
function readAllocation(cell: unknown): AllocationRule | undefined {
  const [orderText, scopeText, extra] = cellText(cell).split(';');
  if (extra !== undefined) return undefined;
  const order = orderText.split(/[,>]/).map((w) => readChoice(w, parts));
  if (order.some((p) => p === undefined)) return undefined;
  const scope = scopeText === undefined ? 'per_installment' : readChoice(scopeText, scopes);
  return scope === undefined ? undefined : { order: order as AllocationPart[], scope };
}

export function productsToRows(products: readonly LoanProduct[]): ProductRow[] {
  return products.map((p) => {
    const e = p.eligibility;
    return {
      id: p.id, name: p.name, method: writeChoice(p.method, methods),
      ratePercent: p.ratePercent, ratePer: writeChoice(p.ratePer, ratePers),
      minPrincipal: p.minPrincipal, maxPrincipal: p.maxPrincipal, maxTermMonths: p.maxTermMonths,
      fee: writeFee(p.fee), penalty: writePenalty(p.penalty), graceDays: p.penalty.kind === 'none' ? 0 : p.penalty.graceDays,
      allocation: writeAllocation(p.allocation),
      savingsMultiple: e.maxSavingsMultiple === null ? NO_LIMIT[0] : e.maxSavingsMultiple,
      minMembershipMonths: e.minMembershipMonths, maxOpenLoans: e.maxOpenLoans,
      refuseWhenInArrears: writeChoice(e.refuseWhenInArrears, yesNo), refuseWhenMacet: writeChoice(e.refuseWhenMacet, yesNo),
      flatPayoffInterest: writeChoice(p.flatPayoffInterest, payoffs),
    };
  });
}

/** Where validateLoanProduct's field names sit in the tab. */
const FIELD_COLUMNS: ReadonlyArray<[RegExp, ProductColumnKey]> = [
  [/^penalty\.graceDays$/, 'graceDays'], [/^penalty/, 'penalty'], [/^allocation/, 'allocation'],
  [/maxSavingsMultiple$/, 'savingsMultiple'], [/minMembershipMonths$/, 'minMembershipMonths'], [/maxOpenLoans$/, 'maxOpenLoans'],
];

function columnOfField(field: string): ProductColumnKey {
  const mapped = FIELD_COLUMNS.find(([re]) => re.test(field))?.[1];
  return mapped ?? (PRODUCT_COLUMNS.some((c) => c.key === field) ? (field as ProductColumnKey) : 'id');
}

/** Reads the product rows; blank rows are skipped but keep their row number. */
export function productsFromRows(rows: readonly ProductRowInput[]): { products: LoanProduct[]; problems: Problem[] } {
  const products: LoanProduct[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let filled = 0;
  rows.forEach((row, i) => {
    const cellOf = (key: ProductColumnKey): unknown => row[key] ?? row[header(key)];
    if (PRODUCT_COLUMNS.every((c) => isBlank(cellOf(c.key)))) return;
    filled++;
    const where = (key: ProductColumnKey): string => `${PRODUCTS_TAB} row ${i + 2}, ${header(key)}`;
    const own: Problem[] = [];
    const read = <T>(key: ProductColumnKey, reader: (cell: unknown) => T | undefined, code: MessageCode, fallback?: T, allowed?: string): T => {
      const cell = cellOf(key);
      if (fallback !== undefined && isBlank(cell)) return fallback; // a column an older ledger lacks
      const value = isBlank(cell) ? undefined : reader(cell);
      if (value === undefined) own.push({ code: isBlank(cell) ? 'PRODUCT_CELL_EMPTY' : code, params: { key: header(key), value: quoted(cellText(cell)), ...(allowed ? { allowed } : {}) }, where: where(key) });
      return value as T;
    };
    const text = (cell: unknown): string | undefined => cellText(cell) || undefined;
    const choice = <T>(key: ProductColumnKey, choices: Choices<T>, fallback?: T): T =>
      read(key, (c) => readChoice(c, choices), 'SETTING_CHOICE_INVALID', fallback, allowedWords(choices));
    const d = defaultEligibilityRules;
    const graceDays = read('graceDays', readWhole, 'SETTING_WHOLE_INVALID', 0);
    const multipleCell = cellOf('savingsMultiple');
    const noLimit = isBlank(multipleCell) || NO_LIMIT.includes(cellText(multipleCell).toLowerCase());
    const product: LoanProduct = {
      id: read('id', text, 'PRODUCT_CELL_EMPTY'),
      name: read('name', text, 'PRODUCT_CELL_EMPTY'),
      method: choice('method', methods),
      ratePercent: read('ratePercent', readPercent, 'SETTING_PERCENT_INVALID'),
      ratePer: choice('ratePer', ratePers),
      minPrincipal: read('minPrincipal', readAmount, 'SETTING_AMOUNT_INVALID'),
      maxPrincipal: read('maxPrincipal', readAmount, 'SETTING_AMOUNT_INVALID'),
      maxTermMonths: read('maxTermMonths', readWhole, 'SETTING_WHOLE_INVALID'),
      fee: read('fee', readFee, 'PRODUCT_FEE_TEXT_INVALID'),
      penalty: read('penalty', (c) => readPenalty(c, graceDays ?? 0), 'PRODUCT_PENALTY_TEXT_INVALID', { kind: 'none' }),
      allocation: read('allocation', readAllocation, 'PRODUCT_ALLOCATION_TEXT_INVALID', defaultAllocationRule),
      flatPayoffInterest: choice('flatPayoffInterest', payoffs, 'current_month'),
      eligibility: {
        maxSavingsMultiple: noLimit ? null : read('savingsMultiple', (c) => readDecimal(c, Infinity, false), 'SETTING_NUMBER_INVALID'),
        minMembershipMonths: read('minMembershipMonths', readWhole, 'SETTING_WHOLE_INVALID', d.minMembershipMonths),
        maxOpenLoans: read('maxOpenLoans', readWhole, 'SETTING_WHOLE_INVALID', d.maxOpenLoans),
        refuseWhenInArrears: read('refuseWhenInArrears', readYesNo, 'SETTING_CHOICE_INVALID', d.refuseWhenInArrears, allowedWords(yesNo)),
        refuseWhenMacet: read('refuseWhenMacet', readYesNo, 'SETTING_CHOICE_INVALID', d.refuseWhenMacet, allowedWords(yesNo)),
      },
    };
    if (own.length === 0) {
      own.push(...validateLoanProduct(product).map((q) => ({ ...q, where: where(columnOfField(q.where ?? '')) })));
      if (seen.has(product.id)) own.push({ code: 'PRODUCT_ID_DUPLICATE', params: { value: quoted(product.id) }, where: where('id') });
      seen.add(product.id);
    }
    if (own.length === 0) products.push(product);
    // Which row: a manager with three products must not have to guess whose cell is wrong.
    const heading = { code: 'PRODUCT_ROW_HEADER' as const, params: { row: i + 2, product: cellText(cellOf('name')) || cellText(cellOf('id')) || '-' } };
    problems.push(...own.map((q) => ({ ...q, heading })));
  });
  if (filled === 0) problems.push({ code: 'PRODUCTS_NONE', where: PRODUCTS_TAB });
  return { products, problems };
}
