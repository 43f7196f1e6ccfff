import { createWorkspace, projectManifest } from '../../local/emulator';
import { addUserFile, grantFileAccess } from '../../local/emulator/drive';

const FOLDER = 'application/vnd.google-apps.folder';
const PDF = 'application/pdf';

/** An archive folder holding three PDFs and a subfolder, plus one stray file outside it. */
function setup(manifest?: object) {
  const ws = createWorkspace(manifest ? { manifest } : {});
  const Files = (ws.globals.Drive as any).Files;
  const U = ws.globals.Utilities;
  const arsip = Files.create({ name: 'Arsip', mimeType: FOLDER });
  const mk = (name: string, props?: Record<string, string>) => {
    ws.advanceTime(1000);
    return Files.create({ name, parents: [arsip.id], mimeType: PDF, ...(props ? { appProperties: props } : {}) }, U.newBlob(name, PDF)).id as string;
  };
  const ids = {
    jan: mk('Laporan Januari 2026.pdf', { jenis: 'laporan', bulan: '2026-01' }),
    feb: mk('Laporan Februari 2026.pdf', { jenis: 'laporan', bulan: '2026-02' }),
    slip: mk('SlipSetoran A-0001.pdf', { jenis: 'slip' }),
    sub: Files.create({ name: 'Lampiran', mimeType: FOLDER, parents: [arsip.id] }).id as string,
    stray: Files.create({ name: 'Laporan lain', mimeType: FOLDER }).id as string,
  };
  const names = (q: string, extra: object = {}) =>
    (Files.list({ q, fields: 'files(name)', orderBy: 'name', ...extra }).files as { name: string }[]).map((f) => f.name);
  return { ws, Files, arsip: arsip.id as string, ids, names };
}

describe('Drive.Files.list queries', () => {
  it('finds by exact name and by parent', () => {
    const { names, arsip } = setup();
    expect(names("name = 'Lampiran'")).toEqual(['Lampiran']);
    expect(names(`'${arsip}' in parents`)).toEqual(['Lampiran', 'Laporan Februari 2026.pdf', 'Laporan Januari 2026.pdf', 'SlipSetoran A-0001.pdf']);
  });

  it('matches "name contains" from the start of a word only, ignoring case', () => {
    const { names } = setup();
    expect(names("name contains 'laporan'")).toEqual(['Laporan Februari 2026.pdf', 'Laporan Januari 2026.pdf', 'Laporan lain']);
    expect(names("name contains 'Januari'")).toEqual(['Laporan Januari 2026.pdf']);
    // "Setoran" sits inside the word "SlipSetoran": Drive's prefix matching does not find it
    expect(names("name contains 'Setoran'")).toEqual([]);
  });

  it('filters by mimeType with = and !=, combined with and', () => {
    const { names, arsip } = setup();
    expect(names(`'${arsip}' in parents and mimeType = '${FOLDER}'`)).toEqual(['Lampiran']);
    expect(names(`'${arsip}' in parents and mimeType != '${FOLDER}' and name contains 'Slip'`)).toEqual(['SlipSetoran A-0001.pdf']);
  });

  it('matches appProperties has { key and value }', () => {
    const { names } = setup();
    expect(names("appProperties has { key='jenis' and value='laporan' }")).toEqual(['Laporan Februari 2026.pdf', 'Laporan Januari 2026.pdf']);
    expect(names("appProperties has { key='bulan' and value='2026-01' } or appProperties has { key='jenis' and value='slip' }")).toEqual([
      'Laporan Januari 2026.pdf',
      'SlipSetoran A-0001.pdf',
    ]);
  });

  it('honours not and parentheses, with and binding tighter than or', () => {
    const { names, arsip } = setup();
    const inArsip = `'${arsip}' in parents`;
    expect(names(`${inArsip} and not (name contains 'Laporan' or mimeType = '${FOLDER}')`)).toEqual(['SlipSetoran A-0001.pdf']);
    expect(names(`name = 'Lampiran' or name = 'Laporan lain' and mimeType = '${PDF}'`)).toEqual(['Lampiran']);
  });

  it('lists trashed files unless the query asks for trashed = false', () => {
    const { Files, ids, names, arsip } = setup();
    Files.update({ trashed: true }, ids.slip);
    expect(names(`'${arsip}' in parents and name contains 'Slip'`)).toEqual(['SlipSetoran A-0001.pdf']);
    expect(names(`'${arsip}' in parents and name contains 'Slip' and trashed = false`)).toEqual([]);
  });

  it('escapes quotes inside a value with a backslash', () => {
    const { Files, names } = setup();
    Files.create({ name: "Jum'at", mimeType: FOLDER });
    expect(names("name = 'Jum\\'at'")).toEqual(["Jum'at"]);
  });

  it('compares times against RFC 3339 values', () => {
    const { names, arsip } = setup();
    // files were made at 02:00:01, 02:00:02 and 02:00:03 UTC on 2026-01-05
    expect(names(`'${arsip}' in parents and createdTime > '2026-01-05T02:00:01Z' and mimeType = '${PDF}'`)).toEqual(['Laporan Februari 2026.pdf', 'SlipSetoran A-0001.pdf']);
  });

  it('says "Invalid Value" for a query it cannot parse or a field Drive does not search', () => {
    const { Files } = setup();
    for (const q of ["name = 'x", "title = 'x'", "name 'x'", "id = 'abc'", "name = 'a' and"]) {
      expect(() => Files.list({ q })).toThrow('API call to drive.files.list failed with error: Invalid Value');
    }
  });
});

describe('Drive.Files.list paging, fields and order', () => {
  it('returns Drive\'s default fields when none are asked for', () => {
    const { Files } = setup();
    const res = Files.list({ q: "name = 'Lampiran'" });
    expect(res).toEqual({ kind: 'drive#fileList', incompleteSearch: false, files: [{ kind: 'drive#file', id: expect.any(String), name: 'Lampiran', mimeType: FOLDER }] });
  });

  it('pages with pageSize and nextPageToken until no token is left', () => {
    const { Files, arsip } = setup();
    const q = `'${arsip}' in parents`;
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const res = Files.list({ q, pageSize: 3, pageToken: token, orderBy: 'createdTime', fields: 'nextPageToken,files(name)' });
      seen.push(...res.files.map((f: { name: string }) => f.name));
      token = res.nextPageToken;
      pages++;
    } while (token);
    expect(pages).toBe(2);
    expect(seen).toEqual(['Laporan Januari 2026.pdf', 'Laporan Februari 2026.pdf', 'SlipSetoran A-0001.pdf', 'Lampiran']);
  });

  it('refuses a page token from another query', () => {
    const { Files, arsip } = setup();
    const first = Files.list({ q: `'${arsip}' in parents`, pageSize: 1 });
    expect(() => Files.list({ q: "name = 'x'", pageToken: first.nextPageToken })).toThrow('Invalid Value');
  });

  it('orders by several keys, folders first, names descending', () => {
    const { names, arsip } = setup();
    expect(names(`'${arsip}' in parents`, { orderBy: 'folder,name desc' })).toEqual(['Lampiran', 'SlipSetoran A-0001.pdf', 'Laporan Januari 2026.pdf', 'Laporan Februari 2026.pdf']);
  });

  it('rejects an unknown field inside files(...)', () => {
    const { Files } = setup();
    expect(() => Files.list({ fields: 'files(id,nama)' })).toThrow('API call to drive.files.list failed with error: Invalid field selection nama');
  });
});

describe('Drive under the drive.file scope', () => {
  it('cannot see a file the user uploaded until the user grants it', () => {
    const { ws, Files } = setup();
    const upload = addUserFile(ws.runtime, { name: 'KTP Siti.jpg', mimeType: 'image/jpeg', content: 'hello' });
    expect(() => Files.get(upload.id)).toThrow(`API call to drive.files.get failed with error: File not found: ${upload.id}`);
    expect(Files.list({ q: "name contains 'KTP'" }).files).toEqual([]);
    grantFileAccess(ws.runtime, upload.id);
    expect(Files.get(upload.id, { fields: 'name,md5Checksum' })).toEqual({ name: 'KTP Siti.jpg', md5Checksum: '5d41402abc4b2a76b9719d911017c592' });
    expect(Files.list({ q: "name contains 'KTP'", fields: 'files(name)' }).files).toEqual([{ name: 'KTP Siti.jpg' }]);
  });

  it('sees every file when the manifest asks for the full drive scope', () => {
    const manifest = projectManifest() as any;
    const { ws, Files } = setup({ ...manifest, oauthScopes: [...manifest.oauthScopes, 'https://www.googleapis.com/auth/drive'] });
    const upload = addUserFile(ws.runtime, { name: 'KTP Budi.jpg', mimeType: 'image/jpeg', content: 'x' });
    expect(Files.get(upload.id).name).toBe('KTP Budi.jpg');
  });

  it('cannot update, copy or remove an ungranted file either', () => {
    const { ws, Files } = setup();
    const upload = addUserFile(ws.runtime, { name: 'a.pdf', mimeType: PDF, content: 'x' });
    expect(() => Files.update({ name: 'b' }, upload.id)).toThrow('API call to drive.files.update failed with error: File not found');
    expect(() => Files.copy({}, upload.id)).toThrow('API call to drive.files.copy failed with error: File not found');
    expect(() => Files.remove(upload.id)).toThrow('API call to drive.files.delete failed with error: File not found');
  });
});
