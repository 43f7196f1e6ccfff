import { createWorkspace } from '../../local/emulator';
import { grantFileAccess } from '../../local/emulator/drive';

const BENDAHARA = 'bendahara@koperasi.example';
const KETUA = 'ketua@koperasi.example';
const FOLDER = 'application/vnd.google-apps.folder';

function setup() {
  const ws = createWorkspace({ user: BENDAHARA });
  return { ws, Files: ws.globals.Drive.Files as any }; // plain JSON: @types makes every field optional
}

describe('drive.file is granted per user', () => {
  it('hides the archive folder one manager made from another manager', () => {
    const { ws, Files } = setup();
    const archive = Files.create({ name: 'Arsip Lumbung', mimeType: FOLDER });
    ws.setUser(KETUA);
    expect(() => Files.get(archive.id)).toThrow(`API call to drive.files.get failed with error: File not found: ${archive.id}`);
    expect(Files.list({ q: "name = 'Arsip Lumbung'" }).files).toEqual([]);
    expect(() => Files.create({ name: 'Kuitansi.pdf', parents: [archive.id] })).toThrow('API call to drive.files.create failed with error: File not found');
    ws.setUser(BENDAHARA);
    expect(Files.get(archive.id, { fields: 'name' })).toEqual({ name: 'Arsip Lumbung' });
  });

  it('shows the file to the second manager once she grants it to the add-on herself', () => {
    const { ws, Files } = setup();
    const archive = Files.create({ name: 'Arsip Lumbung', mimeType: FOLDER });
    ws.setUser(KETUA);
    grantFileAccess(ws.runtime, archive.id);
    expect(Files.get(archive.id, { fields: 'name' })).toEqual({ name: 'Arsip Lumbung' });
  });

  it('does not show the open spreadsheet through Drive until its user grants it (the sheet itself stays readable)', () => {
    const { ws, Files } = setup();
    const ss = ws.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(() => Files.get(ss.getId())).toThrow('File not found');
    expect(ss.getSheets()).toHaveLength(1);
    grantFileAccess(ws.runtime, ss.getId());
    expect(Files.get(ss.getId(), { fields: 'mimeType' })).toEqual({ mimeType: 'application/vnd.google-apps.spreadsheet' });
  });
});
