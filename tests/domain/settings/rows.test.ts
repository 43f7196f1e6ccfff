import fc from 'fast-check';
import { productsToRows, settingHelp, settingsFromRows, settingsToRows, type SettingsRowInput } from '../../../src/domain/settings/rows';
import { defaultSettings, type CooperativeSettings } from '../../../src/domain/settings/cooperative';
import { messages } from '../../../src/i18n/settings';

const products = productsToRows(defaultSettings.products);
const read = (rows: SettingsRowInput[]) => settingsFromRows(rows, products);
/** The default rows with some values replaced, as a manager edits the tab. */
const edited = (values: Record<string, unknown>): SettingsRowInput[] =>
  settingsToRows(defaultSettings).map((r) => (r.key in values ? { key: r.key, value: values[r.key] } : r));

const changed: CooperativeSettings = {
  ...defaultSettings,
  name: 'Kopwan Sekar Jambi',
  timeZone: 'Asia/Makassar',
  receiptPrefix: 'KSJ',
  savings: {
    pokokAmount: 50_000,
    wajibRates: [{ from: '2024-01', amount: 20_000 }, { from: '2026-07', amount: 25_000 }],
    wajibDueDay: 25,
    wajibStarts: 'month_after_join',
    sukarelaInterest: { ratePercentPerYear: 2.75, basis: 'average_daily_balance', minimumBalance: 0, rounding: 'half_up' },
  },
  books: { loanFeeMode: 'paid_separately', shuMemberPayout: 'sukarela' },
  products: [defaultSettings.products[1]],
  collectibility: { lancarMaxDays: 30, kurangLancarMaxDays: 90, diragukanMaxDays: 180 },
  reserveWeights: { lancar: 0, kurang_lancar: 25, diragukan: 50, macet: 100 },
  shuSplit: [
    { part: 'cadangan', percent: 25 }, { part: 'jasa_modal', percent: 30 }, { part: 'jasa_usaha', percent: 33.33 },
    { part: 'dana_pembangunan_daerah', percent: 1.67 }, { part: 'dana_kematian', percent: 10 },
  ],
  shuBasis: { capital: 'all_savings', capitalMeasure: 'average', business: 'loan_principal' },
  meetings: { quorumPercent: 50.5, noticeDays: 7 },
  roles: { ketua: ['siti@contoh.id'], sekretaris: [], bendahara: ['ani@contoh.id', 'dewi@contoh.id'], pengawas: ['budi@contoh.id'] },
};

describe('settings-rows', () => {
  describe('settingsToRows', () => {
    it('writes each key with its value, SHU parts between the reserves and the SHU basis', () => {
      const rows = settingsToRows(defaultSettings);
      const value = (key: string) => rows.find((r) => r.key === key)?.value;
      expect(rows.map((r) => r.key).slice(0, 5)).toEqual(['nama_koperasi', 'zona_waktu', 'awalan_kuitansi', 'simpanan_pokok', 'simpanan_wajib']);
      expect([value('simpanan_pokok'), value('simpanan_wajib'), value('wajib_mulai'), value('bunga_sukarela_dasar')])
        .toEqual([100_000, 'Rp20.000', 'bulan_masuk', 'saldo_terendah']);
      expect([value('biaya_admin_pinjaman'), value('shu_anggota_dibayar'), value('cadangan_lancar_persen'), value('ketua')])
        .toEqual(['dipotong', 'ditahan', 0.5, '']);
      const shu = rows.slice(rows.findIndex((r) => r.key === 'cadangan_macet_persen') + 1, rows.findIndex((r) => r.key === 'shu_dasar_modal'));
      expect(shu.map((r) => [r.key, r.value])).toEqual([
        ['shu_cadangan', 40], ['shu_jasa_modal', 20], ['shu_jasa_usaha', 25], ['shu_dana_pengurus', 5],
        ['shu_dana_karyawan', 5], ['shu_dana_pendidikan', 2.5], ['shu_dana_sosial', 2.5],
      ]);
    });

    it('writes a wajib history with its months, and the roles as comma-separated emails', () => {
      const rows = settingsToRows(changed);
      expect(rows.find((r) => r.key === 'simpanan_wajib')?.value).toBe('2024-01: Rp20.000; 2026-07: Rp25.000');
      expect(rows.find((r) => r.key === 'bendahara')?.value).toBe('ani@contoh.id, dewi@contoh.id');
    });

    it('fills the help column in the language of the translator it is given', () => {
      const id = settingsToRows(changed, (code, params) => messages.id[code as keyof typeof messages.id].replace('{part}', String(params?.part)));
      expect(id.find((r) => r.key === 'simpanan_pokok')?.help).toBe('Simpanan pokok, dibayar satu kali saat masuk. Contoh: 100000.');
      expect(id.find((r) => r.key === 'shu_dana_kematian')?.help).toMatch(/^Bagian SHU untuk dana kematian, persen\./);
      expect(settingsToRows(defaultSettings).every((r) => r.help === '')).toBe(true);
    });

    it('has a help text in Indonesian and English for every key', () => {
      const codes = settingsToRows(changed).map((r) => settingHelp(r.key).code);
      // Only a SHU part of the cooperative's own falls back to the general help.
      expect(settingsToRows(changed).filter((r) => settingHelp(r.key).code === 'SETTING_HELP_SHU_PART').map((r) => r.key)).toEqual(['shu_dana_kematian']);
      for (const code of codes) {
        expect(messages.id).toHaveProperty([code]);
        expect(messages.en).toHaveProperty([code]);
      }
    });
  });

  describe('settingsFromRows', () => {
    it('gives back the default settings from the rows setup writes, with no problem', () => {
      expect(settingsFromRows(settingsToRows(defaultSettings), products)).toEqual({ settings: defaultSettings, problems: [], tabs: [] });
    });

    it('gives back a changed settings record, custom SHU part included', () => {
      expect(settingsFromRows(settingsToRows(changed), productsToRows(changed.products))).toEqual({ settings: changed, problems: [], tabs: [] });
    });

    it('never echoes a long typed cell whole: a refusal quotes its first 40 characters', () => {
      const long = 'x'.repeat(50_000);
      const rows = settingsToRows(defaultSettings).map((r) => (r.key === 'simpanan_pokok' ? { ...r, value: long } : r));
      const badProduct = productsToRows(defaultSettings.products).map((r, k) => (k === 0 ? { ...r, ratePercent: long } : r));
      const { problems } = settingsFromRows(rows, badProduct);
      expect(problems.length).toBeGreaterThanOrEqual(2);
      for (const p of problems) expect(String(p.params?.value)).toBe(`${'x'.repeat(40)}...`);
    });

    it('names the tabs whose cells are wrong, Pengaturan and Produk Pinjaman apart', () => {
      const rows = settingsToRows(defaultSettings).map((r) => (r.key === 'simpanan_pokok' ? { ...r, value: 'abc' } : r));
      const badProduct = productsToRows(defaultSettings.products).map((r, k) => (k === 0 ? { ...r, ratePercent: 'satu' } : r));
      expect(settingsFromRows(rows, productsToRows(defaultSettings.products)).tabs).toEqual(['Pengaturan']);
      expect(settingsFromRows(settingsToRows(defaultSettings), badProduct).tabs).toEqual(['Produk Pinjaman']);
      expect(settingsFromRows(rows, badProduct).tabs).toEqual(['Pengaturan', 'Produk Pinjaman']);
    });

    it('gives the default to every key a ledger lacks (made by an older version)', () => {
      const { settings, problems } = read([{ key: 'nama_koperasi', value: 'Koperasi Lama' }]);
      expect(problems).toEqual([]);
      expect(settings).toEqual({ ...defaultSettings, name: 'Koperasi Lama' });
    });

    it('reads percents with a comma or a point, and rupiah as text or number', () => {
      const { settings, problems } = read(edited({
        bunga_sukarela_persen_per_tahun: '2,5', cadangan_lancar_persen: '1.5%', simpanan_pokok: 'Rp150.000',
        bunga_sukarela_saldo_minimum: '25.000', rapat_pemberitahuan_hari: '21', wajib_tanggal_jatuh_tempo: 5,
      }));
      expect(problems).toEqual([]);
      expect(settings.savings).toMatchObject({ pokokAmount: 150_000, wajibDueDay: 5 });
      expect(settings.savings.sukarelaInterest).toMatchObject({ ratePercentPerYear: 2.5, minimumBalance: 25_000 });
      expect(settings.reserveWeights.lancar).toBe(1.5);
      expect(settings.meetings.noticeDays).toBe(21);
    });

    it('reads simpanan wajib as one amount or as a history of amounts by month', () => {
      expect(read(edited({ simpanan_wajib: 25_000 })).settings.savings.wajibRates).toEqual([{ from: '2000-01', amount: 25_000 }]);
      expect(read(edited({ simpanan_wajib: '2024-01: 20000; 2026-7: Rp25.000;' })).settings.savings.wajibRates)
        .toEqual([{ from: '2024-01', amount: 20_000 }, { from: '2026-07', amount: 25_000 }]);
    });

    it('reads keys and words as typed with capitals and spaces', () => {
      const { settings, problems } = read([
        { key: ' Simpanan Pokok ', value: 200_000 }, { key: 'wajib_mulai', value: 'Bulan Berikutnya' }, { key: 'zona_waktu', value: 'WITA' },
      ]);
      expect(problems).toEqual([]);
      expect([settings.savings.pokokAmount, settings.savings.wajibStarts, settings.timeZone]).toEqual([200_000, 'month_after_join', 'Asia/Makassar']);
    });

    it('refuses an unknown key and a key written twice: a typo must not pass silently', () => {
      const { settings, problems } = read([{ key: 'simpanan_pokk', value: 50_000 }, { key: 'simpanan_pokok', value: 60_000 }, { key: 'Simpanan_Pokok', value: 70_000 }]);
      expect(problems).toEqual([
        { code: 'SETTING_UNKNOWN', params: { key: 'simpanan_pokk' }, where: 'simpanan_pokk' },
        { code: 'SETTING_DUPLICATE', params: { key: 'simpanan_pokok' }, where: 'simpanan_pokok' },
      ]);
      expect(settings.savings.pokokAmount).toBe(60_000);
    });

    it('names the key and what was typed for a value it cannot read, and keeps the default', () => {
      const { settings, problems } = read(edited({
        simpanan_pokok: 'seratus', bunga_sukarela_persen_per_tahun: '120', wajib_mulai: 'kapan saja', rapat_pemberitahuan_hari: '2 minggu', nama_koperasi: '',
      }));
      expect(problems).toEqual([
        { code: 'SETTING_EMPTY', params: { key: 'nama_koperasi', value: '' }, where: 'nama_koperasi' },
        { code: 'SETTING_AMOUNT_INVALID', params: { key: 'simpanan_pokok', value: 'seratus' }, where: 'simpanan_pokok' },
        { code: 'SETTING_CHOICE_INVALID', params: { key: 'wajib_mulai', value: 'kapan saja', allowed: 'bulan_masuk / bulan_berikutnya' }, where: 'wajib_mulai' },
        { code: 'SETTING_PERCENT_INVALID', params: { key: 'bunga_sukarela_persen_per_tahun', value: '120' }, where: 'bunga_sukarela_persen_per_tahun' },
        { code: 'SETTING_WHOLE_INVALID', params: { key: 'rapat_pemberitahuan_hari', value: '2 minggu' }, where: 'rapat_pemberitahuan_hari' },
      ]);
      expect(settings).toEqual(defaultSettings);
    });

    it("puts the savings rules' problems on their key", () => {
      const { problems } = read(edited({ wajib_tanggal_jatuh_tempo: 32, simpanan_wajib: '2024-13: 20000', simpanan_pokok: 0 }));
      expect(problems.map((p) => [p.code, p.where])).toEqual([
        ['SAVINGS_POKOK_AMOUNT_INVALID', 'simpanan_pokok'],
        ['WAJIB_RATE_MONTH_INVALID', 'simpanan_wajib'],
        ['WAJIB_DUE_DAY_INVALID', 'wajib_tanggal_jatuh_tempo'],
      ]);
    });

    it('refuses an SHU split that adds up to 105%', () => {
      const { problems } = read(edited({ shu_cadangan: 45 }));
      expect(problems).toEqual([{ code: 'SHU_SPLIT_NOT_100', params: { total: '105' }, where: 'shu_*' }]);
    });

    it("takes a cooperative's own SHU part, but catches a misspelt one", () => {
      const own = read([...edited({ shu_dana_sosial: 0 }), { key: 'shu_dana_kematian', value: '2,5' }]);
      expect(own.problems).toEqual([]);
      expect(own.settings.shuSplit.at(-1)).toEqual({ part: 'dana_kematian', percent: 2.5 });
      const typo = read(settingsToRows(defaultSettings).map((r) => (r.key === 'shu_dana_sosial' ? { ...r, key: 'shu_dana_sosal' } : r)));
      expect(typo.problems).toEqual([{ code: 'SETTING_SHU_PART_TYPO', params: { key: 'shu_dana_sosal', suggestion: 'shu_dana_sosial' }, where: 'shu_dana_sosal' }]);
    });

    it('asks for the reserve, jasa modal and jasa usaha rows when the split lacks one', () => {
      const rows = settingsToRows(defaultSettings).filter((r) => r.key !== 'shu_jasa_modal');
      expect(read(rows).problems).toEqual([{ code: 'SETTING_SHU_PART_MISSING', params: { key: 'shu_jasa_modal' }, where: 'shu_jasa_modal' }]);
    });

    it('trims and lowercases emails, and names an invalid one', () => {
      const { settings, problems } = read(edited({ ketua: ' Siti@Contoh.ID ', bendahara: 'ani@contoh.id;\ndewi at contoh.id, Ani@contoh.id' }));
      expect(settings.roles.ketua).toEqual(['siti@contoh.id']);
      expect(settings.roles.bendahara).toEqual(['ani@contoh.id']);
      expect(problems.map((p) => [p.code, p.where, p.params?.value])).toEqual([
        ['SETTING_EMAIL_INVALID', 'bendahara', 'dewi at contoh.id'],
      ]);
    });

    it('refuses collectibility limits that do not grow', () => {
      const { problems } = read(edited({ kolektibilitas_kurang_lancar_maks_hari: 60 }));
      expect(problems).toEqual([{
        code: 'SETTING_COLLECTIBILITY_ORDER', params: { lancar: 90, kurangLancar: 60, diragukan: 360 }, where: 'kolektibilitas_kurang_lancar_maks_hari',
      }]);
    });

    it("includes the products' problems", () => {
      expect(settingsFromRows(settingsToRows(defaultSettings), []).problems).toEqual([{ code: 'PRODUCTS_NONE', where: 'Produk Pinjaman' }]);
    });
  });

  it('round-trips any valid settings record', () => {
    const percent = fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100);
    const money = fc.integer({ min: 1, max: 10_000_000 });
    const email = fc.tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.constantFrom('contoh.id', 'gmail.com')).map(([u, d]) => `${u}@${d}`);
    const settings = fc.record({
      pokok: money, due: fc.integer({ min: 1, max: 31 }), rate: percent, min: fc.integer({ min: 0, max: 1_000_000 }),
      months: fc.uniqueArray(fc.integer({ min: 2000 * 12, max: 2040 * 12 }), { minLength: 1, maxLength: 4 }),
      cadangan: fc.integer({ min: 0, max: 10_000 }), quorum: fc.integer({ min: 1, max: 10_000 }).map((h) => h / 100),
      ketua: fc.uniqueArray(email, { maxLength: 3 }),
    }).map((g): CooperativeSettings => ({
      ...changed,
      savings: {
        ...changed.savings, pokokAmount: g.pokok, wajibDueDay: g.due,
        wajibRates: g.months.map((m, i) => ({ from: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, amount: g.pokok + i })),
        sukarelaInterest: { ...changed.savings.sukarelaInterest, ratePercentPerYear: g.rate, minimumBalance: g.min },
      },
      shuSplit: [{ part: 'cadangan', percent: g.cadangan / 100 }, { part: 'jasa_modal', percent: (10_000 - g.cadangan) / 100 }, { part: 'jasa_usaha', percent: 0 }],
      meetings: { ...changed.meetings, quorumPercent: g.quorum },
      roles: { ...changed.roles, ketua: g.ketua },
    }));
    fc.assert(fc.property(settings, (s) => {
      expect(settingsFromRows(settingsToRows(s), productsToRows(s.products))).toEqual({ settings: s, problems: [], tabs: [] });
    }));
  });
});
