import { errorOf, workspace } from './sheets-helpers';

const OWNER = 'ketua@koperasi.example';
const PROTECTED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

describe('Protection', () => {
  it('protects a sheet: type SHEET, editable by the owner, no editors listed, whole-sheet range with A1 ""', () => {
    const { app, sheet } = workspace({ user: OWNER });
    const p = sheet.protect().setDescription('Data pribadi anggota');
    expect(p.getProtectionType()).toBe(app.ProtectionType.SHEET);
    expect(p.getDescription()).toBe('Data pribadi anggota');
    expect(p.canEdit()).toBe(true);
    expect(p.getEditors()).toEqual([]);
    expect(p.getRange().getA1Notation()).toBe('');
    expect([p.getRange().getNumRows(), p.getRange().getNumColumns()]).toEqual([1000, 26]);
    expect(String(p)).toBe('Protection');
    expect(sheet.protect().getDescription()).toBe('Data pribadi anggota');
  });

  it('lists editors by email, never the owner, and removes them', () => {
    const { sheet } = workspace({ user: OWNER });
    const p = sheet.protect();
    p.addEditor('bendahara@koperasi.example').addEditors(['sekretaris@koperasi.example', OWNER]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['bendahara@koperasi.example', 'sekretaris@koperasi.example']);
    p.removeEditors(p.getEditors());
    expect(p.getEditors()).toEqual([]);
    p.removeEditor(OWNER);
    expect(p.canEdit()).toBe(true);
  });

  it('blocks writes by a user who is neither the owner nor an editor', () => {
    const { ws, sheet } = workspace({ user: OWNER });
    const p = sheet.protect();
    p.removeEditors(p.getEditors());
    p.setDomainEdit(false);
    ws.setUser('anggota@koperasi.example');
    expect(p.canEdit()).toBe(false);
    expect(errorOf(() => sheet.getRange('B2').setValue('x'))).toEqual({ name: 'Exception', message: PROTECTED });
    expect(errorOf(() => sheet.appendRow(['x'])).message).toBe(PROTECTED);
    expect(errorOf(() => sheet.deleteRow(1)).message).toBe(PROTECTED);
    expect(errorOf(() => sheet.getRange('B2').setNumberFormat('@')).message).toBe(PROTECTED);
    expect(sheet.getRange('B2').getValue()).toBe('');
  });

  it('lets an editor write, and the owner always', () => {
    const { ws, sheet } = workspace({ user: OWNER });
    sheet.protect().addEditor('bendahara@koperasi.example');
    ws.setUser('bendahara@koperasi.example');
    sheet.getRange('A1').setValue('oleh bendahara');
    ws.setUser(OWNER);
    sheet.getRange('A2').setValue('oleh ketua');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['oleh bendahara'], ['oleh ketua']]);
  });

  it('mirrors the file permissions until the editors change (a bare protect() blocks no one)', () => {
    const { ws, sheet } = workspace({ user: OWNER });
    sheet.protect();
    ws.setUser('anggota@koperasi.example');
    sheet.getRange('A1').setValue('boleh');
    expect(sheet.getRange('A1').getValue()).toBe('boleh');
  });

  it('lets a warning-only protection be written by anyone', () => {
    const { ws, sheet } = workspace({ user: OWNER });
    const p = sheet.protect().setWarningOnly(true);
    p.removeEditors(p.getEditors());
    expect(p.isWarningOnly()).toBe(true);
    ws.setUser('anggota@koperasi.example');
    sheet.getRange('A1').setValue('peringatan saja');
    expect(sheet.getRange('A1').getValue()).toBe('peringatan saja');
  });

  it('lets users in the owner\'s domain edit when domain edit is on', () => {
    const { ws, sheet } = workspace({ user: OWNER });
    const p = sheet.protect().setDomainEdit(true);
    expect(p.canDomainEdit()).toBe(true);
    ws.setUser('anggota@koperasi.example');
    sheet.getRange('A1').setValue(1);
    ws.setUser('orang@lain.example');
    expect(errorOf(() => sheet.getRange('A1').setValue(2)).message).toBe(PROTECTED);
  });

  it('exempts the unprotected ranges of a protected sheet', () => {
    const { ws, sheet } = workspace({ user: OWNER });
    const p = sheet.protect().setUnprotectedRanges([sheet.getRange('C:C')]);
    p.removeEditors(p.getEditors());
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['C1:C1000']);
    ws.setUser('anggota@koperasi.example');
    sheet.getRange('C5').setValue('isi');
    expect(errorOf(() => sheet.getRange('B5').setValue('isi')).message).toBe(PROTECTED);
  });

  it('protects a range: type RANGE, blocks only cells it covers, and moves with inserted rows', () => {
    const { ws, ss, app, sheet } = workspace({ user: OWNER });
    const p = sheet.getRange('A1:B1').protect();
    p.removeEditors(p.getEditors());
    expect(p.getProtectionType()).toBe(app.ProtectionType.RANGE);
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
    sheet.insertRowsBefore(1, 1);
    expect(p.getRange().getA1Notation()).toBe('A2:B2');
    ws.setUser('anggota@koperasi.example');
    sheet.getRange('A1').setValue('bebas');
    expect(errorOf(() => sheet.getRange('B2:C2').setValues([['x', 'y']])).message).toBe(PROTECTED);
  });

  it('refuses to turn a sheet protection into a range protection', () => {
    const { sheet } = workspace();
    expect(errorOf(() => sheet.protect().setRange(sheet.getRange('A1'))).message).toBe('Cannot change sheet protection to range protection (or vice versa).');
  });

  it('is gone after remove()', () => {
    const { app, ss, sheet } = workspace();
    sheet.protect().remove();
    expect(ss.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });
});
