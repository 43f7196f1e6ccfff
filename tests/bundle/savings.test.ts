import { cardJson, cardsIn, clickEvent, findWidgets, notificationText } from '../../local/emulator/card';
import { bundleOn, sheetsEvent } from './harness';

/** Label -> text of the card's decorated texts, as the bendahara reads them. */
function labels(tree: unknown): Record<string, string> {
  return Object.fromEntries(findWidgets(tree, (w) => w.decoratedText).map((w) => [w.decoratedText.topLabel, w.decoratedText.text]));
}

/** The ketua sets up the ledger on 2 March 2026 and registers Siti (A-0001, pokok Rp100.000) from the card. */
function withSiti() {
  const { ws, invoke } = bundleOn({ user: 'ketua@koperasi.example', now: new Date('2026-03-02T02:00:00Z') });
  invoke('onSetup', sheetsEvent(ws));
  const home = cardJson(invoke('onSheetsHomepage', sheetsEvent(ws)));
  const join = clickEvent(home, 'Daftarkan anggota baru');
  const [memberForm] = cardsIn(cardJson(invoke(join.function, { ...sheetsEvent(ws), ...join.event })));
  const register = clickEvent(memberForm, 'Simpan', { name: 'Siti Aminah', phone: '081234567890', address: 'Jambi' });
  invoke(register.function, { ...sheetsEvent(ws), ...register.event });
  return { ws, invoke, home };
}

/** Clicks a button of a card and returns what the add-on answered. */
function click(ctx: ReturnType<typeof withSiti>, tree: unknown, text: string, inputs: Record<string, string> = {}) {
  const c = clickEvent(tree, text, inputs);
  return cardJson(ctx.invoke(c.function, { ...sheetsEvent(ctx.ws), ...c.event }));
}

describe('the savings card in the built bundle', () => {
  it('records a sukarela deposit typed as "1,5 jt", with its receipt in figures and words, once however often Save is clicked', () => {
    const { ws, invoke, home } = withSiti();
    const open = clickEvent(home, 'Setor atau tarik simpanan');
    const [form] = cardsIn(cardJson(invoke(open.function, { ...sheetsEvent(ws), ...open.event })));
    const members = findWidgets(form, (w) => w.selectionInput?.name === 'memberId')[0].selectionInput.items.map((i: any) => i.text);
    expect(members).toEqual(['A-0001 Siti Aminah']);
    const save = clickEvent(form, 'Simpan', { type: 'sukarela', direction: 'deposit', amount: '1,5 jt' });
    const done = cardJson(invoke(save.function, { ...sheetsEvent(ws), ...save.event }));
    // Receipt 1 was her pokok at registration; this is receipt 2.
    expect(notificationText(done)).toBe('Setoran simpanan sukarela Siti Aminah (A-0001) dicatat. Kuitansi KW-2026-00002: Rp1.500.000.');
    expect(labels(done)).toEqual({
      'No kuitansi': 'KW-2026-00002',
      Jumlah: 'Rp1.500.000',
      Terbilang: 'satu juta lima ratus ribu rupiah',
      'Saldo simpanan sukarela sekarang': 'Rp1.500.000',
    });

    const again = cardJson(invoke(save.function, { ...sheetsEvent(ws), ...save.event }));
    expect(notificationText(again)).toBe('Sudah dicatat dengan kuitansi KW-2026-00002 (tombol ditekan dua kali). Tidak dicatat lagi.');
    const journal = ws.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Jurnal')!;
    expect(journal.getLastRow()).toBe(1 + 2 + 2); // header, registration's two lines, the deposit's two
  });

  it('refuses a wajib withdrawal in plain words', () => {
    const { ws, invoke, home } = withSiti();
    const open = clickEvent(home, 'Setor atau tarik simpanan');
    const [form] = cardsIn(cardJson(invoke(open.function, { ...sheetsEvent(ws), ...open.event })));
    const save = clickEvent(form, 'Simpan', { type: 'wajib', direction: 'withdrawal', amount: '20.000' });
    expect(notificationText(cardJson(invoke(save.function, { ...sheetsEvent(ws), ...save.event })))).toMatch(/^Simpanan wajib tidak bisa ditarik\./);
  });

  it('works out a leaving member\'s settlement first, then records it from the confirmation card', () => {
    const ctx = withSiti();
    const [form] = cardsIn(click(ctx, ctx.home, 'Anggota keluar'));
    const [preview] = cardsIn(click(ctx, form, 'Hitung pengembalian'));
    // Her pokok Rp100.000 is all she has; no loan: all of it paid out.
    expect(labels(preview)).toEqual({
      'Simpanan pokok': 'Rp100.000', 'Simpanan wajib': 'Rp0', 'Simpanan sukarela': 'Rp0',
      'Jumlah simpanan dikembalikan': 'Rp100.000', 'Dibayar tunai kepada anggota': 'Rp100.000',
    });
    const members = () => (ctx.ws.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('Anggota')!.getDataRange().getValues();
    expect(members()[1][8]).toBe('aktif'); // the preview wrote nothing
    const done = click(ctx, preview, 'Catat keluar');
    expect(notificationText(done)).toBe('Siti Aminah (A-0001) sudah keluar. Kuitansi KW-2026-00002: dibayar tunai Rp100.000.');
    expect(members()[1][8]).toBe('keluar');
  });
});
