/**
 * The Sheet as the ledger, through the built bundle: text stays text, setup run again changes no
 * cell of a ledger in use, Periksa buku finds rows deleted and typed in by hand, and the passbook
 * and dashboard read what was recorded.
 */
import { ledgerOnBundle, rowsOf, sheet } from './harness';
import { openPanel } from './panel';

function ledger() {
  const bundle = ledgerOnBundle();
  const panel = openPanel(bundle.ws, bundle);
  const register = (inputs: Record<string, string>) => {
    const note = panel.click('Daftarkan anggota baru').fill(inputs).click('Simpan').notification;
    panel.back();
    return note;
  };
  const ss = bundle.ws.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { ws: bundle.ws, panel, register, ss };
}

describe('the ledger in the built bundle', () => {
  it('keeps a name that looks like a formula, a +62 phone and a NIK with a leading zero exactly as typed', () => {
    const { ws, register } = ledger();
    expect(register({ name: '=IMPORTRANGE("x","A1")', phone: '+6281234567890', nik: '0071014501800001', address: 'Jambi', wajib: '20.000' }))
      .toBe('=IMPORTRANGE("x","A1") terdaftar sebagai anggota A-0001. Kuitansi KW-2026-00001: Rp120.000.');
    const [siti] = rowsOf(ws, 'Anggota');
    expect([siti['ID Anggota'], siti.Nama, siti.NIK, siti.Telepon]).toEqual(['A-0001', '=IMPORTRANGE("x","A1")', '0071014501800001', '+6281234567890']);
    const name = Object.keys(siti).indexOf('Nama') + 1;
    expect(sheet(ws, 'Anggota').getRange(2, name).getFormula()).toBe('');
  });

  it('repairs the tabs of a ledger in use without changing one cell, and keeps its spare rows', () => {
    const { panel, register, ss } = ledger();
    register({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' });
    const before = ss.getSheets().map((s) => [s.getName(), s.getMaxRows(), s.getDataRange().getValues()]);
    panel.click('Periksa dan perbaiki tab');
    expect(ss.getSheets().map((s) => [s.getName(), s.getMaxRows(), s.getDataRange().getValues()])).toEqual(before);
  });

  it('names a journal row deleted by hand, and one typed in by hand', () => {
    const deleted = ledger();
    deleted.register({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' });
    sheet(deleted.ws, 'Jurnal').deleteRow(3);
    expect(deleted.panel.click('Periksa buku').lines).toContain('1 baris dihapus (No 2), di antara baris 2 dan baris 3.');

    const typed = ledger();
    typed.register({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' });
    const journal = sheet(typed.ws, 'Jurnal');
    // A manager copies the last row below it and changes the amount: money that was never recorded.
    const copy = journal.getRange(4, 1, 1, journal.getLastColumn()).getValues()[0];
    journal.getRange(5, 1, 1, copy.length).setValues([copy]);
    expect(typed.panel.click('Periksa buku').lines).toContain('Baris 5 (J-000001) ditambahkan dengan tangan, bukan lewat Lumbung.');
  });

  it('shows her passbook and the dashboard from what was recorded', () => {
    const { panel, register } = ledger();
    register({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' });
    expect(panel.click('Buku simpanan anggota').fill({ memberId: 'A-0001' }).click('Lihat').lines).toEqual([
      'A-0001 Siti Aminah, per 2026-03-02',
      'Simpanan pokok: Rp100.000',
      'Simpanan wajib: Rp20.000',
      'Simpanan sukarela: Rp0',
      'Jumlah simpanan: Rp120.000',
      '2026-03-02 · Simpanan pokok · J-000001: Setor Rp100.000, saldo Rp100.000',
      '2026-03-02 · Simpanan wajib · J-000001: Setor Rp20.000, saldo Rp20.000',
    ]);
    panel.back().back();
    expect(panel.click('Ringkasan').lines).toEqual(expect.arrayContaining(['Anggota aktif: 1', 'Jumlah simpanan: Rp120.000', 'Pinjaman berjalan: 0', 'Kas: Rp120.000']));
  });
});
