import { cardJson, cardsIn, findWidgets } from '../../local/emulator/card';
import { bundleOn, sheetsEvent } from './harness';

function texts(tree: unknown): string[] {
  return findWidgets(tree).map((w) => w.textParagraph?.text ?? w.decoratedText?.text).filter(Boolean);
}

describe('the built bundle on the emulator', () => {
  it('shows the Sheets homepage card in Bahasa Indonesia, naming the open spreadsheet', () => {
    const { ws, invoke } = bundleOn();
    const card = cardJson(invoke('onSheetsHomepage', sheetsEvent(ws)));
    expect(card.header.title).toBe('Lumbung');
    expect(texts(card)).toContain('Spreadsheet ini akan menjadi buku besar koperasi Anda: anggota, simpanan, pinjaman, dan laporan.');
    expect(texts(card)).toContain('Untitled spreadsheet');
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
