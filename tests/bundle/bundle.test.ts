import { cardJson, cardsIn } from '../../local/emulator/card';
import { bundleOn, KETUA, ledgerOnBundle, rowsOf } from './harness';
import { openPanel } from './panel';

describe('the built bundle on the emulator', () => {
  it('offers to set up a new spreadsheet, then shows the managers\' work once set up', () => {
    const { ws, invoke } = bundleOn({ user: KETUA });
    const panel = openPanel(ws, { invoke });
    expect(panel.title).toBe('Lumbung');
    expect(panel.texts[0]).toMatch(/^Spreadsheet ini belum disiapkan/);
    panel.click('Siapkan koperasi');
    expect(panel.notification).toMatch(/^Buku koperasi sudah siap/);
    expect(panel.buttons).toContain('Daftarkan anggota baru');
    const tabs = ws.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s) => s.getName());
    expect(tabs).toEqual(expect.arrayContaining(['Anggota', 'Jurnal', 'Pengaturan', 'Produk Pinjaman']));
  });

  it('registers a member from the form card, once however often Save is clicked', () => {
    const bundle = ledgerOnBundle();
    const panel = openPanel(bundle.ws, bundle).click('Daftarkan anggota baru');
    panel.fill({ name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' });
    expect(panel.doubleClick('Simpan')).toEqual([
      'Siti Aminah terdaftar sebagai anggota A-0001. Kuitansi KW-2026-00001: Rp120.000.',
      'Siti Aminah sudah terdaftar sebagai anggota A-0001 (tombol ditekan dua kali).',
    ]);
    expect(rowsOf(bundle.ws, 'Anggota').map((r) => [r['ID Anggota'], r.Nama])).toEqual([['A-0001', 'Siti Aminah']]);
  });

  it('shows a refusal in plain words, never a stack trace', () => {
    const bundle = ledgerOnBundle();
    const panel = openPanel(bundle.ws, bundle).click('Daftarkan anggota baru');
    expect(panel.fill({ name: 'Siti', nik: '123' }).click('Simpan').notification).toBe('NIK harus 16 angka. Yang diisi: 123.');
    expect(rowsOf(bundle.ws, 'Anggota')).toEqual([]);
  });

  it('speaks English to a user whose locale is English', () => {
    const { ws, invoke } = bundleOn();
    expect(openPanel(ws, { invoke }, { locale: 'en_GB' }).card.header.subtitle).toBe('Savings-and-loan cooperative books');
  });

  it('lists the files selected in Drive', () => {
    const { invoke } = bundleOn();
    const event = {
      commonEventObject: { hostApp: 'DRIVE', userLocale: 'id' },
      drive: { selectedItems: [{ id: 'f1', title: 'Akta Pendirian.pdf', mimeType: 'application/pdf' }] },
    };
    const [card] = cardsIn(cardJson(invoke('onDriveItemsSelected', event)));
    expect(card.sections.flatMap((s: any) => s.widgets).map((w: any) => w.textParagraph?.text ?? w.decoratedText?.text)).toEqual(['1 berkas dipilih', 'Akta Pendirian.pdf']);
  });

  it('answers the Help universal action with a card to display', () => {
    const { invoke } = bundleOn();
    const cards = cardsIn(cardJson(invoke('onHelp', { commonEventObject: { userLocale: 'id' } })));
    expect(cards.map((c) => c.header.title)).toEqual(['Bantuan']);
  });
});
