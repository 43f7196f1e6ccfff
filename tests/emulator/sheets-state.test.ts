import { createWorkspace } from '../../local/emulator';
import { workspace } from './sheets-helpers';

describe('SpreadsheetApp: call counting', () => {
  it('counts each script call by class and method, and none for internal work', () => {
    const { ws, sheet } = workspace();
    ws.resetCallCounts();
    const range = sheet.getRange('A1:B2');
    range.setValues([[1, 2], [3, 4]]);
    range.getValues();
    sheet.getDataRange().getValues();
    expect(ws.callCounts()).toEqual({
      'SpreadsheetApp.Range.getValues': 2,
      'SpreadsheetApp.Range.setValues': 1,
      'SpreadsheetApp.Sheet.getDataRange': 1,
      'SpreadsheetApp.Sheet.getRange': 1,
    });
  });

  it('fails a call by fault injection with Google\'s server error', () => {
    const { ws, sheet } = workspace();
    ws.faults.failAt(1, { key: 'SpreadsheetApp.Range.setValues' });
    expect(() => sheet.getRange('A1').setValues([[1]])).toThrow("We're sorry, a server error occurred. Please wait a bit and try again.");
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  it('throws "not implemented" for a member the emulator lacks', () => {
    const { sheet } = workspace();
    expect(() => sheet.getCharts()).toThrow('not implemented in the emulator: SpreadsheetApp.Sheet.getCharts');
  });
});

describe('SpreadsheetApp: save and continue', () => {
  it('continues exactly from saved state: values, formats, protection, names, locale', () => {
    const { ws, ss, sheet, app } = workspace({ user: 'ketua@koperasi.example' });
    ss.setSpreadsheetLocale('id_ID');
    const anggota = ss.insertSheet('Anggota');
    anggota.getRange('B:B').setNumberFormat('@');
    anggota.appendRow(['A-0001', '0812345', new Date('2026-04-30T17:00:00Z'), 250000]);
    anggota.getRange('D1').setNumberFormat('"Rp"#,##0');
    ss.setNamedRange('Nomor', anggota.getRange('A:A'));
    const p = anggota.protect();
    p.removeEditors(p.getEditors());
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireCheckbox().build());

    const again = createWorkspace({ state: ws.save(), user: 'anggota@koperasi.example' });
    const ss2 = again.globals.SpreadsheetApp.getActiveSpreadsheet();
    const tab = ss2.getSheetByName('Anggota')!;
    expect(ss2.getId()).toBe(ss.getId());
    expect(tab.getRange('A1:D1').getDisplayValues()).toEqual([['A-0001', '0812345', '01/05/2026', 'Rp250.000']]);
    expect((tab.getRange('C1').getValue() as Date).toISOString()).toBe('2026-04-30T17:00:00.000Z');
    expect(ss2.getRangeByName('Nomor')!.getA1Notation()).toBe('A1:A1000');
    expect(() => tab.getRange('A2').setValue('x')).toThrow('You are trying to edit a protected cell');
    expect(ss2.getSheets()[0].getRange('A1').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
  });
});

describe('SpreadsheetApp: a 100,000-row journal', () => {
  it('writes 100,000 x 15 with one setValues and reads it back with getDataRange().getValues()', () => {
    const { ws, sheet } = workspace();
    const rows = 100_000;
    sheet.insertRowsAfter(1000, rows - 1000);
    const day = new Date('2026-01-01T00:00:00+07:00');
    const data = Array.from({ length: rows }, (_, i) => [
      `J-${String(i + 1).padStart(6, '0')}`, day, i * 1000, i % 2 === 0, 'Setoran wajib',
      'A-0001', 'kas', 'simpanan_wajib', 50000, 0, '', 'posted', 'bendahara@koperasi.example', i, 'h',
    ]);
    sheet.getRange(1, 1, rows, 15).setValues(data);
    const back = sheet.getDataRange().getValues();
    expect([back.length, back[0].length]).toEqual([100_000, 15]);
    expect(back[99_999].slice(0, 4)).toEqual(['J-100000', day, 99_999_000, false]);
    expect(back[12_345][10]).toBe('');
    expect(back[12_345][13]).toBe(12_345);
    sheet.appendRow(['J-100001']);
    expect([sheet.getLastRow(), sheet.getMaxRows()]).toEqual([100_001, 100_001]);
    const again = createWorkspace({ state: ws.save() });
    const tab = again.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    expect(tab.getRange(100_000, 1, 2, 1).getValues()).toEqual([['J-100000'], ['J-100001']]);
  });
});
