import { createWorkspace } from '../../local/emulator';
import { errorOf, fullScopeManifest, workspace } from './sheets-helpers';

describe('SpreadsheetApp: the workspace spreadsheet', () => {
  it('starts with one active spreadsheet owned by the user, with Sheet1 of 1000 x 26', () => {
    const { ws, ss, sheet } = workspace({ user: 'ketua@koperasi.example' });
    expect(ss.getName()).toBe('Untitled spreadsheet');
    expect(ws.runtime.state.files[ss.getId()].owner).toBe('ketua@koperasi.example');
    expect(ws.runtime.state.files[ss.getId()].mimeType).toBe('application/vnd.google-apps.spreadsheet');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(String(ss)).toBe('Spreadsheet');
    expect(String(sheet)).toBe('Sheet');
  });

  it('getActive is the same spreadsheet; rename changes the Drive file name', () => {
    const { app, ss, ws } = workspace();
    expect(app.getActive().getId()).toBe(ss.getId());
    ss.rename('Buku Besar KSP');
    expect(app.getActiveSpreadsheet().getName()).toBe('Buku Besar KSP');
    expect(ws.runtime.state.files[ss.getId()].name).toBe('Buku Besar KSP');
  });

  it('defaults the time zone to the script time zone and the locale to en_US, both settable', () => {
    const { ss } = workspace();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    ss.setSpreadsheetLocale('id_ID');
    ss.setSpreadsheetTimeZone('Asia/Makassar');
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(['id_ID', 'Asia/Makassar']);
  });
});

describe('SpreadsheetApp: sheets', () => {
  it('insertSheet takes a 0-based index while getIndex is 1-based', () => {
    const { ss } = workspace();
    ss.insertSheet('s1');
    ss.insertSheet('s2');
    ss.insertSheet('s3', 1);
    ss.insertSheet('s4', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['s4', 'Sheet1', 's3', 's1', 's2']);
    expect(ss.getSheetByName('s3')!.getIndex()).toBe(3);
  });

  it('makes the inserted sheet active and names unnamed sheets SheetN', () => {
    const { ss } = workspace();
    const s = ss.insertSheet();
    expect(s.getName()).toBe('Sheet2');
    expect(ss.getActiveSheet().getName()).toBe('Sheet2');
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
  });

  it('returns null for a missing sheet name', () => {
    const { ss } = workspace();
    expect(ss.getSheetByName('Anggota')).toBeNull();
  });

  it('refuses a duplicate sheet name, on insert and on rename', () => {
    const { ss } = workspace();
    ss.insertSheet('Anggota');
    expect(errorOf(() => ss.insertSheet('Anggota'))).toEqual({ name: 'Exception', message: 'A sheet with the name "Anggota" already exists. Please enter another name.' });
    expect(errorOf(() => ss.getSheetByName('Sheet1')!.setName('Anggota')).message).toBe('A sheet with the name "Anggota" already exists. Please enter another name.');
  });

  it('deletes sheets but never the last one', () => {
    const { ss } = workspace();
    const jurnal = ss.insertSheet('Jurnal');
    ss.deleteSheet(ss.getSheetByName('Sheet1')!);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Jurnal']);
    expect(errorOf(() => ss.deleteSheet(jurnal))).toEqual({ name: 'Exception', message: "You can't remove all the sheets in a document." });
  });

  it('gives a sheet its parent, id, name and the first sheet id 0', () => {
    const { ss, sheet } = workspace();
    expect(sheet.getSheetId()).toBe(0);
    expect(sheet.getParent().getId()).toBe(ss.getId());
    sheet.setName('Pengaturan');
    expect(ss.getSheetByName('Pengaturan')!.getSheetId()).toBe(0);
  });
});

describe('SpreadsheetApp: openById and create', () => {
  const full = () => {
    const ws = createWorkspace({ manifest: fullScopeManifest() });
    return { ws, app: ws.globals.SpreadsheetApp };
  };

  it('creates a spreadsheet of the asked size, owned by the user, and opens it by id', () => {
    const { ws, app } = full();
    const ss = app.create('Arsip 2026', 25, 10);
    const sheet = app.openById(ss.getId()).getSheets()[0];
    expect([sheet.getName(), sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual(['Sheet1', 25, 10]);
    expect(ws.runtime.state.files[ss.getId()].owner).toBe('bendahara@koperasi.example');
    expect(app.getActiveSpreadsheet().getId()).not.toBe(ss.getId());
  });

  it('throws Google\'s unexpected-error text for an unknown id', () => {
    const { app } = full();
    expect(errorOf(() => app.openById('no-such-id'))).toEqual({ name: 'Exception', message: 'Unexpected error while getting the method or property openById on object SpreadsheetApp.' });
  });

  it('needs the full spreadsheets scope, which the project manifest lacks', () => {
    const { app } = workspace();
    expect(errorOf(() => app.openById('x')).message).toBe('You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets');
  });

  it('refuses a spreadsheet past 10 million cells', () => {
    const { app } = full();
    expect(errorOf(() => app.create('big', 400000, 26)).message).toBe('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
  });
});
