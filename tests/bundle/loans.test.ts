import { cardJson, cardsIn, clickEvent, findWidgets, notificationText } from '../../local/emulator/card';
import type { Workspace } from '../../local/emulator';
import { bundleOn, sheetsEvent } from './harness';

const KETUA = 'ketua@koperasi.example';
const BENDAHARA = 'bendahara@koperasi.example';
const SEKRETARIS = 'sekretaris@koperasi.example';

function sheet(ws: Workspace, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  return ws.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
}

/** Types an email into the settings tab's row for a role, as the ketua would. */
function setRole(ws: Workspace, role: string, email: string): void {
  const settings = sheet(ws, 'Pengaturan');
  const row = settings.getDataRange().getValues().findIndex((r) => r[0] === role);
  settings.getRange(row + 1, 2).setValue(email);
}

function texts(tree: unknown): string[] {
  return findWidgets(tree).map((w) => w.textParagraph?.text ?? w.decoratedText?.text).filter(Boolean);
}

/** A cooperative set up on 2026-03-02 with its managers, and Siti (A-0001) registered with Rp400.000 saved. */
function cooperative() {
  const { ws, invoke } = bundleOn({ user: KETUA, now: new Date('2026-03-02T02:00:00Z') });
  invoke('onSetup', sheetsEvent(ws));
  setRole(ws, 'bendahara', BENDAHARA);
  setRole(ws, 'sekretaris', SEKRETARIS);
  invoke('onSetup', sheetsEvent(ws));
  /** Clicks a button of a card as a user, with inputs; returns the answer as JSON. */
  const click = (user: string, tree: unknown, text: string, inputs = {}) => {
    ws.setUser(user);
    const c = clickEvent(tree, text, inputs);
    return cardJson(invoke(c.function, { ...sheetsEvent(ws), ...c.event }));
  };
  const open = (user: string, menuButton: string) => cardsIn(click(user, cardJson(invoke('onSheetsHomepage', sheetsEvent(ws))), menuButton))[0];
  click(SEKRETARIS, open(SEKRETARIS, 'Daftarkan anggota baru'), 'Simpan', { name: 'Siti Aminah', wajib: '300.000' });
  return { ws, click, open };
}

describe('loans through the built bundle', () => {
  it('takes Siti\'s loan from application to her first installment, each step by its own manager', () => {
    const { ws, click, open } = cooperative();
    // Three months later she has been a member long enough for the Pinjaman Usaha.
    ws.advanceTime(Date.parse('2026-06-02T02:00:00Z') - ws.now().getTime());
    const form = open(SEKRETARIS, 'Catat pengajuan pinjaman');
    const recorded = click(SEKRETARIS, form, 'Simpan', { memberId: 'A-0001', amount: '1.200.000', termMonths: '12', purpose: 'Modal warung sembako' });
    expect(notificationText(recorded)).toBe('Pengajuan PG-2026-0001 untuk Siti Aminah tercatat: Rp1.200.000, 12 bulan. Menunggu persetujuan ketua.');

    const decisions = open(KETUA, 'Setujui dan cairkan pinjaman');
    expect(findWidgets(decisions).some((w) => w.decoratedText?.topLabel === 'PG-2026-0001 · A-0001 Siti Aminah')).toBe(true);
    const approved = click(KETUA, decisions, 'Setujui');
    expect(notificationText(approved)).toBe('Pengajuan PG-2026-0001 disetujui. Bendahara bisa mencairkannya.');

    const [payoutList] = cardsIn(approved);
    const paidOut = click(BENDAHARA, payoutList, 'Cairkan');
    // 1% fee (Rp12.000) taken off the Rp1.200.000.
    expect(notificationText(paidOut)).toBe(
      'Pinjaman P-2026-0001 untuk Siti Aminah dicairkan. Uang yang diterima anggota: Rp1.188.000 (biaya admin Rp12.000). Kuitansi KW-2026-00002. Angsuran pertama 2026-07-02.',
    );
    expect(notificationText(click(BENDAHARA, payoutList, 'Cairkan'))).toBe('Pinjaman P-2026-0001 sudah dicairkan sebelumnya (tombol ditekan dua kali).');
    expect(sheet(ws, 'Jadwal Angsuran').getLastRow()).toBe(13);

    ws.advanceTime(Date.parse('2026-07-02T02:00:00Z') - ws.now().getTime());
    const payForm = open(BENDAHARA, 'Terima angsuran');
    const loanChoice = findWidgets(payForm, (w) => w.selectionInput?.name === 'loanId')[0].selectionInput.items[0];
    // Due today: Rp118.000; paying all off today: Rp1.200.000 + this month's Rp18.000.
    expect(loanChoice.text).toBe('P-2026-0001 Siti Aminah (tagihan Rp118.000, lunas Rp1.218.000)');
    expect(notificationText(click(BENDAHARA, payForm, 'Terima', { amount: '' }))).toBe('Isi jumlahnya dulu, misalnya 50.000.');
    const paid = click(BENDAHARA, payForm, 'Terima', { amount: '118.000' });
    expect(notificationText(paid)).toBe('Angsuran P-2026-0001 Siti Aminah diterima: Rp118.000. Kuitansi KW-2026-00003.');
    expect(texts(cardsIn(paid)[0])).toEqual([
      'Angsuran P-2026-0001 Siti Aminah diterima: Rp118.000. Kuitansi KW-2026-00003.',
      'Denda Rp0, Jasa Rp18.000, Pokok Rp100.000, sisa pokok Rp1.100.000.',
      'Rp118.000: seratus delapan belas ribu rupiah',
    ]);
  });

  it('tells the ketua in plain words why she cannot approve an application she recorded', () => {
    const { ws, click, open } = cooperative();
    ws.advanceTime(Date.parse('2026-06-02T02:00:00Z') - ws.now().getTime());
    click(KETUA, open(KETUA, 'Catat pengajuan pinjaman'), 'Simpan', { memberId: 'A-0001', amount: '1.200.000', termMonths: '12', purpose: 'Modal' });
    const refused = click(KETUA, open(KETUA, 'Setujui dan cairkan pinjaman'), 'Setujui');
    expect(notificationText(refused)).toBe(`Yang menyetujui harus orang lain, bukan yang mencatat (${KETUA}).`);
    const tooMuch = click(SEKRETARIS, open(SEKRETARIS, 'Catat pengajuan pinjaman'), 'Simpan', { memberId: 'A-0001', amount: '2 jt', termMonths: '12', purpose: 'Modal' });
    // Every reason at once: her first application is still open, and Rp2.000.000 is above 3 x Rp400.000.
    expect(notificationText(tooMuch)).toBe([
      'Pengajuan pinjaman belum bisa dicatat:',
      'Anggota ini masih punya pengajuan PG-2026-0001 dari 2026-06-02 yang belum selesai.',
      'Pinjaman Usaha: pinjaman paling banyak 3 kali simpanan, yaitu Rp1.200.000.',
    ].join('\n'));
  });

  it('rejects with the reason given, and waives part of a late penalty with the ketua\'s reason', () => {
    const { ws, click, open } = cooperative();
    ws.advanceTime(Date.parse('2026-06-02T02:00:00Z') - ws.now().getTime());
    const apply = (purpose: string) => click(SEKRETARIS, open(SEKRETARIS, 'Catat pengajuan pinjaman'), 'Simpan', { memberId: 'A-0001', amount: '1.200.000', termMonths: '12', purpose });
    apply('Renovasi dapur');
    const noReason = click(KETUA, open(KETUA, 'Setujui dan cairkan pinjaman'), 'Tolak');
    expect(notificationText(noReason)).toBe('Tulis alasan penolakan pengajuan PG-2026-0001.');
    const rejected = click(KETUA, open(KETUA, 'Setujui dan cairkan pinjaman'), 'Tolak', { 'note_PG-2026-0001': 'Bukan untuk usaha' });
    expect(notificationText(rejected)).toBe('Pengajuan PG-2026-0001 ditolak. Alasan: Bukan untuk usaha');

    apply('Modal warung');
    const approved = click(KETUA, open(KETUA, 'Setujui dan cairkan pinjaman'), 'Setujui');
    click(BENDAHARA, cardsIn(approved)[0], 'Cairkan');
    // Installment 1 (Rp118.000, due 2026-07-02) unpaid: 2% = Rp2.360 charged on 2026-07-10, after 7 grace days.
    ws.advanceTime(Date.parse('2026-07-20T02:00:00Z') - ws.now().getTime());
    const waiverForm = open(KETUA, 'Hapus denda');
    expect(findWidgets(waiverForm, (w) => w.selectionInput?.name === 'loanId')[0].selectionInput.items.map((i: any) => i.text)).toEqual(['P-2026-0001 Siti Aminah (denda Rp2.360)']);
    const waived = click(KETUA, waiverForm, 'Hapus denda', { amount: '1.000', reason: 'Sakit, dirawat di rumah sakit' });
    expect(notificationText(waived)).toBe('Denda P-2026-0001 Siti Aminah dihapus Rp1.000. Sisa denda Rp1.360.');
  });
});
