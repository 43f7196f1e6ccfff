import { setupLedger } from '../../src/app/setup';
import { registerMember } from '../../src/app/members/members';
import { LumbungError } from '../../src/domain/errors';
import { BENDAHARA, KETUA, STRANGER, as, setSetting, spreadsheet, tabRecords, tabValues, useWorkspace } from './harness';

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
    expect((ws.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties().getProperty('lumbung.schemaVersion')).toBe('1');
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
