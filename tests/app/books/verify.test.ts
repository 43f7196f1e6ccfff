import { verifyLedger } from '../../../src/app/books/verify';
import { onVerifyLedger } from '../../../src/addon/books/verify';
import { cardJson } from '../../../local/emulator/card/index';
import { KETUA, PENGAWAS, STRANGER, as, spreadsheet } from '../harness';
import { deposit, emptyBooks, join, smallBooks } from '../books-fixtures';

/** Every text on the "Periksa buku" card, section headers included, in reading order. */
function cardTexts(): string[] {
  const tree = cardJson(onVerifyLedger({ commonEventObject: { userLocale: 'id' } } as any));
  const card = tree.renderActions.action.navigations[0].pushCard;
  return card.sections.flatMap((s: any) => [s.header, ...s.widgets.map((w: any) => w.textParagraph?.text ?? w.decoratedText?.text)]).filter(Boolean);
}

const journal = (ws: ReturnType<typeof smallBooks>) => spreadsheet(ws).getSheetByName('Jurnal')!;

describe('Periksa buku (verifyLedger)', () => {
  it('says in plain words that all is well: 19 rows checked, debit and credit both Rp3.726.000', () => {
    const ws = smallBooks();
    // Debits: cash 120.000 + 100.000 + 2.000.000 + 20.000 + 50.000, loan 1.200.000, cash 2 x 118.000.
    expect(as(ws, PENGAWAS, cardTexts)).toEqual([
      'Buku aman. 19 baris jurnal sudah diperiksa: tidak ada yang diubah, dihapus, atau ditambah dengan tangan.',
      'Jumlah debit Rp3.726.000 sama dengan jumlah kredit Rp3.726.000.',
    ]);
  });

  it('finds an amount a manager retyped by hand, by its sheet row', () => {
    const ws = smallBooks();
    // Row 8 holds line 7: J-000003's credit to Rahma's sukarela (2.000.000), retyped as 200.000.
    journal(ws).getRange(8, 9).setValue(200000);
    const texts = cardTexts();
    expect(texts).toContain('Baris diubah (1)');
    expect(texts).toContain('Baris 8 (J-000003) diubah dengan tangan setelah dicatat.');
    expect(texts).toContain('Catatan J-000003 (mulai baris 7) tidak seimbang atau tidak lengkap. Jumlahnya tidak bisa dipercaya.');
    expect(texts).toContain('Jumlah debit Rp3.726.000 tidak sama dengan jumlah kredit Rp1.926.000. Selisihnya Rp1.800.000.');
    expect(texts[0]).toBe('Ada 2 masalah di jurnal. Baris jurnal tidak boleh diubah dengan tangan. Untuk memperbaiki, buat catatan pembatalan.');
  });

  it('finds the word for a kind retyped by hand, though the hash does not cover it', () => {
    const ws = smallBooks();
    // Row 7: J-000003, Rahma's sukarela: "Setoran simpanan" (savings_deposit) retyped as a withdrawal.
    expect(journal(ws).getRange(7, 4, 1, 2).getValues()[0]).toEqual(['Setoran simpanan', 'savings_deposit']);
    journal(ws).getRange(7, 4).setValue('Penarikan simpanan');
    const texts = cardTexts();
    expect(texts).toContain('Baris 7 (J-000003) diubah dengan tangan setelah dicatat.');
    expect(texts[0]).toMatch(/^Ada 1 masalah/);
  });

  it('finds a row deleted in the middle, between the rows around the gap', () => {
    const ws = smallBooks();
    journal(ws).deleteRow(4); // line 3: Siti's first wajib; rows 5.. move up
    const texts = cardTexts();
    expect(texts).toContain('Baris dihapus (1)');
    expect(texts).toContain('1 baris dihapus (No 3), di antara baris 3 dan baris 4.');
  });

  it('finds a row typed in by hand', () => {
    const ws = smallBooks();
    const sheet = journal(ws);
    sheet.insertRowAfter(5);
    sheet.getRange(6, 1, 1, 9).setValues([[5, 'J-000002', '2026-01-10', 'Anggota baru', 'member_join', 'tambahan', '1-1100', 50000, '']]);
    const texts = cardTexts();
    expect(texts).toContain('Baris ditambahkan dengan tangan (1)');
    expect(texts).toContain('Baris 6 (J-000002) ditambahkan dengan tangan, bukan lewat Lumbung.');
  });

  it('finds the last rows deleted, which leave no gap, from the tip saved after the last posting', () => {
    const ws = smallBooks();
    const sheet = journal(ws);
    sheet.deleteRows(18, 3); // the last installment: lines 17-19 in rows 18-20
    expect(cardTexts()).toContain('3 baris dihapus (No 17–19), sesudah baris 17.');
    // A posting afterwards is refused (the journal is not as Lumbung left it): nothing covers the deletion.
    expect(() => deposit('A-0001', 'sukarela', 10_000, '2026-06-15')).toThrow('JOURNAL_NOT_AS_LEFT');
    expect(sheet.getLastRow()).toBe(17);
    expect(cardTexts()).toContain('3 baris dihapus (No 17–19), sesudah baris 17.');
  });

  it('lists the first 20 findings and counts the rest', () => {
    const ws = emptyBooks();
    for (let i = 0; i < 13; i++) join(`Anggota ${i}`, '2026-01-05', 20_000);
    const sheet = journal(ws);
    // 39 lines; the memo of each of lines 1..25 retyped: 25 edited rows.
    sheet.getRange(2, 6, 25, 1).setValues(Array.from({ length: 25 }, () => ['diubah']));
    const texts = cardTexts();
    expect(texts[0]).toMatch(/^Ada 25 masalah/);
    expect(texts.filter((x) => /^Baris \d+ \(J-\d+\) diubah/.test(x))).toHaveLength(20);
    expect(texts).toContain('dan 5 lainnya.');
  });

  it('is for managers and pengawas only', () => {
    const ws = smallBooks();
    expect(as(ws, KETUA, () => verifyLedger().report.ok)).toBe(true);
    expect(() => as(ws, STRANGER, () => verifyLedger())).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
  });

  it('makes the same number of service calls with 19 or 100 journal lines', () => {
    const ws = smallBooks();
    const calls = () => {
      ws.resetCallCounts();
      verifyLedger();
      return ws.totalCalls();
    };
    const small = calls();
    for (let i = 0; i < 81; i++) deposit('A-0002', 'sukarela', 1_000, '2026-06-15');
    expect(calls()).toBe(small);
  });
});
