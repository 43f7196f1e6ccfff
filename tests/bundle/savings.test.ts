import { cardJson, clickEvent, notificationText } from '../../local/emulator/card';
import { ledgerOnBundle, rowsOf, sheetsEvent } from './harness';
import { openPanel } from './panel';

/** The ketua sets up the ledger on 2 March 2026 and registers Siti (A-0001, pokok Rp100.000) from the card. */
function withSiti() {
  const bundle = ledgerOnBundle();
  const panel = openPanel(bundle.ws, bundle);
  panel.click('Daftarkan anggota baru').fill({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi' }).click('Simpan').back();
  return { ws: bundle.ws, panel, bundle };
}

describe('the savings card in the built bundle', () => {
  it('records a sukarela deposit typed as "1,5 jt", with its receipt in figures and words, once however often Save is clicked', () => {
    const { ws, panel } = withSiti();
    panel.click('Setor atau tarik simpanan');
    expect(panel.choices('memberId')).toEqual(['A-0001 Siti Aminah']);
    panel.fill({ type: 'sukarela', direction: 'deposit', amount: '1,5 jt' });
    // Receipt 1 was her pokok at registration; this is receipt 2.
    expect(panel.doubleClick('Simpan')).toEqual([
      'Setoran simpanan sukarela Siti Aminah (A-0001) dicatat. Kuitansi KW-2026-00002: Rp1.500.000.',
      'Sudah dicatat dengan kuitansi KW-2026-00002 (tombol ditekan dua kali). Tidak dicatat lagi.',
    ]);
    expect(panel.labels).toEqual({
      'No kuitansi': 'KW-2026-00002',
      Jumlah: 'Rp1.500.000',
      Terbilang: 'satu juta lima ratus ribu rupiah',
      'Saldo simpanan sukarela sekarang': 'Rp1.500.000',
    });
    // Recorded once: Kas debited and her Simpanan Sukarela credited Rp1.500.000.
    const deposit = rowsOf(ws, 'Jurnal').filter((r) => r['No Kuitansi'] === 'KW-2026-00002');
    expect(deposit.map((r) => [r.Akun, r.Debit, r.Kredit, r['ID Anggota'], r['Jenis Simpanan']])).toEqual([
      ['1-1100', 1_500_000, '', '', ''],
      ['2-1100', '', 1_500_000, 'A-0001', 'sukarela'],
    ]);
  });

  it('refuses a forged Save with no request id, so it can never swallow a different deposit as a repeat', () => {
    const { ws, panel, bundle } = withSiti();
    panel.click('Setor atau tarik simpanan');
    const lines = rowsOf(ws, 'Jurnal').length;
    for (const amount of ['50.000', '75.000']) {
      const { function: fn, event } = clickEvent(panel.card, 'Simpan', { memberId: 'A-0001', type: 'sukarela', direction: 'deposit', amount });
      const parameters = { ...event.parameters, requestId: '' };
      const forged = { ...sheetsEvent(ws), ...event, parameters, commonEventObject: { ...event.commonEventObject, parameters } };
      expect(notificationText(cardJson(bundle.invoke(fn, forged)))).toBe('Isian ini tidak lengkap, jadi tidak dicatat. Tutup kartu ini, lalu buka lagi dari menu Lumbung.');
    }
    expect(rowsOf(ws, 'Jurnal')).toHaveLength(lines);
  });

  it('refuses a wajib withdrawal in plain words', () => {
    const { ws, panel } = withSiti();
    panel.click('Setor atau tarik simpanan').fill({ type: 'wajib', direction: 'withdrawal', amount: '20.000' }).click('Simpan');
    expect(panel.notification).toMatch(/^Simpanan wajib tidak bisa ditarik\./);
    expect(rowsOf(ws, 'Jurnal').map((r) => r['ID Jurnal'])).toEqual(['J-000001', 'J-000001']);
  });

  it('works out a leaving member\'s settlement first, then records it from the confirmation card', () => {
    const { ws, panel } = withSiti();
    panel.click('Anggota keluar').click('Hitung pengembalian');
    // Her pokok Rp100.000 is all she has; no loan: all of it paid out.
    expect(panel.labels).toEqual({
      'Simpanan pokok': 'Rp100.000', 'Simpanan wajib': 'Rp0', 'Simpanan sukarela': 'Rp0',
      'Jumlah simpanan dikembalikan': 'Rp100.000', 'Dibayar tunai kepada anggota': 'Rp100.000',
    });
    const status = () => rowsOf(ws, 'Anggota')[0].Status;
    expect(status()).toBe('aktif'); // the preview wrote nothing
    expect(panel.click('Catat keluar').notification).toBe('Siti Aminah (A-0001) sudah keluar. Kuitansi KW-2026-00002: dibayar tunai Rp100.000.');
    expect(status()).toBe('keluar');
  });
});
