import { createWorkspace } from '../../local/emulator';

function setup() {
  const ws = createWorkspace();
  return { ws, U: ws.globals.Utilities, MimeType: ws.globals.MimeType };
}

describe('Utilities digests and signatures', () => {
  it('computes the MD5 of the documented example as signed bytes', () => {
    const { U } = setup();
    expect(U.computeDigest(U.DigestAlgorithm.MD5, 'input to hash')).toEqual([-16, -20, -112, 64, -50, -47, -118, 102, -113, 70, -112, 94, -34, -49, 117, -103]);
  });

  it('computes SHA-256 of "abc" (FIPS 180-2 vector) as signed bytes', () => {
    const { U } = setup();
    const hex = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    const signed = hex.match(/../g)!.map((h) => (parseInt(h, 16) > 127 ? parseInt(h, 16) - 256 : parseInt(h, 16)));
    expect(U.computeDigest(U.DigestAlgorithm.SHA_256, 'abc')).toEqual(signed);
    expect(U.computeDigest(U.DigestAlgorithm.SHA_256, [97, 98, 99])).toEqual(signed);
  });

  it('hashes a string without charset as US-ASCII, so non-ASCII letters become "?"', () => {
    const { U } = setup();
    expect(U.computeDigest(U.DigestAlgorithm.MD5, 'é')).toEqual(U.computeDigest(U.DigestAlgorithm.MD5, '?'));
    expect(U.computeDigest(U.DigestAlgorithm.MD5, 'é', U.Charset.UTF_8)).not.toEqual(U.computeDigest(U.DigestAlgorithm.MD5, '?'));
  });

  it('computes the documented HMAC-SHA256 example: 32 bytes starting 53,-75,-52,-25', () => {
    const { U } = setup();
    const sig = U.computeHmacSha256Signature('this is my input', 'my key - use a stronger one');
    expect(sig).toHaveLength(32);
    expect(sig.slice(0, 4)).toEqual([53, -75, -52, -25]);
  });

  it('refuses a plain string where the enum is expected, with the signature error', () => {
    const { U } = setup();
    expect(() => U.computeDigest('MD5' as any, 'x')).toThrow("The parameters (String,String) don't match the method signature for Utilities.computeDigest.");
    expect(() => U.computeDigest(U.DigestAlgorithm.MD5, [1, 2] as any, U.Charset.UTF_8)).toThrow(
      "The parameters (Utilities.DigestAlgorithm,number[],Utilities.Charset) don't match the method signature for Utilities.computeDigest.",
    );
  });

  it('names the enum values as Apps Script does', () => {
    const { U } = setup();
    expect(String(U.DigestAlgorithm.SHA_256)).toBe('SHA_256');
    expect(String(U.Charset.UTF_8)).toBe('UTF_8');
  });
});

describe('Utilities base64', () => {
  it('encodes text as UTF-8 and decodes to signed bytes', () => {
    const { U } = setup();
    expect(U.base64Encode('Rp 1.000')).toBe('UnAgMS4wMDA=');
    expect(U.base64Decode('UnAgMS4wMDA=')).toEqual([82, 112, 32, 49, 46, 48, 48, 48]);
    expect(U.base64Encode([-1, -2, -3])).toBe('//79');
    expect(U.base64EncodeWebSafe([-1, -2, -3])).toBe('__79');
    expect(U.base64DecodeWebSafe('__79')).toEqual([-1, -2, -3]);
  });
});

describe('Utilities text helpers', () => {
  it('formats like Java String.format', () => {
    const { U } = setup();
    expect(U.formatString('%d + %d = %d', 1, 2, 3)).toBe('1 + 2 = 3');
    expect(U.formatString('%s has %,d rupiah (%.2f%%)', 'Siti', 1250000, 1.5)).toBe('Siti has 1,250,000 rupiah (1.50%)');
    expect(U.formatString('[%5s|%-5s|%05d]', 'ab', 'cd', 42)).toBe('[   ab|cd   |00042]');
    expect(U.formatString('%f', 2)).toBe('2.000000');
  });

  it('parses CSV with quoted delimiters, doubled quotes and line breaks', () => {
    const { U } = setup();
    expect(U.parseCsv('a,b,"c,d"\ne,f,g')).toEqual([['a', 'b', 'c,d'], ['e', 'f', 'g']]);
    expect(U.parseCsv('"say ""hi""";"x\ny"', ';')).toEqual([['say "hi"', 'x\ny']]);
  });

  it('gives UUID-shaped ids, different each call, continuing after a save', () => {
    const { ws, U } = setup();
    const a = U.getUuid();
    const b = U.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
    const again = createWorkspace({ state: ws.save() }).globals.Utilities;
    const c = again.getUuid();
    expect([a, b]).not.toContain(c);
  });

  it('sleep moves the emulated clock instead of waiting', () => {
    const { ws, U } = setup();
    const before = ws.now().getTime();
    U.sleep(90_000);
    expect(ws.now().getTime() - before).toBe(90_000);
  });
});

describe('Utilities blobs', () => {
  it('makes a text blob with no name, typed text/plain, printing as "Blob"', () => {
    const { U } = setup();
    const blob = U.newBlob('x');
    expect(blob.getName()).toBeNull();
    expect(blob.getContentType()).toBe('text/plain');
    expect(String(blob)).toBe('Blob');
    expect(blob.getBytes()).toEqual([120]);
    expect(blob.getDataAsString()).toBe('x');
  });

  it('sets names and types, and copies independently', () => {
    const { U } = setup();
    const blob = U.newBlob([104, 105], 'text/csv', 'a.csv');
    const copy = blob.copyBlob().setName('b.csv').setContentType('text/plain');
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual(['a.csv', 'text/csv', 'hi']);
    expect([copy.getName(), copy.getContentType()]).toEqual(['b.csv', 'text/plain']);
  });

  it('converts an HTML blob to a PDF whose name ends in .pdf and whose bytes are a PDF with the text', () => {
    const { U, MimeType } = setup();
    const html = U.newBlob('<h1>Slip Setoran</h1><p>Siti &amp; Budi</p>', 'text/html', 'slip.12.2026.html');
    const pdf = html.getAs(MimeType.PDF);
    const text = Buffer.from(pdf.getBytes()).toString('latin1');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('slip.12.2026.pdf');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain('(Slip Setoran)');
    expect(text).toContain('(Siti & Budi)');
  });

  it('refuses conversions the emulator does not know', () => {
    const { U } = setup();
    expect(() => U.newBlob('x').getAs('image/png')).toThrow('Converting from text/plain to image/png is not supported.');
  });

  it('gzips to archive.gz and back', () => {
    const { U } = setup();
    const gz = U.gzip(U.newBlob('isi', 'text/plain', 'a.txt'));
    expect([gz.getName(), gz.getContentType()]).toEqual(['archive.gz', 'application/x-gzip']);
    const back = U.ungzip(gz.setName('a.txt.gz'));
    expect([back.getName(), back.getContentType(), back.getDataAsString()]).toEqual(['a.txt', null, 'isi']);
  });

  it('hides internals from scripts', () => {
    const { U } = setup();
    expect(() => (U.newBlob('x') as any)._bytes).toThrow('not implemented in the emulator: Utilities.Blob._bytes');
    expect(() => (U as any).computeRsaSha256Signature('a', 'b')).toThrow('not implemented in the emulator: Utilities.computeRsaSha256Signature');
  });

  it('counts each call by class and method', () => {
    const { ws, U } = setup();
    ws.resetCallCounts();
    const blob = U.newBlob('x');
    blob.getBytes();
    blob.getBytes();
    U.formatDate(new Date(0), 'UTC', 'yyyy');
    expect(ws.callCounts()).toEqual({ 'Utilities.Blob.getBytes': 2, 'Utilities.formatDate': 1, 'Utilities.newBlob': 1 });
  });
});

describe('MimeType', () => {
  it('holds the Drive and file type strings', () => {
    const { MimeType } = setup();
    expect(MimeType.PDF).toBe('application/pdf');
    expect(MimeType.FOLDER).toBe('application/vnd.google-apps.folder');
    expect(MimeType.GOOGLE_SHEETS).toBe('application/vnd.google-apps.spreadsheet');
    expect(MimeType.GOOGLE_DOCS).toBe('application/vnd.google-apps.document');
  });
});
