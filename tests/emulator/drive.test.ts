import { createWorkspace, projectManifest } from '../../local/emulator';
import { ROOT_ID } from '../../local/emulator/drive';

const FOLDER = 'application/vnd.google-apps.folder';
const SHEET = 'application/vnd.google-apps.spreadsheet';
// Hand-checked digests of the five bytes "hello"
const HELLO_MD5 = '5d41402abc4b2a76b9719d911017c592';
const HELLO_SHA256 = '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';

function setup(manifest?: object) {
  const ws = createWorkspace(manifest ? { manifest } : {});
  const Drive = ws.globals.Drive as any;
  const U = ws.globals.Utilities;
  return { ws, Drive, Files: Drive.Files, U };
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('Drive (advanced service v3)', () => {
  it('identifies itself as Apps Script does', () => {
    const { Drive } = setup();
    expect(String(Drive)).toBe('AdvancedServiceIdentifier{name=drive, version=v3}');
  });

  it('does not emulate resources Lumbung does not use', () => {
    const { Drive } = setup();
    expect(() => Drive.Permissions).toThrow('not implemented in the emulator: Drive.Permissions');
  });
});

describe('Drive.Files.create and get', () => {
  it('creates a folder and a file inside it, returning only the default fields', () => {
    const { Files, U } = setup();
    const folder = Files.create({ name: 'Arsip Lumbung', mimeType: FOLDER });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(folder).toMatchObject({ kind: 'drive#file', name: 'Arsip Lumbung', mimeType: FOLDER });
    const file = Files.create({ name: 'slip.txt', parents: [folder.id] }, U.newBlob('hello', 'text/plain'), { fields: 'id,parents,mimeType,size' });
    expect(file.parents).toEqual([folder.id]);
    expect(file.mimeType).toBe('text/plain');
    expect(file.size).toBe('5');
  });

  it('reports checksums of binary content, none for Google-native files or folders', () => {
    const { Files, U } = setup();
    const bin = Files.create({ name: 'a.txt' }, U.newBlob('hello'));
    const got = Files.get(bin.id, { fields: 'md5Checksum,sha256Checksum' });
    expect(got).toEqual({ md5Checksum: HELLO_MD5, sha256Checksum: HELLO_SHA256 });
    const sheet = Files.create({ name: 'Buku Kas', mimeType: SHEET });
    expect(Files.get(sheet.id, { fields: 'id,md5Checksum,sha256Checksum,size' })).toEqual({ id: sheet.id });
  });

  it('leaves missing fields undefined, not null', () => {
    const { Files } = setup();
    const f = Files.create({ name: 'tanpa keterangan', mimeType: FOLDER });
    const got = Files.get(f.id, { fields: 'id,description,appProperties' });
    expect(got.description).toBeUndefined();
    expect('description' in got).toBe(false);
  });

  it('takes the name and type from the blob when the resource has none, and puts the file in My Drive', () => {
    const { Files, U } = setup();
    const f = Files.create({}, U.newBlob('x', 'text/csv', 'setoran.csv'), { fields: '*' });
    expect([f.name, f.mimeType, f.parents]).toEqual(['setoran.csv', 'text/csv', [ROOT_ID]]);
    expect(Files.get('root', { fields: 'id,name' })).toEqual({ id: ROOT_ID, name: 'My Drive' });
  });

  it('refuses media that is not a Blob', () => {
    const { Files } = setup();
    expect(() => Files.create({ name: 'x' }, 'foo')).toThrow('The mediaData parameter only supports Blob types for upload.');
  });

  it('refuses a parent it cannot find', () => {
    const { Files } = setup();
    const e = thrown(() => Files.create({ name: 'x', parents: ['nope'] }));
    expect(e.name).toBe('GoogleJsonResponseException');
    expect(e.message).toBe('API call to drive.files.create failed with error: File not found: nope');
  });

  it('says a missing file is not found, with Google\'s text and exception name', () => {
    const { Files } = setup();
    const e = thrown(() => Files.get('1missing'));
    expect(e.name).toBe('GoogleJsonResponseException');
    expect(e.message).toBe('API call to drive.files.get failed with error: File not found: 1missing');
  });

  it('rejects an unknown field selection', () => {
    const { Files } = setup();
    const f = Files.create({ name: 'x', mimeType: FOLDER });
    expect(() => Files.get(f.id, { fields: 'id,bogus' })).toThrow('API call to drive.files.get failed with error: Invalid field selection bogus');
  });

  it('downloads binary content with alt=media, but not a Google-native file', () => {
    const { Files, U } = setup();
    const f = Files.create({ name: 'a.txt' }, U.newBlob('hello', 'text/plain'));
    const blob = Files.get(f.id, { alt: 'media' });
    expect(blob.getDataAsString()).toBe('hello');
    expect(blob.getContentType()).toBe('text/plain');
    const sheet = Files.create({ name: 'Buku Kas', mimeType: SHEET });
    expect(() => Files.get(sheet.id, { alt: 'media' })).toThrow(
      'API call to drive.files.get failed with error: Only files with binary content can be downloaded. Use Export with Docs Editors files.',
    );
  });

  it('says resource fields it does not emulate are not implemented rather than dropping them', () => {
    const { Files } = setup();
    expect(() => Files.create({ name: 'x', starred: true })).toThrow('not implemented in the emulator: Drive.Files resource field starred');
  });
});

describe('Drive.Files.copy', () => {
  it('requires a resource and an id', () => {
    const { Files } = setup();
    expect(() => Files.copy(null, null)).toThrow('API call to drive.files.copy failed with error: Required');
  });

  it('copies content and properties under a new id, named "Copy of ..." unless named', () => {
    const { Files, U } = setup();
    const src = Files.create({ name: 'templat.html', appProperties: { jenis: 'templat' } }, U.newBlob('hello', 'text/html'));
    const a = Files.copy({}, src.id, { fields: 'id,name,md5Checksum,appProperties' });
    const b = Files.copy({ name: 'Surat A-0001' }, src.id);
    expect(a.id).not.toBe(src.id);
    expect(a).toMatchObject({ name: 'Copy of templat.html', md5Checksum: HELLO_MD5, appProperties: { jenis: 'templat' } });
    expect(b.name).toBe('Surat A-0001');
  });
});

describe('Drive.Files.update', () => {
  it('renames, merges appProperties (null deletes a key) and moves the modified time', () => {
    const { ws, Files } = setup();
    const f = Files.create({ name: 'a', mimeType: FOLDER, appProperties: { a: '1', b: '2' } });
    ws.advanceTime(60_000);
    const u = Files.update({ name: 'b', appProperties: { b: null, c: '3' } }, f.id, null, { fields: 'name,appProperties,modifiedTime,createdTime' });
    expect(u.name).toBe('b');
    expect(u.appProperties).toEqual({ a: '1', c: '3' });
    expect(Date.parse(u.modifiedTime) - Date.parse(u.createdTime)).toBe(60_000);
  });

  it('moves a file with addParents and removeParents, and refuses parents in the resource', () => {
    const { Files } = setup();
    const from = Files.create({ name: 'Masuk', mimeType: FOLDER });
    const to = Files.create({ name: 'Arsip', mimeType: FOLDER });
    const f = Files.create({ name: 'x', mimeType: FOLDER, parents: [from.id] });
    const moved = Files.update({}, f.id, null, { addParents: to.id, removeParents: from.id, fields: 'parents' });
    expect(moved.parents).toEqual([to.id]);
    expect(() => Files.update({ parents: [from.id] }, f.id)).toThrow(
      'API call to drive.files.update failed with error: The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
    );
  });

  it('replaces content with a new blob', () => {
    const { Files, U } = setup();
    const f = Files.create({ name: 'a.txt' }, U.newBlob('old'));
    Files.update({}, f.id, U.newBlob('hello'));
    expect(Files.get(f.id, { fields: 'md5Checksum' }).md5Checksum).toBe(HELLO_MD5);
  });

  it('trashes a file with trashed: true, which get still finds', () => {
    const { Files } = setup();
    const f = Files.create({ name: 'a', mimeType: FOLDER });
    Files.update({ trashed: true }, f.id);
    expect(Files.get(f.id, { fields: 'trashed' })).toEqual({ trashed: true });
  });
});

describe('Drive.Files.remove', () => {
  it('deletes a file for good, and a folder with everything in it', () => {
    const { Files, U } = setup();
    const folder = Files.create({ name: 'F', mimeType: FOLDER });
    const inner = Files.create({ name: 'G', mimeType: FOLDER, parents: [folder.id] });
    const leaf = Files.create({ name: 'x.txt', parents: [inner.id] }, U.newBlob('x'));
    const other = Files.create({ name: 'keep', mimeType: FOLDER });
    expect(Files.remove(folder.id)).toBeUndefined();
    for (const id of [folder.id, inner.id, leaf.id]) expect(() => Files.get(id)).toThrow(`File not found: ${id}`);
    expect(Files.get(other.id).name).toBe('keep');
  });
});

describe('Drive.Files.export', () => {
  it('exports a Google-native file to a PDF blob with alt=media', () => {
    const { Files } = setup();
    const sheet = Files.create({ name: 'Laporan Januari', mimeType: SHEET });
    const pdf = Files.export(sheet.id, 'application/pdf', { alt: 'media' });
    const text = Buffer.from(pdf.getBytes()).toString('latin1');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('(Laporan Januari)');
  });

  it('needs alt=media, and only exports Docs Editors files', () => {
    const { Files, U } = setup();
    const sheet = Files.create({ name: 'L', mimeType: SHEET });
    expect(() => Files.export(sheet.id, 'application/pdf')).toThrow('API call to drive.files.export failed with error: Export requires alt=media to download the exported content.');
    const bin = Files.create({ name: 'a.txt' }, U.newBlob('x'));
    expect(() => Files.export(bin.id, 'application/pdf', { alt: 'media' })).toThrow('API call to drive.files.export failed with error: Export only supports Docs Editors files.');
  });
});

describe('Drive scopes, counts and saved state', () => {
  it('refuses every call when the manifest has no Drive scope', () => {
    const manifest = { ...(projectManifest() as any), oauthScopes: ['https://www.googleapis.com/auth/script.send_mail'] };
    const { Files } = setup(manifest);
    expect(() => Files.create({ name: 'x', mimeType: FOLDER })).toThrow(
      'API call to drive.files.create failed with error: Request had insufficient authentication scopes.',
    );
  });

  it('counts one call per Files method', () => {
    const { ws, Files } = setup();
    ws.resetCallCounts();
    const f = Files.create({ name: 'a', mimeType: FOLDER });
    Files.get(f.id);
    Files.get(f.id);
    Files.list({ q: "name = 'a'" });
    expect(ws.callCounts()).toEqual({ 'Drive.Files.create': 1, 'Drive.Files.get': 2, 'Drive.Files.list': 1 });
  });

  it('keeps files, content and properties across save and reload', () => {
    const { ws, Files, U } = setup();
    const f = Files.create({ name: 'a.txt', appProperties: { k: 'v' } }, U.newBlob('hello'));
    const again = createWorkspace({ state: ws.save() }).globals.Drive as any;
    expect(again.Files.get(f.id, { fields: 'name,md5Checksum,appProperties' })).toEqual({ name: 'a.txt', md5Checksum: HELLO_MD5, appProperties: { k: 'v' } });
  });
});
