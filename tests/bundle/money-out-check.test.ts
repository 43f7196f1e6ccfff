import { ledgerOnBundle, rowsOf } from './harness';
import { openPanel } from './panel';

/** Siti with two sukarela deposits, made from the side panel of the built bundle. */
function withSavings() {
  const bundle = ledgerOnBundle();
  const panel = openPanel(bundle.ws, bundle);
  panel.click('Daftarkan anggota baru').fill({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi' }).click('Simpan').back();
  for (const amount of ['100.000', '200.000']) {
    panel.click('Setor atau tarik simpanan').fill({ type: 'sukarela', direction: 'deposit', amount }).click('Simpan').back();
  }
  return { ws: bundle.ws, panel };
}

describe('money out of the built bundle, against a journal edited by hand', () => {
  it('refuses a withdrawal after a credit in the middle of the Jurnal was retyped, in plain words, writing nothing', () => {
    const { ws, panel } = withSavings();
    const sheet = ws.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Jurnal')!;
    const rows = rowsOf(ws, 'Jurnal');
    const row = rows.findIndex((r) => r.Kredit === 100_000 && r['Jenis Simpanan'] === 'sukarela') + 2;
    const column = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf('Kredit') + 1;
    sheet.getRange(row, column).setValue(5_000_000);
    const before = rowsOf(ws, 'Jurnal');
    panel.click('Setor atau tarik simpanan').fill({ type: 'sukarela', direction: 'withdrawal', amount: '1.000.000' }).click('Simpan');
    expect(panel.notification).toBe('Buku tidak sama dengan yang terakhir dicatat Lumbung: ada baris Jurnal yang diubah, dihapus atau ditambah dengan tangan. Tidak ada yang dicatat dan tidak ada uang yang keluar. Jalankan Periksa buku.');
    expect(rowsOf(ws, 'Jurnal')).toEqual(before);
    // Put back as it was, the same withdrawal within her real Rp300.000 goes through.
    sheet.getRange(row, column).setValue(100_000);
    panel.back().click('Setor atau tarik simpanan').fill({ type: 'sukarela', direction: 'withdrawal', amount: '250.000' }).click('Simpan');
    expect(panel.notification).toMatch(/^Penarikan simpanan sukarela Siti Aminah \(A-0001\) dicatat\./);
  });
});
