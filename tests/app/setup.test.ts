import { setupLedger } from '../../src/app/setup';
import { registerMember } from '../../src/app/members/members';
import { recordSavings } from '../../src/app/savings';
import { LumbungError } from '../../src/domain/errors';
import { verifyLedger } from '../../src/app/books/verify';
import { BENDAHARA, KETUA, SEKRETARIS, STRANGER, as, setSetting, spreadsheet, tabRecords, tabValues, useWorkspace } from './harness';
import { deposit, smallBooks } from './books-fixtures';

const TABS = ['Ringkasan', 'Anggota', 'Jurnal', 'Pinjaman', 'Jadwal Angsuran', 'Pengajuan', 'Rapat', 'Arsip', 'Pengaturan', 'Produk Pinjaman', 'Impor'];

function snapshot(ws: ReturnType<typeof useWorkspace>): Record<string, unknown[][]> {
  return Object.fromEntries(spreadsheet(ws).getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]));
}

describe('setupLedger', () => {
  it('makes every tab of the ledger with a frozen Indonesian header, and the one who sets up becomes ketua', () => {
    const ws = useWorkspace({ user: KETUA });
    const report = setupLedger();
    expect(report.firstTime).toBe(true);
    const ss = spreadsheet(ws);
    for (const name of TABS) {
      const sheet = ss.getSheetByName(name)!;
      expect(sheet).not.toBeNull();
      expect(sheet.getFrozenRows()).toBe(1);
    }
    expect(tabValues(ws, 'Anggota')[0]).toEqual(['ID Anggota', 'Nama', 'NIK', 'Telepon', 'Alamat', 'Email', 'Tanggal Masuk', 'Kelompok', 'Status', 'Tanggal Keluar', 'Catatan']);
    const settings = Object.fromEntries(tabRecords(ws, 'Pengaturan').map((r) => [r.Kunci, r.Nilai]));
    expect(settings.ketua).toBe(KETUA);
    expect(tabRecords(ws, 'Produk Pinjaman').length).toBeGreaterThanOrEqual(1);
    expect(ws.globals.PropertiesService.getDocumentProperties().getProperty('lumbung.schemaVersion')).toBe('3');
  });

  it('formats money, dates and text columns, and offers the status dropdown', () => {
    const ws = useWorkspace();
    setupLedger();
    const journal = spreadsheet(ws).getSheetByName('Jurnal')!;
    const headers = tabValues(ws, 'Jurnal')[0];
    const col = (h: string) => headers.indexOf(h) + 1;
    expect(journal.getRange(2, col('Debit')).getNumberFormat()).toBe('"Rp"#,##0');
    expect(journal.getRange(2, col('Tanggal')).getNumberFormat()).toBe('yyyy-mm-dd');
    expect(journal.getRange(5, col('Keterangan')).getNumberFormat()).toBe('@');
    const members = spreadsheet(ws).getSheetByName('Anggota')!;
    const rule = members.getRange(2, 9).getDataValidation()!;
    expect(rule.getCriteriaValues()[0]).toEqual(['aktif', 'keluar']);
  });

  it('run again on a ledger full of data changes no row, adds no tab and no setting twice', () => {
    const ws = useWorkspace({ user: KETUA });
    setupLedger();
    setSetting(ws, 'bendahara', BENDAHARA);
    setupLedger();
    as(ws, BENDAHARA, () => {
      for (let i = 0; i < 5; i++) registerMember({ name: `Anggota ${i}`, nik: '', phone: '0812000000' + i, address: 'Jambi', email: '', group: 'Mawar', requestId: `r${i}` });
    });
    const before = snapshot(ws);
    const report = setupLedger();
    expect(report.firstTime).toBe(false);
    expect(report.tabs.every((t) => !t.created && t.addedColumns.length === 0)).toBe(true);
    expect(report.settingsAdded).toEqual([]);
    expect(snapshot(ws)).toEqual(before);
    expect(spreadsheet(ws).getSheets().length).toBe(Object.keys(before).length);
  });

  it('keeps a manager\'s own column and puts back a deleted one at the end', () => {
    const ws = useWorkspace();
    setupLedger();
    const members = spreadsheet(ws).getSheetByName('Anggota')!;
    members.deleteColumn(11); // Catatan
    members.getRange(1, 11).setValue('Nomor WA');
    setupLedger();
    expect(tabValues(ws, 'Anggota')[0].slice(9)).toEqual(['Tanggal Keluar', 'Nomor WA', 'Catatan']);
  });

  it('finishes a first setup that was cut off before the settings were written, its runner still ketua', () => {
    const ws = useWorkspace({ user: KETUA });
    // The tenth tab to be made (Produk Pinjaman) fails: Pengaturan exists, empty, and nobody has a role yet.
    ws.faults.failAt(10, { key: 'SpreadsheetApp.Spreadsheet.insertSheet' });
    expect(() => setupLedger()).toThrow(/server error/);
    expect(spreadsheet(ws).getSheetByName('Pengaturan')).not.toBeNull();
    expect(spreadsheet(ws).getSheetByName('Produk Pinjaman')).toBeNull();
    setupLedger();
    for (const name of TABS) expect(spreadsheet(ws).getSheetByName(name)).not.toBeNull();
    expect(tabRecords(ws, 'Pengaturan').find((r) => r.Kunci === 'ketua')?.Nilai).toBe(KETUA);
    expect(tabRecords(ws, 'Produk Pinjaman').length).toBeGreaterThan(0);
  });

  it('repairs a settings tab whose Keterangan column a manager deleted', () => {
    const ws = useWorkspace({ user: KETUA });
    setupLedger();
    spreadsheet(ws).getSheetByName('Pengaturan')!.deleteColumn(3);
    setupLedger();
    expect(tabValues(ws, 'Pengaturan')[0]).toEqual(['Kunci', 'Nilai', 'Keterangan']);
    expect(() => as(ws, STRANGER, () => setupLedger())).toThrow(LumbungError);
  });

  it('never takes books whose Pengaturan someone emptied for new books: the one who presses does not become ketua', () => {
    const ws = smallBooks();
    setSetting(ws, 'sekretaris', SEKRETARIS);
    as(ws, KETUA, () => setupLedger());
    const journal = tabRecords(ws, 'Jurnal');
    const settings = spreadsheet(ws).getSheetByName('Pengaturan')!;
    settings.getRange(2, 1, settings.getLastRow() - 1, settings.getLastColumn()).clearContent();
    expect(() => as(ws, SEKRETARIS, () => setupLedger())).toThrow(expect.objectContaining({ code: 'SETTINGS_EMPTIED' }));
    expect(tabRecords(ws, 'Pengaturan').filter((r) => r.Kunci !== '')).toEqual([]);
    expect(tabRecords(ws, 'Jurnal')).toEqual(journal);
  });

  it('lets only the ketua run it again once the ledger exists', () => {
    const ws = useWorkspace({ user: KETUA });
    setupLedger();
    expect(() => as(ws, STRANGER, () => setupLedger())).toThrow(LumbungError);
  });

  it('protects the data tabs: someone who is not a manager cannot type into them', () => {
    const ws = useWorkspace({ user: KETUA });
    setupLedger();
    setSetting(ws, 'bendahara', BENDAHARA);
    setupLedger(); // the new bendahara becomes an editor of the protected tabs
    const jurnal = spreadsheet(ws).getSheetByName('Jurnal')!;
    expect(() => as(ws, STRANGER, () => jurnal.getRange(2, 1).setValue(1))).toThrow('You are trying to edit a protected cell or object.');
    expect(() => as(ws, BENDAHARA, () => jurnal.getRange(2, 1).setValue(1))).not.toThrow();
  });
});

/** The Jurnal's header row as Lumbung wrote it before schema 2: the kind's code under "Jenis". */
const OLD_HEADERS = ['No', 'ID Jurnal', 'Tanggal', 'Jenis', 'Keterangan', 'Akun', 'Debit', 'Kredit', 'ID Anggota', 'Jenis Simpanan',
  'ID Pinjaman', 'Pihak', 'Membalik', 'Alasan', 'No Kuitansi', 'Kunci', 'Dicatat Oleh', 'Waktu Catat', 'Hash'];

/**
 * The small books as an older Lumbung left them: the same rows (their hashes cover the same values
 * in the same order), with the codes in "Jenis", no words, and schema version 1.
 */
function oldBooks() {
  const ws = smallBooks();
  const sheet = spreadsheet(ws).getSheetByName('Jurnal')!;
  sheet.deleteColumn(sheet.getLastColumn()); // "Rincian" came with schema 3
  sheet.deleteColumn(4);
  sheet.getRange(1, 4).setValue('Jenis');
  ws.globals.PropertiesService.getDocumentProperties().setProperty('lumbung.schemaVersion', '1');
  ws.setUser(KETUA);
  return { ws, sheet };
}

describe('setupLedger on a journal from before schema 2 (kind codes under "Jenis")', () => {
  it('is what an older Lumbung wrote, and asks for setup before anything reads it', () => {
    const { ws } = oldBooks();
    expect(tabValues(ws, 'Jurnal')[0]).toEqual(OLD_HEADERS);
    expect(tabRecords(ws, 'Jurnal').map((r) => r.Jenis).slice(0, 4)).toEqual(['member_join', 'member_join', 'member_join', 'member_join']);
    expect(() => verifyLedger()).toThrow(expect.objectContaining({ code: 'LEDGER_COLUMN_MISSING' }));
  });

  it('adds the words beside the codes it keeps, Periksa buku still passes, and postings chain on', () => {
    const { ws } = oldBooks();
    const before = tabRecords(ws, 'Jurnal');
    const report = setupLedger();
    expect(report.tabs.find((t) => t.tab === 'Jurnal')!.addedColumns).toEqual(['Jenis', 'Rincian']);
    expect(tabValues(ws, 'Jurnal')[0].slice(2, 6)).toEqual(['Tanggal', 'Jenis', 'Kode Jenis', 'Keterangan']);
    const after = tabRecords(ws, 'Jurnal');
    // Every old cell as it was, the code under its new header; the words and the empty Rincian are new.
    expect(after.map(({ Jenis, 'Kode Jenis': code, Rincian, ...rest }) => ({ ...rest, Jenis: code, blank: Rincian }))).toEqual(before.map((r) => ({ ...r, blank: '' })));
    expect([...new Set(after.map((r) => `${r.Jenis} = ${r['Kode Jenis']}`))]).toEqual([
      'Anggota baru = member_join', 'Setoran simpanan = savings_deposit', 'Pencairan pinjaman = loan_disbursement', 'Bayar angsuran = installment_payment',
    ]);
    expect(verifyLedger().report).toMatchObject({ ok: true, lines: 19 });

    as(ws, BENDAHARA, () => deposit('A-0001', 'sukarela', 10_000, '2026-06-15'));
    expect(tabRecords(ws, 'Jurnal').slice(-2).map((r) => [r.No, r.Jenis, r['Kode Jenis']])).toEqual([
      [20, 'Setoran simpanan', 'savings_deposit'], [21, 'Setoran simpanan', 'savings_deposit'],
    ]);
    expect(verifyLedger().report).toMatchObject({ ok: true, lines: 21 });

    const migrated = snapshot(ws);
    expect(setupLedger().tabs.every((t) => t.addedColumns.length === 0)).toBe(true);
    expect(snapshot(ws)).toEqual(migrated);
  });

  it('finishes a migration cut off before the words were written', () => {
    const { ws } = oldBooks();
    // The second block written is the words (the first, the two headers).
    ws.faults.failAt(2, { key: 'SpreadsheetApp.Range.setValues' });
    expect(() => setupLedger()).toThrow(/server error/);
    expect(tabRecords(ws, 'Jurnal').every((r) => r.Jenis === '')).toBe(true);
    setupLedger();
    expect(tabRecords(ws, 'Jurnal').every((r) => r.Jenis !== '' && r.Jenis !== r['Kode Jenis'])).toBe(true);
    expect(verifyLedger().report.ok).toBe(true);
  });

  it('leaves Periksa buku to name a word retyped by hand', () => {
    const { sheet } = oldBooks();
    setupLedger();
    sheet.getRange(7, 4).setValue('Setoran pokok'); // row 7: Rahma's sukarela, J-000003, code savings_deposit
    expect(verifyLedger().report.findings.map((f) => [f.details.code, f.index + 2, f.entryId])).toEqual([['JOURNAL_ROW_EDITED', 7, 'J-000003']]);
  });
});

describe('setupLedger on a journal from schema 2 (no "Rincian")', () => {
  function schema2Books() {
    const ws = smallBooks();
    const sheet = spreadsheet(ws).getSheetByName('Jurnal')!;
    sheet.deleteColumn(sheet.getLastColumn());
    ws.globals.PropertiesService.getDocumentProperties().setProperty('lumbung.schemaVersion', '2');
    ws.setUser(KETUA);
    return ws;
  }

  it('asks for setup first, then adds "Rincian" at the end, rewrites no old cell, and the books still pay out', () => {
    const ws = schema2Books();
    const before = tabRecords(ws, 'Jurnal');
    expect(() => verifyLedger()).toThrow(expect.objectContaining({ code: 'LEDGER_COLUMN_MISSING' }));
    expect(setupLedger().tabs.find((t) => t.tab === 'Jurnal')!.addedColumns).toEqual(['Rincian']);
    expect(tabValues(ws, 'Jurnal')[0].at(-1)).toBe('Rincian');
    expect(tabRecords(ws, 'Jurnal').map(({ Rincian, ...rest }) => ({ ...rest, blank: Rincian }))).toEqual(before.map((r) => ({ ...r, blank: '' })));
    expect(verifyLedger().report).toMatchObject({ ok: true, lines: before.length });
    // The seal saved before the column came still matches: a withdrawal (money out) is not refused.
    as(ws, BENDAHARA, () => deposit('A-0001', 'sukarela', 10_000, '2026-06-15'));
    const out = as(ws, BENDAHARA, () => recordSavings({ memberId: 'A-0001', type: 'sukarela', direction: 'withdrawal', amount: 10_000, requestId: 'w-after-upgrade' }));
    expect(out.repeated).toBe(false);
    expect(verifyLedger().report).toMatchObject({ ok: true, lines: before.length + 4 });
    expect(setupLedger().tabs.every((t) => t.addedColumns.length === 0)).toBe(true);
  });
});
