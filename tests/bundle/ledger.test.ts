/**
 * The Sheet as the ledger, through the built bundle: text stays text, setup run again changes no
 * cell of a ledger in use, Periksa buku finds rows deleted and typed in by hand, and the passbook
 * and dashboard read what was recorded.
 */
import { cardsIn, findWidgets, notificationText } from '../../local/emulator/card';
import { ledgerOnBundle } from './harness';

const KETUA = 'ketua@koperasi.example';

/** Each widget as a line: "label|text" for a labelled figure, the paragraph's text otherwise. */
function lines(tree: unknown): string[] {
  return findWidgets(tree)
    .map((w) => (w.decoratedText ? `${w.decoratedText.topLabel ?? ''}|${w.decoratedText.text}` : w.textParagraph?.text))
    .filter((x): x is string => Boolean(x));
}

function ledger() {
  const { ws, home, click } = ledgerOnBundle(KETUA);
  const register = (inputs: Record<string, string>) => notificationText(click(cardsIn(click(home, 'Daftarkan anggota baru'))[0], 'Simpan', inputs));
  const ss = ws.SpreadsheetApp.getActiveSpreadsheet();
  return { ws, home, click, register, ss };
}

describe('the ledger in the built bundle', () => {
  it('keeps a name that looks like a formula, a +62 phone and a NIK with a leading zero exactly as typed', () => {
    const { register, ss } = ledger();
    expect(register({ name: '=IMPORTRANGE("x","A1")', phone: '+6281234567890', nik: '0071014501800001', address: 'Jambi', wajib: '20.000' }))
      .toBe('=IMPORTRANGE("x","A1") terdaftar sebagai anggota A-0001. Kuitansi KW-2026-00001: Rp120.000.');
    const members = ss.getSheetByName('Anggota')!;
    expect(members.getRange(2, 1, 1, 4).getValues()[0]).toEqual(['A-0001', '=IMPORTRANGE("x","A1")', '0071014501800001', '+6281234567890']);
    expect(members.getRange(2, 2).getFormula()).toBe('');
  });

  it('repairs the tabs of a ledger in use without changing one cell, and keeps its spare rows', () => {
    const { home, click, register, ss } = ledger();
    register({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' });
    const before = ss.getSheets().map((s) => [s.getName(), s.getMaxRows(), s.getDataRange().getValues()]);
    click(home, 'Periksa dan perbaiki tab');
    expect(ss.getSheets().map((s) => [s.getName(), s.getMaxRows(), s.getDataRange().getValues()])).toEqual(before);
  });

  it('names a journal row deleted by hand, and one typed in by hand', () => {
    const deleted = ledger();
    deleted.register({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' });
    deleted.ss.getSheetByName('Jurnal')!.deleteRow(3);
    expect(lines(deleted.click(deleted.home, 'Periksa buku'))).toContain('1 baris dihapus (No 2), di antara baris 2 dan baris 3.');

    const typed = ledger();
    typed.register({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' });
    const journal = typed.ss.getSheetByName('Jurnal')!;
    // A manager copies the last row below it and changes the amount: money that was never recorded.
    const copy = journal.getRange(4, 1, 1, journal.getLastColumn()).getValues()[0];
    journal.getRange(5, 1, 1, copy.length).setValues([copy]);
    expect(lines(typed.click(typed.home, 'Periksa buku'))).toContain('Baris 5 (J-000001) ditambahkan dengan tangan, bukan lewat Lumbung.');
  });

  it('shows her passbook and the dashboard from what was recorded', () => {
    const { home, click, register } = ledger();
    register({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' });
    const [form] = cardsIn(click(home, 'Buku simpanan anggota'));
    expect(lines(click(form, 'Lihat', { memberId: 'A-0001' }))).toEqual([
      'A-0001 Siti Aminah, per 2026-03-02',
      'Simpanan pokok|Rp100.000',
      'Simpanan wajib|Rp20.000',
      'Simpanan sukarela|Rp0',
      'Jumlah simpanan|Rp120.000',
      '2026-03-02 · Simpanan pokok · J-000001|Setor Rp100.000, saldo Rp100.000',
      '2026-03-02 · Simpanan wajib · J-000001|Setor Rp20.000, saldo Rp20.000',
    ]);
    const dashboard = lines(click(home, 'Ringkasan'));
    expect(dashboard).toEqual(expect.arrayContaining(['Anggota aktif|1', 'Jumlah simpanan|Rp120.000', 'Pinjaman berjalan|0', 'Kas|Rp120.000']));
  });
});
