import { BENDAHARA, KETUA, ledgerOnBundle, rowsOf, SEKRETARIS, setSetting, sheetsEvent } from './harness';
import { openPanel } from './panel';

/** A cooperative set up on 2026-03-02 with its managers, and Siti (A-0001) registered with Rp400.000 saved. */
function cooperative() {
  const bundle = ledgerOnBundle(KETUA);
  const { ws } = bundle;
  setSetting(ws, 'bendahara', BENDAHARA);
  setSetting(ws, 'sekretaris', SEKRETARIS);
  bundle.invoke('onSetup', sheetsEvent(ws)); // run again: the new managers get their protections
  /** A manager opens her panel and presses a button of the homepage. */
  const open = (user: string, menuButton: string) => openPanel(ws, bundle, { user }).click(menuButton);
  open(SEKRETARIS, 'Daftarkan anggota baru').fill({ name: 'Siti Aminah', wajib: '300.000' }).click('Simpan');
  const until = (iso: string) => ws.advanceTime(Date.parse(`${iso}T02:00:00Z`) - ws.now().getTime());
  return { ws, open, until };
}

describe('loans through the built bundle', () => {
  it('takes Siti\'s loan from application to her first installment, each step by its own manager', () => {
    const { ws, open, until } = cooperative();
    // Three months later she has been a member long enough for the Pinjaman Usaha.
    until('2026-06-02');
    const recorded = open(SEKRETARIS, 'Catat pengajuan pinjaman').fill({ memberId: 'A-0001', amount: '1.200.000', termMonths: '12', purpose: 'Modal warung sembako' }).click('Simpan');
    expect(recorded.notification).toBe('Pengajuan PG-2026-0001 untuk Siti Aminah tercatat: Rp1.200.000, 12 bulan. Menunggu persetujuan ketua.');

    const ketua = open(KETUA, 'Setujui dan cairkan pinjaman');
    expect(ketua.lines.some((l) => l.startsWith('PG-2026-0001 · A-0001 Siti Aminah: '))).toBe(true);
    expect(ketua.click('Setujui').notification).toBe('Pengajuan PG-2026-0001 disetujui. Bendahara bisa mencairkannya.');
    expect(rowsOf(ws, 'Pengajuan').map((r) => [r['ID Pengajuan'], r.Status, r['Diputuskan Oleh']])).toEqual([['PG-2026-0001', 'disetujui', KETUA]]);

    const bendahara = open(BENDAHARA, 'Setujui dan cairkan pinjaman');
    // 1% fee (Rp12.000) taken off the Rp1.200.000.
    expect(bendahara.doubleClick('Cairkan')).toEqual([
      'Pinjaman P-2026-0001 untuk Siti Aminah dicairkan. Uang yang diterima anggota: Rp1.188.000 (biaya admin Rp12.000). Kuitansi KW-2026-00002. Angsuran pertama 2026-07-02.',
      'Pinjaman P-2026-0001 sudah dicairkan sebelumnya (tombol ditekan dua kali).',
    ]);
    expect(rowsOf(ws, 'Jadwal Angsuran')).toHaveLength(12);
    expect(rowsOf(ws, 'Pinjaman').map((r) => [r['ID Pinjaman'], r['Pokok Pinjaman'], r['Biaya Admin'], r.Status, r['Dicairkan Oleh']]))
      .toEqual([['P-2026-0001', 1_200_000, 12_000, 'berjalan', BENDAHARA]]);

    until('2026-07-02');
    const pay = open(BENDAHARA, 'Terima angsuran');
    // Due today: Rp118.000; paying all off today: Rp1.200.000 + this month's Rp18.000.
    expect(pay.choices('loanId')).toEqual(['P-2026-0001 Siti Aminah (tagihan Rp118.000, lunas Rp1.218.000)']);
    expect(pay.fill({ amount: '' }).click('Terima').notification).toBe('Isi jumlahnya dulu, misalnya 50.000.');
    expect(pay.fill({ amount: '118.000' }).click('Terima').notification).toBe('Angsuran P-2026-0001 Siti Aminah diterima: Rp118.000. Kuitansi KW-2026-00003.');
    expect(pay.texts).toEqual([
      'Angsuran P-2026-0001 Siti Aminah diterima: Rp118.000. Kuitansi KW-2026-00003.',
      'Denda Rp0, Jasa Rp18.000, Pokok Rp100.000, sisa pokok Rp1.100.000.',
      'Rp118.000: seratus delapan belas ribu rupiah',
    ]);
    const installment = rowsOf(ws, 'Jurnal').filter((r) => r['No Kuitansi'] === 'KW-2026-00003');
    expect(installment.map((r) => [r.Akun, r.Debit, r.Kredit])).toEqual([['1-1100', 118_000, ''], ['4-1100', '', 18_000], ['1-1300', '', 100_000]]);
  });

  it('tells the ketua in plain words why she cannot approve an application she recorded', () => {
    const { open, until } = cooperative();
    until('2026-06-02');
    open(KETUA, 'Catat pengajuan pinjaman').fill({ memberId: 'A-0001', amount: '1.200.000', termMonths: '12', purpose: 'Modal' }).click('Simpan');
    expect(open(KETUA, 'Setujui dan cairkan pinjaman').click('Setujui').notification).toBe(`Yang menyetujui harus orang lain, bukan yang mencatat (${KETUA}).`);
    const tooMuch = open(SEKRETARIS, 'Catat pengajuan pinjaman').fill({ memberId: 'A-0001', amount: '2 jt', termMonths: '12', purpose: 'Modal' }).click('Simpan');
    // Every reason at once: her first application is still open, and Rp2.000.000 is above 3 x Rp400.000.
    expect(tooMuch.notification).toBe([
      'Pengajuan pinjaman belum bisa dicatat:',
      'Anggota ini masih punya pengajuan PG-2026-0001 dari 2026-06-02 yang belum selesai.',
      'Pinjaman Usaha: pinjaman paling banyak 3 kali simpanan, yaitu Rp1.200.000.',
    ].join('\n'));
  });

  it('names a wrong amount and a wrong term together, and records nothing', () => {
    const { open, ws } = cooperative();
    const before = rowsOf(ws, 'Pengajuan').length;
    const wrong = open(SEKRETARIS, 'Catat pengajuan pinjaman').fill({ memberId: 'A-0001', amount: 'sejuta', termMonths: 'dua belas', purpose: 'Modal' }).click('Simpan');
    expect(wrong.notification?.split('\n')).toEqual([
      'Jumlah "sejuta" tidak bisa dibaca. Tulis angka saja, misalnya 50.000.',
      'Lama pinjaman harus angka bulan, misalnya 12. Tertulis: dua belas.',
    ]);
    expect(rowsOf(ws, 'Pengajuan')).toHaveLength(before);
  });

  it('rejects with the reason given, and waives part of a late penalty with the ketua\'s reason', () => {
    const { ws, open, until } = cooperative();
    until('2026-06-02');
    const apply = (purpose: string) => open(SEKRETARIS, 'Catat pengajuan pinjaman').fill({ memberId: 'A-0001', amount: '1.200.000', termMonths: '12', purpose }).click('Simpan');
    apply('Renovasi dapur');
    const decisions = open(KETUA, 'Setujui dan cairkan pinjaman');
    expect(decisions.click('Tolak').notification).toBe('Tulis alasan penolakan pengajuan PG-2026-0001.');
    expect(decisions.fill({ 'note_PG-2026-0001': 'Bukan untuk usaha' }).click('Tolak').notification).toBe('Pengajuan PG-2026-0001 ditolak. Alasan: Bukan untuk usaha');

    apply('Modal warung');
    open(KETUA, 'Setujui dan cairkan pinjaman').click('Setujui');
    open(BENDAHARA, 'Setujui dan cairkan pinjaman').click('Cairkan');
    // Installment 1 (Rp118.000, due 2026-07-02) unpaid: 2% = Rp2.360 charged on 2026-07-10, after 7 grace days.
    until('2026-07-20');
    const waiver = open(KETUA, 'Hapus denda');
    expect(waiver.choices('loanId')).toEqual(['P-2026-0001 Siti Aminah (denda Rp2.360)']);
    // An unreadable amount and no reason are named together, and nothing is written.
    const lines = rowsOf(ws, 'Jurnal').length;
    expect(waiver.fill({ amount: 'seribu', reason: '' }).click('Hapus denda').notification?.split('\n')).toEqual([
      'Jumlah "seribu" tidak bisa dibaca. Tulis angka saja, misalnya 50.000.', 'Tulis alasan penghapusan denda.',
    ]);
    expect(rowsOf(ws, 'Jurnal')).toHaveLength(lines);
    expect(waiver.fill({ amount: '1.000', reason: 'Sakit, dirawat di rumah sakit' }).click('Hapus denda').notification).toBe('Denda P-2026-0001 Siti Aminah dihapus Rp1.000. Sisa denda Rp1.360.');
    const waived = rowsOf(ws, 'Jurnal').filter((r) => r.Alasan === 'Sakit, dirawat di rumah sakit');
    expect(waived.map((r) => [r.Akun, r.Debit, r.Kredit, r['ID Pinjaman']])).toEqual([['4-1300', 1_000, '', 'P-2026-0001'], ['1-1410', '', 1_000, 'P-2026-0001']]);
  });
});
