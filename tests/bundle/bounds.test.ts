/**
 * Bounds, tried as a careless or dishonest manager would through the panel: amounts past the
 * cooperative's limit, markup and control characters in names and reasons, pages pasted into a
 * field. Each is refused (or shown harmless) in plain Indonesian, and the books stay as they were.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ledgerOnBundle, rowsOf, setSetting, sheet } from './harness';
import { openPanel } from './panel';

const UNEXPECTED = /^Maaf, terjadi kesalahan/;

function withSiti() {
  const bundle = ledgerOnBundle();
  const panel = openPanel(bundle.ws, bundle);
  panel.click('Daftarkan anggota baru').fill({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi' }).click('Simpan').back();
  const journal = () => rowsOf(bundle.ws, 'Jurnal');
  return { ws: bundle.ws, panel, journal };
}

function deposit(panel: ReturnType<typeof openPanel>, amount: string) {
  return panel.click('Setor atau tarik simpanan').fill({ type: 'sukarela', direction: 'deposit', amount }).click('Simpan');
}

describe('bounds in the built bundle', () => {
  it('refuses a deposit of Rp1 kuadriliun, and two of Rp9 kuadriliun, naming the limit; the books unchanged', () => {
    const { panel, journal } = withSiti();
    const before = journal();
    expect(deposit(panel, 'Rp1.000.000.000.000.000').notification).toBe(
      'Jumlah Rp1.000.000.000.000.000 melebihi batas satu transaksi koperasi, yaitu Rp1.000.000.000. Periksa lagi angkanya. '
      + 'Jika memang benar, ketua dapat menaikkan batas_per_transaksi di tab Pengaturan.',
    );
    panel.back();
    expect(deposit(panel, '9.000.000.000.000.000').notification).toMatch(/^Jumlah Rp9\.000\.000\.000\.000\.000 melebihi batas satu transaksi/);
    expect(journal()).toEqual(before);
    // Within the limit it lands, and the passbook reads it exactly.
    panel.back();
    expect(deposit(panel, '1 M').notification).toBe('Setoran simpanan sukarela Siti Aminah (A-0001) dicatat. Kuitansi KW-2026-00002: Rp1.000.000.000.');
  });

  it('refuses a limit set past Rp1 triliun in plain words, and posts nothing until it is fixed', () => {
    const { ws, panel, journal } = withSiti();
    // Past Rp1 triliun a few thousand postings could carry totals beyond exact counting.
    setSetting(ws, 'batas_per_transaksi', '9000000000000000');
    const before = journal();
    const refused = panel.click('Setor atau tarik simpanan').notification ?? '';
    expect(refused).toContain('batas_per_transaksi: "9000000000000000" tidak bisa dipakai. Batas harus lebih dari Rp0 dan paling banyak Rp1.000.000.000.000');
    expect(refused).not.toMatch(UNEXPECTED);
    expect(journal()).toEqual(before);
    setSetting(ws, 'batas_per_transaksi', 'Rp1.000.000.000.000');
    expect(deposit(panel, '2 M').notification).toBe('Setoran simpanan sukarela Siti Aminah (A-0001) dicatat. Kuitansi KW-2026-00002: Rp2.000.000.000.');
  });

  it('refuses a loan application above the limit when it is asked for, not at payout', () => {
    const { ws, panel } = withSiti();
    panel.click('Catat pengajuan pinjaman').fill({ memberId: 'A-0001', amount: '2 M', termMonths: '12', purpose: 'Modal warung' }).click('Simpan');
    expect(panel.notification?.split('\n')).toContain(
      'Jumlah Rp2.000.000.000 melebihi batas satu transaksi koperasi, yaitu Rp1.000.000.000. Periksa lagi angkanya. '
      + 'Jika memang benar, ketua dapat menaikkan batas_per_transaksi di tab Pengaturan.',
    );
    expect(rowsOf(ws, 'Pengajuan')).toEqual([]);
  });

  it('refuses an import whose opening balance is above the limit, importing nobody', () => {
    const bundle = ledgerOnBundle();
    sheet(bundle.ws, 'Impor').getRange(2, 1, 2, 10).setValues([
      ['', 'Dewi Sartika', '', '', 'Jambi', '2019-03-01', 'Melati', 'Rp100.000', 9_000_000_000_000, ''],
      ['', 'Yuni', '', '', 'Jambi', '2020-07-15', 'Melati', 100_000, 0, 0],
    ]);
    const panel = openPanel(bundle.ws, bundle).click('Impor data lama').fill({ cutover: '2025-12-31' }).click('Impor sekarang');
    expect(panel.notification).toMatch(/^Jumlah Rp9\.000\.000\.100\.000 melebihi batas satu transaksi koperasi, yaitu Rp1\.000\.000\.000\./);
    expect([rowsOf(bundle.ws, 'Jurnal'), rowsOf(bundle.ws, 'Anggota')]).toEqual([[], []]);
  });

  it('shows a member named with a link as plain text on the card, never a live link', () => {
    const { ws, panel } = withSiti();
    const name = '<a href="https://contoh.example/verifikasi">Klik untuk verifikasi</a>';
    panel.click('Daftarkan anggota baru').fill({ name, phone: '081234567891', address: 'Jambi' }).click('Simpan');
    expect(rowsOf(ws, 'Anggota').map((r) => r.Nama)).toEqual(['Siti Aminah', name]);
    const json = JSON.stringify(panel.card);
    expect(json).toContain('&lt;a href=&quot;https://contoh.example/verifikasi&quot;&gt;Klik untuk verifikasi&lt;/a&gt;');
    expect(json).not.toContain('<a');
    // Her receipt card after a deposit shows the name escaped too.
    panel.back();
    panel.click('Setor atau tarik simpanan').fill({ memberId: 'A-0002', type: 'sukarela', direction: 'deposit', amount: '10.000' }).click('Simpan');
    expect(JSON.stringify(panel.card)).toContain('&lt;a href=');
    expect(JSON.stringify(panel.card)).not.toContain('<a');
  });

  it('refuses a NUL character in a name, and in a reason, in plain words; the books unchanged', () => {
    const { ws, panel, journal } = withSiti();
    const before = journal();
    const said = panel.click('Daftarkan anggota baru').fill({ name: 'Budi\u0000', address: 'Jambi' }).click('Simpan').notification;
    expect(said).toBe('Isian berisi tanda tersembunyi yang tidak bisa dicatat (biasanya ikut tersalin dari tempat lain). Ketik ulang isiannya.');
    expect(rowsOf(ws, 'Anggota')).toHaveLength(1);
    panel.back().click('Batalkan catatan').fill({ entryId: 'J-1' }).click('Lihat');
    expect(panel.fill({ reason: 'Salah\u0000catat' }).click('Batalkan catatan ini').notification).toMatch(/^Isian berisi tanda tersembunyi/);
    expect(journal()).toEqual(before);
  });

  it('refuses a 50,001-character reason in plain words, and takes a two-line one', () => {
    const { panel, journal } = withSiti();
    const before = journal();
    panel.click('Batalkan catatan').fill({ entryId: 'J-1' }).click('Lihat');
    expect(panel.fill({ reason: 'x'.repeat(50_001) }).click('Batalkan catatan ini').notification).toBe('Isian terlalu panjang (paling banyak 500 huruf).');
    expect(journal()).toEqual(before);
    expect(panel.fill({ reason: 'Salah catat\nuang belum diterima' }).click('Batalkan catatan ini').notification).toBe('Catatan J-000001 sudah dibatalkan dengan catatan J-000002.');
  });

  it('never echoes a long typed amount back whole', () => {
    const { panel, journal } = withSiti();
    const before = journal();
    for (const typed of ['9'.repeat(50_000), `${'abc'.repeat(100)}`]) {
      const said = deposit(panel, typed).notification ?? '';
      expect(said).not.toMatch(UNEXPECTED);
      expect(said.length).toBeLessThan(200);
      panel.back();
    }
    expect(deposit(panel, 'abc'.repeat(100)).notification).toBe(`Jumlah "${'abc'.repeat(13)}a..." tidak bisa dibaca. Tulis angka saja, misalnya 50.000.`);
    expect(journal()).toEqual(before);
  });

  it('puts text on cards only through the helpers that escape it', () => {
    // The next card cannot forget: a widget made outside ui.ts would carry typed text unescaped.
    const addon = path.join(__dirname, '..', '..', 'src', 'addon');
    const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
      .flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));
    const offenders = files(addon).filter((f) => !f.endsWith(`${path.sep}ui.ts`))
      .filter((f) => /newTextParagraph|newDecoratedText|setTopLabel|setBottomLabel/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
