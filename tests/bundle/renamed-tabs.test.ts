import { ledgerOnBundle, rowsOf, sheet } from './harness';
import { openPanel } from './panel';

/** A ledger with Siti registered (J-000001, receipt KW-2026-00001) and the panel's homepage open. */
function booksWithSiti() {
  const bundle = ledgerOnBundle();
  const ws = bundle.ws;
  const panel = openPanel(ws, bundle);
  panel.click('Daftarkan anggota baru').fill({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' }).click('Simpan').back();
  const ss = ws.globals.SpreadsheetApp.getActiveSpreadsheet();
  const everything = () => ss.getSheets().map((s) => [s.getName(), s.getMaxColumns(), s.getDataRange().getValues()]);
  const deposit = () => panel.click('Setor atau tarik simpanan').fill({ type: 'sukarela', direction: 'deposit', amount: '50.000' }).click('Simpan');
  return { ws, panel, ss, everything, deposit };
}

describe('a renamed Jurnal tab or header', () => {
  it('is found and named by repair, which makes no new empty Jurnal; postings wait until the name is back', () => {
    const { ws, panel, ss, everything, deposit } = booksWithSiti();
    sheet(ws, 'Jurnal').setName('Jurnal 2026');
    const before = everything();
    expect(panel.click('Periksa dan perbaiki tab').notification).toBe(
      'Tab "Jurnal" tidak ditemukan, tetapi tab "Jurnal 2026" berisi catatannya. Kembalikan nama tab "Jurnal 2026" menjadi "Jurnal", lalu tekan lagi. Tidak ada yang dicatat atau diperbaiki sampai namanya kembali.',
    );
    expect(deposit().notification).toBe(
      'Tab "Jurnal" tidak ditemukan. Jika namanya diganti, kembalikan menjadi "Jurnal". Jika terhapus, tekan "Periksa dan perbaiki tab". Tidak ada yang dicatat sampai tab itu kembali.',
    );
    expect(panel.back().click('Periksa buku').notification).toBe(
      'Tab "Jurnal" tidak ditemukan. Jika namanya diganti, kembalikan menjadi "Jurnal". Jika terhapus, tekan "Periksa dan perbaiki tab". Tidak ada yang dicatat sampai tab itu kembali.',
    );
    expect(everything()).toEqual(before);
    expect(ss.getSheetByName('Jurnal')).toBeNull();

    ss.getSheetByName('Jurnal 2026')!.setName('Jurnal');
    expect(deposit().notification).toMatch(/^Setoran/);
    const added = rowsOf(ws, 'Jurnal').slice(3);
    expect(added.map((r) => [r['ID Jurnal'], r['No Kuitansi'] ?? r.Kuitansi])).toEqual([['J-000002', 'KW-2026-00002'], ['J-000002', 'KW-2026-00002']]);
  });

  it('says which header to put back when "Kredit" was renamed, adds no empty Kredit, and no posting goes on', () => {
    const { ws, panel, everything, deposit } = booksWithSiti();
    const journal = sheet(ws, 'Jurnal');
    const credit = Object.keys(rowsOf(ws, 'Jurnal')[0]).indexOf('Kredit') + 1;
    journal.getRange(1, credit).setValue('Kredit (Rp)');
    const before = everything();
    expect(panel.click('Periksa dan perbaiki tab').notification).toBe(
      'Kolom "Kredit" di tab "Jurnal" tidak ditemukan. Kembalikan judul kolom yang diganti (mungkin "Kredit (Rp)") di baris 1 menjadi "Kredit", lalu tekan lagi. Tidak ada yang dicatat atau diperbaiki sampai judulnya kembali.',
    );
    const refused = 'Kolom "Kredit" di tab "Jurnal" tidak ditemukan. Jika judulnya diganti, kembalikan menjadi "Kredit" di baris 1. Jika terhapus, tekan "Periksa dan perbaiki tab". Tidak ada yang dicatat sampai kolom itu kembali.';
    expect(deposit().notification).toBe(refused);
    // Her passbook is not shown at Rp0: it is refused with the same words.
    expect(panel.back().click('Buku simpanan anggota').click('Lihat').notification).toBe(refused);
    expect(panel.back().click('Periksa buku').notification).toBe(refused);
    expect(everything()).toEqual(before);

    journal.getRange(1, credit).setValue('Kredit');
    expect(panel.click('Periksa dan perbaiki tab').notification).not.toMatch(/tidak ditemukan|Maaf/);
    expect(rowsOf(ws, 'Jurnal').filter((r) => r.Kredit !== '').map((r) => r.Kredit)).toEqual([100_000, 20_000]);
  });

  it('before any posting, is simply made again by repair (nothing recorded to lose)', () => {
    const bundle = ledgerOnBundle();
    const ss = bundle.ws.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Jurnal')!.setName('Catatan lama');
    const panel = openPanel(bundle.ws, bundle).click('Periksa dan perbaiki tab');
    expect(panel.notification ?? '').not.toMatch(/tidak ditemukan|Maaf/);
    expect(Object.keys(rowsOf(bundle.ws, 'Jurnal')[0] ?? {})).toEqual([]);
    expect(sheet(bundle.ws, 'Jurnal').getRange(1, 1, 1, 3).getValues()[0]).toEqual(['No', 'ID Jurnal', 'Tanggal']);
  });
});
