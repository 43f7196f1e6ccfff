import { setupLedger } from '../../src/app/setup';
import { appendRows, readTable, updateRows, type Row } from '../../src/workspace/table';
import { MEMBERS } from '../../src/workspace/schema';
import { SPARE_ROWS } from '../../src/workspace/row-formats';
import { spreadsheet, tabRecords, useWorkspace } from '../app/harness';

const TZ = 'Asia/Jakarta';
const member = (id: string, extra: Record<string, string> = {}) => ({
  id, name: `Anggota ${id}`, nik: '0071014501800001', phone: '081234567890', address: 'Jambi', email: '', joinDate: '2026-01-05', group: 'Mawar', status: 'aktif', exitDate: '', note: '', ...extra,
});

/** The Sheets calls a step made, by method. */
function callsOf(ws: ReturnType<typeof useWorkspace>, step: () => void): Record<string, number> {
  ws.resetCallCounts();
  step();
  return ws.callCounts();
}

describe('appending to a ledger tab', () => {
  it('writes one block of values into the formatted spare rows setup keeps below the data: two calls', () => {
    const ws = useWorkspace();
    setupLedger();
    const sheet = spreadsheet(ws).getSheetByName('Anggota')!;
    expect(sheet.getMaxRows() - sheet.getLastRow()).toBeGreaterThanOrEqual(SPARE_ROWS);
    const table = readTable(spreadsheet(ws), MEMBERS, TZ);
    const calls = callsOf(ws, () => appendRows(table, [member('A-0001'), member('A-0002')]));
    expect(calls).toEqual({ 'SpreadsheetApp.Sheet.getRange': 1, 'SpreadsheetApp.Range.setValues': 1 });
    expect(tabRecords(ws, 'Anggota').map((r) => [r['ID Anggota'], r.NIK, r.Telepon])).toEqual([
      ['A-0001', '0071014501800001', '081234567890'],
      ['A-0002', '0071014501800001', '081234567890'],
    ]);
  });

  it('when the spare rows have run out, adds rows with the same formats and dropdowns, and keeps text as text', () => {
    const ws = useWorkspace();
    setupLedger();
    const sheet = spreadsheet(ws).getSheetByName('Anggota')!;
    appendRows(readTable(spreadsheet(ws), MEMBERS, TZ), [member('A-0001')]);
    sheet.deleteRows(3, sheet.getMaxRows() - 2); // a tab with no spare row left
    expect(sheet.getMaxRows()).toBe(2);

    const table = readTable(spreadsheet(ws), MEMBERS, TZ);
    appendRows(table, [member('A-0002', { name: '=IMPORTRANGE("x","A1")', phone: '+6281234567890' })]);
    expect(tabRecords(ws, 'Anggota')[1]).toMatchObject({ 'ID Anggota': 'A-0002', Nama: '=IMPORTRANGE("x","A1")', NIK: '0071014501800001', Telepon: '+6281234567890' });
    expect(sheet.getRange(3, 2).getFormula()).toBe('');
    expect(sheet.getRange(3, 7).getNumberFormat()).toBe('yyyy-mm-dd');
    expect(sheet.getRange(3, 9).getDataValidation()?.getCriteriaValues()[0]).toEqual(['aktif', 'keluar']);
    expect(sheet.getMaxRows() - sheet.getLastRow()).toBe(SPARE_ROWS);
    expect(sheet.getRange(sheet.getMaxRows(), 4).getNumberFormat()).toBe('@');

    // And the next append is back to one block of values.
    const calls = callsOf(ws, () => appendRows(table, [member('A-0003', { phone: '0812' })]));
    expect(calls).toEqual({ 'SpreadsheetApp.Sheet.getRange': 1, 'SpreadsheetApp.Range.setValues': 1 });
    expect(tabRecords(ws, 'Anggota')[2].Telepon).toBe('0812');
  });

  it('takes the rows it added back out when Google fails to format them, so nothing is ever written into unformatted rows', () => {
    const ws = useWorkspace();
    setupLedger();
    const sheet = spreadsheet(ws).getSheetByName('Anggota')!;
    appendRows(readTable(spreadsheet(ws), MEMBERS, TZ), [member('A-0001')]);
    sheet.deleteRows(3, sheet.getMaxRows() - 2); // no spare row left
    ws.faults.failAt(1, { key: 'SpreadsheetApp.Range.setNumberFormats' });
    expect(() => appendRows(readTable(spreadsheet(ws), MEMBERS, TZ), [member('A-0002', { phone: '0812' })])).toThrow();
    expect(sheet.getMaxRows()).toBe(2);
    // Pressed again: rows added and formatted, and the phone keeps its leading zero.
    appendRows(readTable(spreadsheet(ws), MEMBERS, TZ), [member('A-0002', { phone: '0812' })]);
    expect(tabRecords(ws, 'Anggota').map((r) => r.Telepon)).toEqual(['081234567890', '0812']);
  });

  it('writes the block on a second try when Google refuses the first (the rows it adds first stay blank and formatted)', () => {
    const ws = useWorkspace();
    setupLedger();
    const table = readTable(spreadsheet(ws), MEMBERS, TZ);
    ws.faults.failAt(1, { key: 'SpreadsheetApp.Range.setValues' });
    appendRows(table, [member('A-0001', { phone: '0812' })]);
    expect(tabRecords(ws, 'Anggota').map((r) => [r['ID Anggota'], r.Telepon])).toEqual([['A-0001', '0812']]);
  });
});

describe('updating rows of a ledger tab', () => {
  it('writes only the changed columns: a cell the manager changed by hand elsewhere in the row is left as it is', () => {
    const ws = useWorkspace();
    setupLedger();
    const sheet = spreadsheet(ws).getSheetByName('Anggota')!;
    appendRows(readTable(spreadsheet(ws), MEMBERS, TZ), [member('A-0001'), member('A-0002')]);
    // A manager set the phone column back to automatic format and typed a note by hand.
    sheet.getRange(2, 4, 2, 1).setNumberFormat('General');
    sheet.getRange(3, 11).setValue('pindah ke Muaro Jambi');

    const table = readTable(spreadsheet(ws), MEMBERS, TZ);
    const calls = callsOf(ws, () => updateRows(table, new Map<number, Row>([[0, { status: 'keluar', exitDate: '2026-03-01' }], [1, { status: 'keluar' }]])));
    expect(calls).toEqual({ 'SpreadsheetApp.Sheet.getRange': 1, 'SpreadsheetApp.Range.setValues': 1 });
    expect(tabRecords(ws, 'Anggota').map((r) => [r.Telepon, r.Status, r['Tanggal Keluar'] instanceof Date, r.Catatan])).toEqual([
      ['081234567890', 'keluar', true, ''],
      ['081234567890', 'keluar', false, 'pindah ke Muaro Jambi'],
    ]);
  });
});

describe('reading a ledger tab with notes typed below it', () => {
  it('reads the data block from row 2, names a note past a blank gap, and keeps a row cleared inside the data in its place', () => {
    const ws = useWorkspace();
    setupLedger();
    const sheet = spreadsheet(ws).getSheetByName('Anggota')!;
    appendRows(readTable(spreadsheet(ws), MEMBERS, TZ), [member('A-0001'), member('A-0002'), member('A-0003')]);
    sheet.getRange(20, 2).setValue('catatan: rapat Sabtu');
    sheet.getRange(21, 1, 1, 2).setValues([['lihat juga', 'buku kas']]);
    let table = readTable(spreadsheet(ws), MEMBERS, TZ);
    expect(table.rows.map((r) => r.id)).toEqual(['A-0001', 'A-0002', 'A-0003']);
    expect(table.notes).toEqual([20, 21]);

    sheet.getRange(3, 1, 1, sheet.getLastColumn()).clearContent(); // A-0002's row cleared by hand
    table = readTable(spreadsheet(ws), MEMBERS, TZ);
    expect(table.rows.map((r) => r.id)).toEqual(['A-0001', '', 'A-0003']);
    expect(table.notes).toEqual([20, 21]);
  });

  it('appends right after the data, and pushes down a note the rows would reach instead of writing over it', () => {
    const ws = useWorkspace();
    setupLedger();
    const sheet = spreadsheet(ws).getSheetByName('Anggota')!;
    appendRows(readTable(spreadsheet(ws), MEMBERS, TZ), [member('A-0001')]);
    sheet.getRange(4, 2).setValue('catatan');
    const table = readTable(spreadsheet(ws), MEMBERS, TZ);
    appendRows(table, [member('A-0002'), member('A-0003')]);
    appendRows(table, [member('A-0004')]);
    const ids = tabRecords(ws, 'Anggota').map((r) => r['ID Anggota']);
    expect(ids.slice(0, 4)).toEqual(['A-0001', 'A-0002', 'A-0003', 'A-0004']);
    const noteAt = tabRecords(ws, 'Anggota').findIndex((r) => r.Nama === 'catatan') + 2;
    expect(noteAt).toBe(4 + 2 + SPARE_ROWS);
    expect(table.notes).toEqual([noteAt]);
  });
});
