import { cardJson, notificationText } from '../../local/emulator/card';
import { bundleOn, KETUA, ledgerOnBundle, rowsOf, sheet, sheetsEvent } from './harness';
import { openPanel } from './panel';

describe('the import card in the built bundle', () => {
  it('explains what to paste, imports on "Impor sekarang", and sums up what happened', () => {
    const bundle = ledgerOnBundle();
    const { ws } = bundle;
    sheet(ws, 'Impor').getRange(2, 1, 3, 10).setValues([
      ['', 'Dewi Sartika', '1571014501800002', '081299990001', 'Jambi', '2019-03-01', 'Melati', 'Rp100.000', 1_750_000, ''],
      ['', 'Yuni', '', '', 'Jambi', '2020-07-15', 'Melati', 100_000, 0, 0],
      ['', 'Lina', '12345', '', 'Jambi', '2019-01-01', 'Melati', 100_000, 0, 0],
    ]);

    const panel = openPanel(ws, bundle).click('Impor data lama');
    expect(panel.title).toBe('Impor data lama');
    expect(panel.lines[0]).toBe('1. Buka tab Impor di spreadsheet ini.');
    expect(panel.lines.join(' ')).toContain('Simpanan Pokok, Simpanan Wajib, Simpanan Sukarela');

    // The books were closed on 31 December 2025: the date picker sends midnight UTC of that day.
    panel.fill({ cutover: '2025-12-31' }).click('Impor sekarang');
    expect(panel.notification).toBe('2 anggota diimpor, 0 sudah ada sebelumnya, 1 perlu diperbaiki.');
    expect(panel.title).toBe('Hasil impor');
    expect(panel.lines).toEqual([
      'Berhasil diimpor: 2 anggota',
      'Sudah ada sebelumnya: 0 anggota',
      'Belum diimpor, perlu diperbaiki: 1 anggota',
      'Baris 4 · Lina: NIK harus 16 angka. Yang diisi: 12345.',
      expect.stringMatching(/^Lihat kolom Hasil Impor di tab Impor/),
    ]);
    // Dewi's 1.850.000 and Yuni's 100.000, both dated on the cutover day, debited to Saldo Awal.
    const opening = rowsOf(ws, 'Jurnal', { display: true }).filter((r) => r.Akun === '3-9100');
    expect(opening.map((r) => [r['ID Jurnal'], r.Tanggal, r.Debit, r.Kredit])).toEqual([
      ['J-000001', '2025-12-31', 'Rp1,850,000', ''],
      ['J-000002', '2025-12-31', 'Rp100,000', ''],
    ]);

    // Pressed again from the summary (same cutover): nothing lands twice.
    expect(panel.button('Impor sekarang').parameters).toEqual({ cutover: '2025-12-31' });
    expect(panel.click('Impor sekarang').notification).toBe('0 anggota diimpor, 2 sudah ada sebelumnya, 1 perlu diperbaiki.');
    expect(rowsOf(ws, 'Anggota').map((r) => r.Nama)).toEqual(['Dewi Sartika', 'Yuni']);
  });

  it('tells someone without the right role, in plain words, who may import', () => {
    const { ws, invoke } = bundleOn({ user: KETUA });
    invoke('onSetup', sheetsEvent(ws));
    ws.setUser('tamu@example.com');
    const note = notificationText(cardJson(invoke('onRunImport', sheetsEvent(ws))));
    expect(note).toBe('Anda (tamu@example.com) tidak berhak melakukan ini. Yang berhak: ketua, bendahara. Peran diatur di tab Pengaturan.');
  });
});
