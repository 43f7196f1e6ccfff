import { PRODUCT_COLUMNS, productsFromRows, productsToRows, type ProductRowInput } from '../../../src/domain/settings/products';
import { defaultLoanProducts, type LoanProduct } from '../../../src/domain/loans/products';

/** The Pinjaman Usaha row as a manager would type it. */
const usahaRow: Record<string, unknown> = {
  id: 'usaha', name: 'Pinjaman Usaha', method: 'flat', ratePercent: '1,5', ratePer: 'bulan',
  minPrincipal: 'Rp500.000', maxPrincipal: '20.000.000', maxTermMonths: 24, fee: '1%', penalty: '2% per bulan',
  graceDays: 7, allocation: 'denda, jasa, pokok', savingsMultiple: 3, minMembershipMonths: 3, maxOpenLoans: 1,
  refuseWhenInArrears: 'ya', refuseWhenMacet: 'ya', flatPayoffInterest: 'bulan_berjalan',
};
const read = (patch: Record<string, unknown>): LoanProduct => {
  const { products, problems } = productsFromRows([{ ...usahaRow, ...patch }]);
  expect(problems).toEqual([]);
  return products[0];
};

describe('settings-products', () => {
  describe('PRODUCT_COLUMNS', () => {
    it('lists the 18 columns with their Indonesian headers, in tab order', () => {
      expect(PRODUCT_COLUMNS.map((c) => c.header)).toEqual([
        'Kode', 'Nama', 'Metode', 'Bunga (%)', 'Bunga Per', 'Pinjaman Min', 'Pinjaman Maks', 'Tenor Maks (bulan)',
        'Biaya Admin', 'Denda', 'Masa Tenggang (hari)', 'Urutan Bayar', 'Maks x Simpanan', 'Min Bulan Anggota',
        'Maks Pinjaman Aktif', 'Tolak Jika Menunggak', 'Tolak Jika Macet', 'Pelunasan Flat',
      ]);
    });
  });

  describe('productsToRows', () => {
    it('writes the default products in words a manager reads', () => {
      const [usaha, darurat, investasi] = productsToRows(defaultLoanProducts);
      expect(usaha).toEqual({ ...usahaRow, ratePercent: 1.5, minPrincipal: 500_000, maxPrincipal: 20_000_000 });
      expect(darurat).toMatchObject({
        fee: 'Rp10.000', penalty: 'Rp1.000 per hari', graceDays: 3, savingsMultiple: 'tanpa batas',
        refuseWhenInArrears: 'tidak', maxOpenLoans: 2, minMembershipMonths: 1,
      });
      expect(investasi).toMatchObject({ method: 'annuity', ratePercent: 15, ratePer: 'tahun', fee: '1,5%' });
    });

    it('writes no penalty, a monthly flat penalty and a per-part order so they read back the same', () => {
      const p: LoanProduct = {
        ...defaultLoanProducts[0],
        penalty: { kind: 'flat_per_month', amount: 5_000, graceDays: 0 },
        allocation: { order: ['principal', 'interest', 'penalty'], scope: 'per_part' },
      };
      const none: LoanProduct = { ...defaultLoanProducts[1], id: 'tanpa', penalty: { kind: 'none' } };
      const rows = productsToRows([p, none]);
      expect(rows[0]).toMatchObject({ penalty: 'Rp5.000 per bulan', allocation: 'pokok, jasa, denda; per bagian' });
      expect(rows[1]).toMatchObject({ penalty: 'tidak ada', graceDays: 0 });
      expect(productsFromRows(rows)).toEqual({ products: [p, none], problems: [] });
    });
  });

  describe('productsFromRows', () => {
    it('reads the typed usaha row as the default usaha product', () => {
      expect(read({})).toEqual(defaultLoanProducts[0]);
    });

    it('accepts the Indonesian names of the interest methods', () => {
      expect(read({ method: 'menurun' }).method).toBe('declining');
      expect(read({ method: 'Efektif' }).method).toBe('declining');
      expect(read({ method: 'anuitas' }).method).toBe('annuity');
      expect(read({ ratePer: 'Tahun' }).ratePer).toBe('year');
    });

    it('reads a fee as a percent when it ends in %, otherwise as rupiah', () => {
      expect(read({ fee: '1,5 %' }).fee).toEqual({ kind: 'percent', percent: 1.5 });
      expect(read({ fee: 'Rp10.000' }).fee).toEqual({ kind: 'flat', amount: 10_000 });
      expect(read({ fee: '10000' }).fee).toEqual({ kind: 'flat', amount: 10_000 });
      expect(read({ fee: 10_000 }).fee).toEqual({ kind: 'flat', amount: 10_000 });
    });

    it('reads each kind of penalty, with the grace days of their own column', () => {
      expect(read({ penalty: '2,5% per bulan', graceDays: '5' }).penalty).toEqual({ kind: 'percent_per_month', percent: 2.5, graceDays: 5 });
      expect(read({ penalty: '1000 per hari' }).penalty).toEqual({ kind: 'flat_per_day', amount: 1_000, graceDays: 7 });
      expect(read({ penalty: 'Rp5.000 / bulan' }).penalty).toEqual({ kind: 'flat_per_month', amount: 5_000, graceDays: 7 });
      expect(read({ penalty: 'Tidak ada' }).penalty).toEqual({ kind: 'none' });
    });

    it('reads the payment order in the words managers use, and the per-part scope', () => {
      expect(read({ allocation: 'Bunga, Pokok, Denda' }).allocation).toEqual({ order: ['interest', 'principal', 'penalty'], scope: 'per_installment' });
      expect(read({ allocation: 'denda, jasa, pokok; per bagian' }).allocation.scope).toBe('per_part');
    });

    it('reads a blank savings multiple as no limit, and yes/no from words or checkboxes', () => {
      const p = read({ savingsMultiple: '', refuseWhenInArrears: false, refuseWhenMacet: 'Tidak' });
      expect(p.eligibility).toMatchObject({ maxSavingsMultiple: null, refuseWhenInArrears: false, refuseWhenMacet: false });
      expect(read({ savingsMultiple: '2,5' }).eligibility.maxSavingsMultiple).toBe(2.5);
      expect(read({ flatPayoffInterest: 'semua' }).flatPayoffInterest).toBe('all_remaining');
    });

    it('reads rows keyed by the Indonesian headers too', () => {
      const byHeader: ProductRowInput = Object.fromEntries(PRODUCT_COLUMNS.map((c) => [c.header, usahaRow[c.key]]));
      expect(productsFromRows([byHeader])).toEqual({ products: [defaultLoanProducts[0]], problems: [] });
    });

    it('gives the default to a rule column an older ledger lacks', () => {
      const { allocation, maxOpenLoans, refuseWhenInArrears, refuseWhenMacet, flatPayoffInterest, minMembershipMonths, ...old } = usahaRow;
      expect(productsFromRows([old])).toEqual({ products: [defaultLoanProducts[0]], problems: [] });
    });

    it('names the sheet row and the column of a bad cell, with what was typed, and leaves the product out', () => {
      const { products, problems } = productsFromRows([usahaRow, { ...usahaRow, id: 'kilat', ratePercent: 'satu', method: 'bunga berbunga', penalty: '2% per hari' }]);
      expect(products.map((p) => p.id)).toEqual(['usaha']);
      // Each under the row and the product, so a manager with several products finds the cells.
      const heading = { code: 'PRODUCT_ROW_HEADER', params: { row: 3, product: 'Pinjaman Usaha' } };
      expect(problems).toEqual([
        { code: 'SETTING_CHOICE_INVALID', params: { key: 'Metode', value: 'bunga berbunga', allowed: 'flat / declining / annuity' }, where: 'Produk Pinjaman row 3, Metode', heading },
        { code: 'SETTING_PERCENT_INVALID', params: { key: 'Bunga (%)', value: 'satu' }, where: 'Produk Pinjaman row 3, Bunga (%)', heading },
        { code: 'PRODUCT_PENALTY_TEXT_INVALID', params: { key: 'Denda', value: '2% per hari' }, where: 'Produk Pinjaman row 3, Denda', heading },
      ]);
    });

    it('asks for a required cell left blank', () => {
      const { problems } = productsFromRows([{ ...usahaRow, name: ' ', maxTermMonths: '' }]);
      expect(problems.map((p) => [p.code, p.where])).toEqual([
        ['PRODUCT_CELL_EMPTY', 'Produk Pinjaman row 2, Nama'],
        ['PRODUCT_CELL_EMPTY', 'Produk Pinjaman row 2, Tenor Maks (bulan)'],
      ]);
    });

    it("places the product rules' problems on the product's row and column", () => {
      const { products, problems } = productsFromRows([
        { ...usahaRow, minPrincipal: 1_000_000, maxPrincipal: 500_000, penalty: '150% per bulan', allocation: 'denda, denda, pokok' },
      ]);
      expect(products).toEqual([]);
      expect(problems.map((p) => [p.code, p.where])).toEqual([
        ['PRODUCT_MAX_PRINCIPAL_INVALID', 'Produk Pinjaman row 2, Pinjaman Maks'],
        ['PENALTY_PERCENT_INVALID', 'Produk Pinjaman row 2, Denda'],
        ['PRODUCT_ALLOCATION_ORDER_INVALID', 'Produk Pinjaman row 2, Urutan Bayar'],
      ]);
    });

    it('skips blank rows but keeps counting sheet rows', () => {
      const { products, problems } = productsFromRows([usahaRow, { id: '', name: '' }, { ...usahaRow, id: 'usaha' }]);
      expect(products).toHaveLength(1);
      expect(problems).toEqual([
        { code: 'PRODUCT_ID_DUPLICATE', params: { value: 'usaha' }, where: 'Produk Pinjaman row 4, Kode', heading: { code: 'PRODUCT_ROW_HEADER', params: { row: 4, product: 'Pinjaman Usaha' } } },
      ]);
    });

    it('refuses a tab with no product: a cooperative needs at least one', () => {
      expect(productsFromRows([]).problems).toEqual([{ code: 'PRODUCTS_NONE', where: 'Produk Pinjaman' }]);
      expect(productsFromRows([{ id: '  ', fee: '' }]).problems.map((p) => p.code)).toEqual(['PRODUCTS_NONE']);
    });
  });
});
