import { ledgerOnBundle, rowsOf, sheet } from './harness';
import { openPanel } from './panel';

/** A ledger set up through the bundle, with Siti registered from the member card (3 journal lines). */
function booksWithSiti() {
  const bundle = ledgerOnBundle();
  const panel = openPanel(bundle.ws, bundle);
  panel.click('Daftarkan anggota baru').fill({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' }).click('Simpan').back();
  return { ws: bundle.ws, panel };
}

describe('Periksa buku in the built bundle', () => {
  it('says the books are safe, then names the row a manager changed by hand', () => {
    const { ws, panel } = booksWithSiti();
    expect(panel.click('Periksa buku').texts).toEqual([
      'Buku aman. 3 baris jurnal sudah diperiksa: tidak ada yang diubah, dihapus, atau ditambah dengan tangan.',
      'Jumlah debit Rp120.000 sama dengan jumlah kredit Rp120.000.',
    ]);
    // Her pokok of 100.000 (the second line: Simpanan Pokok credited) retyped as 10.000.
    const rows = rowsOf(ws, 'Jurnal');
    expect([rows[1]['ID Jurnal'], rows[1].Akun, rows[1].Kredit]).toEqual(['J-000001', '3-1100', 100_000]);
    const credit = Object.keys(rows[1]).indexOf('Kredit') + 1;
    sheet(ws, 'Jurnal').getRange(3, credit).setValue(10000);
    const found = panel.back().click('Periksa buku').texts;
    expect(found).toContain('Baris 3 (J-000001) diubah dengan tangan setelah dicatat.');
    expect(found).toContain('Jumlah debit Rp120.000 tidak sama dengan jumlah kredit Rp30.000. Selisihnya Rp90.000.');
  });

  it('undoes an entry after showing it, with the reason typed on the card', () => {
    const { ws, panel } = booksWithSiti();
    panel.click('Batalkan catatan').fill({ entryId: 'J-1' }).click('Lihat');
    expect(panel.texts[0]).toBe('Catatan J-000001, tanggal 2026-03-02: Simpanan pokok anggota baru A-0001 Siti Aminah');
    expect(panel.texts).toContain('Debit Rp120.000');
    expect(panel.click('Batalkan catatan ini').notification).toBe('Tulis alasannya dulu.');
    expect(panel.fill({ reason: 'Salah catat' }).click('Batalkan catatan ini').notification).toBe('Catatan J-000001 sudah dibatalkan dengan catatan J-000002.');
    const reversal = rowsOf(ws, 'Jurnal').filter((r) => r['ID Jurnal'] === 'J-000002');
    expect(reversal.map((r) => [r.Akun, r.Debit, r.Kredit, r.Membalik, r.Alasan])).toEqual([
      ['1-1100', '', 120_000, 'J-000001', 'Salah catat'],
      ['3-1100', 100_000, '', 'J-000001', 'Salah catat'],
      ['3-1200', 20_000, '', 'J-000001', 'Salah catat'],
    ]);
    panel.back().back().click('Batalkan catatan');
    expect(panel.fill({ entryId: 'J-000001' }).click('Lihat').notification).toBe('Catatan J-000001 sudah pernah dibatalkan.');
  });
});
