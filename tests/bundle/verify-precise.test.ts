import { ledgerOnBundle, rowsOf, sheet } from './harness';
import { openPanel } from './panel';

/** A ledger with Siti, Ani and Budi registered from the member card: 3 entries, journal rows 2-10. */
function booksWithThree() {
  const bundle = ledgerOnBundle();
  const ws = bundle.ws;
  const panel = openPanel(ws, bundle);
  for (const name of ['Siti Aminah', 'Ani Lestari', 'Budi Santoso']) {
    panel.click('Daftarkan anggota baru').fill({ name, phone: '081234567890', address: 'Jambi', wajib: '20.000' }).click('Simpan').back();
  }
  const journal = sheet(ws, 'Jurnal');
  const column = (header: string) => Object.keys(rowsOf(ws, 'Jurnal')[0]).indexOf(header) + 1;
  return { ws, panel, journal, column };
}

const SAFE_TOTALS = 'Jumlah debit Rp360.000 sama dengan jumlah kredit Rp360.000.';
const WHAT_NOW = 'Jangan ubah baris jurnal dengan tangan. Kembalikan isi baris seperti semula (lihat riwayat versi spreadsheet), atau minta bantuan pengawas.';

describe('Periksa buku says precisely what was done by hand', () => {
  it('names two rows swapped far apart as those two rows moved, not four rows changed', () => {
    const { panel, journal } = booksWithThree();
    const width = journal.getLastColumn();
    const [third, ninth] = [journal.getRange(3, 1, 1, width).getValues(), journal.getRange(9, 1, 1, width).getValues()];
    journal.getRange(3, 1, 1, width).setValues(ninth);
    journal.getRange(9, 1, 1, width).setValues(third);
    expect(panel.click('Periksa buku').texts).toEqual([
      'Ada 2 masalah di jurnal. Baris jurnal tidak boleh diubah dengan tangan. Untuk memperbaiki, buat catatan pembatalan.',
      SAFE_TOTALS,
      'Baris 3 (J-000003) dipindahkan dari urutan aslinya.',
      'Baris 9 (J-000001) dipindahkan dari urutan aslinya.',
      WHAT_NOW,
    ]);
  });

  it('names the hash column cleared as the codes missing on those rows, not rows deleted and typed in again', () => {
    const { ws, panel, journal, column } = booksWithThree();
    const before = rowsOf(ws, 'Jurnal').map((r) => ({ ...r, Hash: '' }));
    journal.getRange(2, column('Hash'), 9, 1).clearContent();
    expect(panel.click('Periksa buku').texts).toEqual([
      'Ada 1 masalah di jurnal. Baris jurnal tidak boleh diubah dengan tangan. Untuk memperbaiki, buat catatan pembatalan.',
      SAFE_TOTALS,
      'Kode pengaman hilang di 9 baris (baris 2–10). Isi baris itu tidak bisa diperiksa sampai kodenya dikembalikan (lihat riwayat versi spreadsheet).',
      WHAT_NOW,
    ]);
    expect(rowsOf(ws, 'Jurnal')).toEqual(before);
  });

  it('names a note typed in row 300 as one row, and the next posting lands right after the journal, the note kept', () => {
    const { ws, panel, journal } = booksWithThree();
    journal.getRange(300, 1).setValue('catatan bendahara: kas dihitung ulang');
    const note = 'Baris 300 di bawah jurnal diisi dengan tangan. Itu bukan catatan jurnal: pindahkan tulisan itu ke tab lain.';
    expect(panel.click('Periksa buku').texts).toEqual([
      'Ada 1 masalah di jurnal. Baris jurnal tidak boleh diubah dengan tangan. Untuk memperbaiki, buat catatan pembatalan.',
      SAFE_TOTALS,
      note,
      WHAT_NOW,
    ]);
    panel.back().click('Setor atau tarik simpanan').fill({ type: 'sukarela', direction: 'deposit', amount: '50.000' }).click('Simpan');
    expect(panel.notification).toMatch(/^Setoran/);
    const rows = rowsOf(ws, 'Jurnal');
    expect(rows.slice(0, 11).map((r) => r['ID Jurnal'])).toEqual([...Array(3).fill('J-000001'), ...Array(3).fill('J-000002'), ...Array(3).fill('J-000003'), 'J-000004', 'J-000004']);
    expect(rows.slice(11, 298).every((r) => Object.values(r).every((v) => v === ''))).toBe(true);
    expect(rows[298].No).toBe('catatan bendahara: kas dihitung ulang');
    expect(panel.back().click('Periksa buku').texts.slice(1, 3)).toEqual(['Jumlah debit Rp410.000 sama dengan jumlah kredit Rp410.000.', note]);
  });

  it('never writes over a note just below the journal: the note is pushed down, the journal stays without a blank row', () => {
    const { ws, panel, journal } = booksWithThree();
    journal.getRange(12, 2).setValue('jangan lupa rapat');
    panel.click('Daftarkan anggota baru').fill({ name: 'Dewi', phone: '081234567899', address: 'Jambi', wajib: '20.000' }).click('Simpan');
    expect(panel.notification).toMatch(/A-0004/);
    const rows = rowsOf(ws, 'Jurnal');
    expect(rows.slice(0, 12).map((r) => r['ID Jurnal'])).toEqual([1, 2, 3, 4].flatMap((n) => Array(3).fill(`J-00000${n}`)));
    const notes = rows.flatMap((r, i) => (r['ID Jurnal'] === 'jangan lupa rapat' ? [i + 2] : []));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toBeGreaterThan(13);
    expect(panel.back().click('Periksa buku').texts[2]).toBe(`Baris ${notes[0]} di bawah jurnal diisi dengan tangan. Itu bukan catatan jurnal: pindahkan tulisan itu ke tab lain.`);
  });
});

describe('a note below the member list', () => {
  it('breaks neither Ringkasan nor the member dropdown', () => {
    const { ws, panel } = booksWithThree();
    const members = sheet(ws, 'Anggota');
    members.getRange(5, 2).setValue('Catatan: Budi pindah RT'); // just below the list, no id
    members.getRange(9, 1).setValue('rapat Sabtu'); // further below, past a blank gap
    panel.click('Ringkasan');
    expect(panel.notification).toBeNull();
    expect(panel.labels['Anggota aktif']).toBe('3');
    panel.back().click('Setor atau tarik simpanan');
    expect(panel.choices('memberId')).toEqual(['A-0001 Siti Aminah', 'A-0002 Ani Lestari', 'A-0003 Budi Santoso']);
  });
});
