import { cardJson, cardsIn, clickEvent, findWidgets, notificationText } from '../../local/emulator/card';
import { bundleOn, sheetsEvent } from './harness';


/** What a card shows, label and text, in order: what a manager reads. */
function lines(tree: unknown): string[] {
  return findWidgets(tree).flatMap((w) => {
    if (w.textParagraph) return [w.textParagraph.text];
    if (w.decoratedText) return [`${w.decoratedText.topLabel}: ${w.decoratedText.text}`];
    return [];
  });
}

describe('the import card in the built bundle', () => {
  it('explains what to paste, imports on "Impor sekarang", and sums up what happened', () => {
    const { ws, invoke } = bundleOn({ user: 'ketua@koperasi.example', now: new Date('2026-03-02T02:00:00Z') });
    invoke('onSetup', sheetsEvent(ws));
    const ss = ws.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Impor')!.getRange(2, 1, 3, 10).setValues([
      ['', 'Dewi Sartika', '1571014501800002', '081299990001', 'Jambi', '2019-03-01', 'Melati', 'Rp100.000', 1_750_000, ''],
      ['', 'Yuni', '', '', 'Jambi', '2020-07-15', 'Melati', 100_000, 0, 0],
      ['', 'Lina', '12345', '', 'Jambi', '2019-01-01', 'Melati', 100_000, 0, 0],
    ]);

    const home = cardJson(invoke('onSheetsHomepage', sheetsEvent(ws)));
    const open = clickEvent(home, 'Impor data lama');
    const [start] = cardsIn(cardJson(invoke(open.function, { ...sheetsEvent(ws), ...open.event })));
    expect(start.header.title).toBe('Impor data lama');
    expect(lines(start)[0]).toBe('1. Buka tab Impor di spreadsheet ini.');
    expect(lines(start).join(' ')).toContain('Simpanan Pokok, Simpanan Wajib, Simpanan Sukarela');

    // The books were closed on 31 December 2025: the date picker sends midnight UTC of that day.
    const run = clickEvent(start, 'Impor sekarang', { cutover: { msSinceEpoch: Date.UTC(2025, 11, 31) } });
    const done = cardJson(invoke(run.function, { ...sheetsEvent(ws), ...run.event }));
    expect(notificationText(done)).toBe('2 anggota diimpor, 0 sudah ada sebelumnya, 1 perlu diperbaiki.');
    const [summary] = cardsIn(done);
    expect(summary.header.title).toBe('Hasil impor');
    expect(lines(summary)).toEqual([
      'Berhasil diimpor: 2 anggota',
      'Sudah ada sebelumnya: 0 anggota',
      'Belum diimpor, perlu diperbaiki: 1 anggota',
      'Baris 4 · Lina: NIK harus 16 angka. Yang diisi: 12345.',
      expect.stringMatching(/^Lihat kolom Hasil Impor di tab Impor/),
    ]);
    // Dewi's 1.850.000 and Yuni's 100.000, both dated on the cutover day.
    const journal = ss.getSheetByName('Jurnal')!.getDataRange().getDisplayValues().slice(1);
    expect(journal.filter((r) => r[5] === '3-9100').map((r) => [r[1], r[2], r[6]])).toEqual([
      ['J-000001', '2025-12-31', 'Rp1,850,000'],
      ['J-000002', '2025-12-31', 'Rp100,000'],
    ]);

    // Pressed again from the summary (same cutover): nothing lands twice.
    const again = clickEvent(summary, 'Impor sekarang');
    expect(again.event.commonEventObject.parameters).toEqual({ cutover: '2025-12-31' });
    const second = cardJson(invoke(again.function, { ...sheetsEvent(ws), ...again.event }));
    expect(notificationText(second)).toBe('0 anggota diimpor, 2 sudah ada sebelumnya, 1 perlu diperbaiki.');
    expect(ss.getSheetByName('Anggota')!.getLastRow()).toBe(3);
  });

  it('tells someone without the right role, in plain words, who may import', () => {
    const { ws, invoke } = bundleOn({ user: 'ketua@koperasi.example' });
    invoke('onSetup', sheetsEvent(ws));
    ws.setUser('tamu@example.com');
    const note = notificationText(cardJson(invoke('onRunImport', sheetsEvent(ws))));
    expect(note).toBe('Anda (tamu@example.com) tidak berhak melakukan ini. Yang berhak: ketua, bendahara. Peran diatur di tab Pengaturan.');
  });
});
