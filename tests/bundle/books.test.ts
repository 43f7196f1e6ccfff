import { cardsIn, findWidgets, notificationText } from '../../local/emulator/card';
import { ledgerOnBundle } from './harness';

const KETUA = 'ketua@koperasi.example';

function texts(tree: unknown): string[] {
  return findWidgets(tree).map((w) => w.textParagraph?.text ?? w.decoratedText?.text).filter(Boolean);
}

/** A ledger set up through the bundle, with Siti registered from the member card (3 journal lines). */
function booksWithSiti() {
  const { ws, home, click } = ledgerOnBundle(KETUA);
  const [form] = cardsIn(click(home, 'Daftarkan anggota baru'));
  click(form, 'Simpan', { name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' });
  return { ws, home, click };
}

describe('Periksa buku in the built bundle', () => {
  it('says the books are safe, then names the row a manager changed by hand', () => {
    const { ws, home, click } = booksWithSiti();
    expect(texts(click(home, 'Periksa buku'))).toEqual([
      'Buku aman. 3 baris jurnal sudah diperiksa: tidak ada yang diubah, dihapus, atau ditambah dengan tangan.',
      'Jumlah debit Rp120.000 sama dengan jumlah kredit Rp120.000.',
    ]);
    const journal = ws.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Jurnal')!;
    journal.getRange(3, 8).setValue(10000); // her pokok of 100.000 retyped as 10.000
    const found = texts(click(home, 'Periksa buku'));
    expect(found).toContain('Baris 3 (J-000001) diubah dengan tangan setelah dicatat.');
    expect(found).toContain('Jumlah debit Rp120.000 tidak sama dengan jumlah kredit Rp30.000. Selisihnya Rp90.000.');
  });

  it('undoes an entry after showing it, with the reason typed on the card', () => {
    const { home, click } = booksWithSiti();
    const [form] = cardsIn(click(home, 'Batalkan catatan'));
    const [preview] = cardsIn(click(form, 'Lihat', { entryId: 'J-1' }));
    expect(texts(preview)[0]).toBe('Catatan J-000001, tanggal 2026-03-02: Simpanan pokok anggota baru A-0001 Siti Aminah');
    expect(texts(preview)).toContain('Debit Rp120.000');
    expect(notificationText(click(preview, 'Batalkan catatan ini'))).toBe('Tulis alasannya dulu.');
    expect(notificationText(click(preview, 'Batalkan catatan ini', { reason: 'Salah catat' }))).toBe('Catatan J-000001 sudah dibatalkan dengan catatan J-000002.');
    expect(notificationText(click(form, 'Lihat', { entryId: 'J-000001' }))).toBe('Catatan J-000001 sudah pernah dibatalkan.');
  });
});
