/** The panel driver refuses, in words that help, what a manager could not do on the card. */
import { ledgerOnBundle } from './harness';
import { openPanel } from './panel';

describe('the side-panel driver', () => {
  it('names the buttons on the card when the one asked for is not there', () => {
    const bundle = ledgerOnBundle();
    const panel = openPanel(bundle.ws, bundle);
    expect(() => panel.click('Hapus semua')).toThrow(/^No button "Hapus semua" on the card; buttons: .*"Daftarkan anggota baru"/);
  });

  it('fills inputs by their label or their name, and names the inputs when one is not there', () => {
    const bundle = ledgerOnBundle();
    const panel = openPanel(bundle.ws, bundle).click('Batalkan catatan');
    const label = 'Nomor catatan (kolom "ID Jurnal", misalnya J-000012)';
    expect(panel.inputLabels).toEqual([label]);
    expect(panel.fill({ [label]: 'J-9' }).click('Lihat').notification).toBe('Catatan J-000009 yang mau dibatalkan tidak ditemukan.');
    expect(panel.fill({ entryId: 'J-8' }).click('Lihat').notification).toBe('Catatan J-000008 yang mau dibatalkan tidak ditemukan.');
    expect(() => panel.fill({ Umur: '40' })).toThrow(/^No input "Umur" on the card "Batalkan catatan"; inputs: "Nomor catatan/);
  });

  it('keeps the cards as a stack: a form on top of the homepage, back to it, and not past it', () => {
    const bundle = ledgerOnBundle();
    const panel = openPanel(bundle.ws, bundle);
    const home = panel.card;
    expect(panel.click('Batalkan catatan').buttons).toEqual(['Lihat']);
    expect(panel.back().card).toBe(home);
    expect(() => panel.back()).toThrow(/^Nothing to go back to from "Lumbung": it is the first card$/);
  });
});
