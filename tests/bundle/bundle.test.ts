import { cardJson, cardsIn, clickEvent, findWidgets, notificationText } from '../../local/emulator/card';
import { bundleOn, sheetsEvent } from './harness';

function texts(tree: unknown): string[] {
  return findWidgets(tree).map((w) => w.textParagraph?.text ?? w.decoratedText?.text).filter(Boolean);
}

describe('the built bundle on the emulator', () => {
  it('offers to set up a new spreadsheet, then shows the managers\' work once set up', () => {
    const { ws, invoke } = bundleOn({ user: 'ketua@koperasi.example' });
    const home = cardJson(invoke('onSheetsHomepage', sheetsEvent(ws)));
    expect(home.header.title).toBe('Lumbung');
    expect(texts(home)[0]).toMatch(/^Spreadsheet ini belum disiapkan/);
    const setup = clickEvent(home, 'Siapkan koperasi', {}, { hostApp: 'SHEETS', userLocale: 'id' });
    const after = cardJson(invoke(setup.function, { ...sheetsEvent(ws), ...setup.event }));
    expect(notificationText(after)).toMatch(/^Buku koperasi sudah siap/);
    const [updated] = cardsIn(after);
    expect(findWidgets(updated, (w) => w.buttonList).flatMap((w) => w.buttonList.buttons.map((b: any) => b.text))).toContain('Daftarkan anggota baru');
    const tabs = ws.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s) => s.getName());
    expect(tabs).toEqual(expect.arrayContaining(['Anggota', 'Jurnal', 'Pengaturan', 'Produk Pinjaman']));
  });

  it('registers a member from the form card, once however often Save is clicked', () => {
    const { ws, invoke } = bundleOn({ user: 'ketua@koperasi.example' });
    invoke('onSetup', sheetsEvent(ws));
    const home = cardJson(invoke('onSheetsHomepage', sheetsEvent(ws)));
    const open = clickEvent(home, 'Daftarkan anggota baru');
    const [form] = cardsIn(cardJson(invoke(open.function, { ...sheetsEvent(ws), ...open.event })));
    const save = clickEvent(form, 'Simpan', { name: 'Siti Aminah', phone: '081234567890', address: 'Jambi', wajib: '20.000' });
    const done = cardJson(invoke(save.function, { ...sheetsEvent(ws), ...save.event }));
    expect(notificationText(done)).toBe('Siti Aminah terdaftar sebagai anggota A-0001. Kuitansi KW-2026-00001: Rp120.000.');
    const again = cardJson(invoke(save.function, { ...sheetsEvent(ws), ...save.event }));
    expect(notificationText(again)).toBe('Siti Aminah sudah terdaftar sebagai anggota A-0001 (tombol ditekan dua kali).');
    const members = ws.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Anggota')!;
    expect(members.getLastRow()).toBe(2);
  });

  it('shows a refusal in plain words, never a stack trace', () => {
    const { ws, invoke } = bundleOn({ user: 'ketua@koperasi.example' });
    invoke('onSetup', sheetsEvent(ws));
    const home = cardJson(invoke('onSheetsHomepage', sheetsEvent(ws)));
    const open = clickEvent(home, 'Daftarkan anggota baru');
    const [form] = cardsIn(cardJson(invoke(open.function, { ...sheetsEvent(ws), ...open.event })));
    const save = clickEvent(form, 'Simpan', { name: 'Siti', nik: '123' });
    expect(notificationText(cardJson(invoke(save.function, { ...sheetsEvent(ws), ...save.event })))).toBe('NIK harus 16 angka. Yang diisi: 123.');
  });

  it('speaks English to a user whose locale is English', () => {
    const { ws, invoke } = bundleOn();
    const card = cardJson(invoke('onSheetsHomepage', sheetsEvent(ws, { userLocale: 'en_GB' })));
    expect(card.header.subtitle).toBe('Savings-and-loan cooperative books');
  });

  it('lists the files selected in Drive', () => {
    const { invoke } = bundleOn();
    const event = {
      commonEventObject: { hostApp: 'DRIVE', userLocale: 'id' },
      drive: { selectedItems: [{ id: 'f1', title: 'Akta Pendirian.pdf', mimeType: 'application/pdf' }] },
    };
    const card = cardJson(invoke('onDriveItemsSelected', event));
    expect(texts(card)).toEqual(['1 berkas dipilih', 'Akta Pendirian.pdf']);
  });

  it('answers the Help universal action with a card to display', () => {
    const { invoke } = bundleOn();
    const cards = cardsIn(cardJson(invoke('onHelp', { commonEventObject: { userLocale: 'id' } })));
    expect(cards.map((c) => c.header.title)).toEqual(['Bantuan']);
  });
});
