import { setupLedger } from '../../../src/app/setup';
import { registerMember } from '../../../src/app/members/members';
import { importOldRecords } from '../../../src/app/members/import';
import { isoDateIn } from '../../../src/workspace/timezone';
import { BENDAHARA, KETUA, PENGAWAS, SEKRETARIS, accountName, as, setSetting, spreadsheet, tabRecords, useWorkspace } from '../harness';

type Typed = string | number;
// The Impor tab's columns, left to right: ID Anggota, Nama, NIK, Telepon, Alamat, Tanggal Masuk,
// Kelompok, Simpanan Pokok, Simpanan Wajib, Simpanan Sukarela (then Hasil Impor, ours to write).
const row = (name: string, nik: string, joinDate: string, pokok: Typed, wajib: Typed, sukarela: Typed, more: { id?: string; phone?: Typed } = {}): Typed[] =>
  [more.id ?? '', name, nik, more.phone ?? '', 'Jambi', joinDate, 'Melati', pokok, wajib, sukarela];
const BLANK: Typed[] = ['', '', '', '', '', '', '', '', '', ''];

function ledger() {
  const ws = useWorkspace({ user: KETUA, now: new Date('2026-03-02T02:00:00Z') });
  setupLedger();
  setSetting(ws, 'bendahara', BENDAHARA);
  setSetting(ws, 'sekretaris', SEKRETARIS);
  setSetting(ws, 'pengawas', PENGAWAS);
  setupLedger(); // the new managers become editors of the tabs
  ws.setUser(BENDAHARA);
  return ws;
}

const impor = (ws: ReturnType<typeof ledger>) => spreadsheet(ws).getSheetByName('Impor')!;

/** Types the rows under the header, as a manager pasting values into the prepared tab. */
function paste(ws: ReturnType<typeof ledger>, rows: Typed[][]): void {
  impor(ws).getRange(2, 1, rows.length, 10).setValues(rows);
}

/** Types one cell after making it "General" (Automatic), as a paste that brings its own formats does. */
function typeIntoGeneralCell(ws: ReturnType<typeof ledger>, sheetRow: number, column: number, text: string): void {
  impor(ws).getRange(sheetRow, column).setNumberFormat('General').setValue(text);
}

const results = (ws: ReturnType<typeof ledger>) => tabRecords(ws, 'Impor').map((r) => r['Hasil Impor']);
const day = (v: unknown) => (v instanceof Date ? isoDateIn(v, 'Asia/Jakarta') : v);
const journalLines = (ws: ReturnType<typeof ledger>) =>
  tabRecords(ws, 'Jurnal').map((r) => [r['ID Jurnal'], day(r.Tanggal), r['Kode Jenis'], accountName(String(r.Akun)), r.Debit, r.Kredit, r['ID Anggota'], r['Jenis Simpanan']]);

// Siti brought in by a first paste (A-0001, her pokok J-000001); the rest of the paper book follows.
function withSiti() {
  const ws = ledger();
  paste(ws, [row('Siti Aminah', '1571014501800001', '2026-03-02', 100_000, 0, 0, { id: 'A-0001', phone: '081234567890' })]);
  importOldRecords();
  return ws;
}

const PAPER_BOOK: Typed[][] = [
  row('Dewi Sartika', '1571014501800002', '2019-03-01', 'Rp100.000', 1_750_000, '250rb', { phone: '081299990001' }),
  row('Yuni', '', '15/03/2020', 100_000, 600_000, ''), // a date written day first, as text
  row('', '1571014501800004', '2019-01-01', 100_000, 0, 0), // no name
  row('Lina', '12345', '2019-01-01', 100_000, 0, 0), // NIK too short
  row('Tuti', '', '2019-01-01', 100_000, 0, 0), // her NIK is typed into a General cell below
  BLANK, // pastes have holes
  row('Ani', '1571014501800007', '2020-01-01', 100_000, 0, 0),
  row('Ana', '1571014501800007', '2020-01-01', 100_000, 0, 0), // the same NIK twice
];

function pastePaperBook(ws: ReturnType<typeof ledger>): void {
  paste(ws, PAPER_BOOK);
  typeIntoGeneralCell(ws, 3, 4, '081277778888'); // Yuni's phone: Sheets keeps 81277778888
  typeIntoGeneralCell(ws, 6, 3, '1571014501800005'); // Tuti's NIK: Sheets keeps 15 digits, 1571014501800010
}

describe('importOldRecords', () => {
  it('imports the good rows, refuses the bad ones whole, and says why in the Hasil Impor column', () => {
    const ws = withSiti();
    pastePaperBook(ws);
    expect(impor(ws).getRange(3, 4).getValue()).toBe(81_277_778_888);

    const report = importOldRecords();
    expect([report.imported, report.already, report.refused, report.entriesPosted]).toEqual([2, 0, 5, 2]);

    const members = tabRecords(ws, 'Anggota').map((r) => [r['ID Anggota'], r.Nama, r.NIK, r.Telepon, day(r['Tanggal Masuk']), r.Status]);
    expect(members).toEqual([
      ['A-0001', 'Siti Aminah', '1571014501800001', '081234567890', '2026-03-02', 'aktif'],
      ['A-0002', 'Dewi Sartika', '1571014501800002', '081299990001', '2019-03-01', 'aktif'],
      // The leading 0 the General cell dropped is put back; 15/03/2020 is the 15th of March.
      ['A-0003', 'Yuni', '', '081277778888', '2020-03-15', 'aktif'],
    ]);

    // Dewi: 100.000 + 1.750.000 + 250.000 = 2.100.000; Yuni: 100.000 + 600.000 = 700.000. Each dated
    // the day she joined, against Saldo Awal (3-9100), not against the cash box.
    expect(journalLines(ws).slice(2)).toEqual([
      ['J-000002', '2019-03-01', 'opening_balance', 'Saldo Awal', 2_100_000, '', '', ''],
      ['J-000002', '2019-03-01', 'opening_balance', 'Simpanan Pokok', '', 100_000, 'A-0002', 'pokok'],
      ['J-000002', '2019-03-01', 'opening_balance', 'Simpanan Wajib', '', 1_750_000, 'A-0002', 'wajib'],
      ['J-000002', '2019-03-01', 'opening_balance', 'Simpanan Sukarela', '', 250_000, 'A-0002', 'sukarela'],
      ['J-000003', '2020-03-15', 'opening_balance', 'Saldo Awal', 700_000, '', '', ''],
      ['J-000003', '2020-03-15', 'opening_balance', 'Simpanan Pokok', '', 100_000, 'A-0003', 'pokok'],
      ['J-000003', '2020-03-15', 'opening_balance', 'Simpanan Wajib', '', 600_000, 'A-0003', 'wajib'],
    ]);
    expect(tabRecords(ws, 'Jurnal')[2].Keterangan).toBe('Saldo awal simpanan A-0002 Dewi Sartika');

    expect(results(ws)).toEqual([
      'Berhasil: A-0002',
      'Berhasil: A-0003',
      'Belum diimpor. Perbaiki dulu:\nNama anggota harus diisi.',
      'Belum diimpor. Perbaiki dulu:\nNIK harus 16 angka. Yang diisi: 12345.',
      'Belum diimpor. Perbaiki dulu:\nNIK 1571014501800010 tersimpan sebagai angka, jadi angka terakhirnya bisa hilang. Ubah kolom NIK menjadi teks biasa (Format > Angka > Teks biasa), lalu tempel lagi.',
      '',
      'Belum diimpor. Perbaiki dulu:\nNIK 1571014501800007 tertulis lebih dari satu kali. Periksa apakah ini orang yang sama.',
      'Belum diimpor. Perbaiki dulu:\nNIK 1571014501800007 tertulis lebih dari satu kali. Periksa apakah ini orang yang sama.',
    ]);
    // The card lists the refused rows by their row in the sheet.
    expect(report.rows.filter((r) => r.status === 'refused').map((r) => [r.sheetRow, r.name])).toEqual([[4, ''], [5, 'Lina'], [6, 'Tuti'], [8, 'Ani'], [9, 'Ana']]);
  });

  it('imports only the fixed rows when pressed again, and nothing twice', () => {
    const ws = withSiti();
    pastePaperBook(ws);
    importOldRecords();
    const journalBefore = tabRecords(ws, 'Jurnal').length;

    const again = importOldRecords();
    expect([again.imported, again.already, again.refused, again.entriesPosted]).toEqual([0, 2, 5, 0]);
    expect(tabRecords(ws, 'Anggota')).toHaveLength(3);
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(journalBefore);
    expect(results(ws).slice(0, 2)).toEqual(['Sudah diimpor: A-0002', 'Sudah diimpor: A-0003']);

    // The bendahara corrects Lina's NIK and gives Ana her own.
    impor(ws).getRange(5, 3).setValue('1571014501800006');
    impor(ws).getRange(9, 3).setValue('1571014501800008');
    const fixed = importOldRecords();
    expect([fixed.imported, fixed.already, fixed.refused]).toEqual([3, 2, 2]);
    expect(results(ws)).toEqual([
      'Sudah diimpor: A-0002', 'Sudah diimpor: A-0003',
      'Belum diimpor. Perbaiki dulu:\nNama anggota harus diisi.',
      'Berhasil: A-0004',
      'Belum diimpor. Perbaiki dulu:\nNIK 1571014501800010 tersimpan sebagai angka, jadi angka terakhirnya bisa hilang. Ubah kolom NIK menjadi teks biasa (Format > Angka > Teks biasa), lalu tempel lagi.',
      '', 'Berhasil: A-0005', 'Berhasil: A-0006',
    ]);
    // Lina, Ani and Ana: Rp100.000 pokok each, one entry each.
    expect(journalLines(ws).slice(journalBefore).map((l) => [l[0], l[3], l[4], l[5], l[6]])).toEqual([
      ['J-000004', 'Saldo Awal', 100_000, '', ''], ['J-000004', 'Simpanan Pokok', '', 100_000, 'A-0004'],
      ['J-000005', 'Saldo Awal', 100_000, '', ''], ['J-000005', 'Simpanan Pokok', '', 100_000, 'A-0005'],
      ['J-000006', 'Saldo Awal', 100_000, '', ''], ['J-000006', 'Simpanan Pokok', '', 100_000, 'A-0006'],
    ]);
  });

  it('dates every opening entry on the cutover day and refuses members who joined after it', () => {
    const ws = ledger();
    paste(ws, [row('Dewi', '', '2019-03-01', 100_000, 50_000, 0), row('Rina', '', '2026-01-10', 100_000, 0, 0)]);
    const report = importOldRecords({ cutoverDate: '2025-12-31' });
    expect([report.imported, report.refused]).toEqual([1, 1]);
    expect(journalLines(ws).map((l) => [l[0], l[1], l[4], l[5]])).toEqual([
      ['J-000001', '2025-12-31', 150_000, ''], ['J-000001', '2025-12-31', '', 100_000], ['J-000001', '2025-12-31', '', 50_000],
    ]);
    expect(results(ws)[1]).toBe('Belum diimpor. Perbaiki dulu:\nTanggal masuk 2026-01-10 sesudah tanggal pindah buku 2025-12-31. Daftarkan anggota ini seperti anggota baru.');
    expect(() => importOldRecords({ cutoverDate: '2026-04-01' })).toThrow(expect.objectContaining({ code: 'IMPORT_CUTOVER_FUTURE' }));
  });

  it('names the column of a bad amount, notes a pokok unlike today\'s, and says when the join date is missing', () => {
    const ws = ledger();
    paste(ws, [row('Dewi', '', '2019-03-01', 50_000, 0, 0), row('Sari', '', '', 100_000, 'seratus', 0)]);
    importOldRecords();
    expect(results(ws)).toEqual([
      'Berhasil: A-0001\nCatatan: Simpanan pokok Rp50.000, berbeda dari Rp100.000 yang berlaku sekarang. Tidak apa-apa jika dulu jumlahnya memang lain.',
      'Belum diimpor. Perbaiki dulu:\nSimpanan Wajib: Jumlah "seratus" tidak bisa dibaca. Tulis angka saja, misalnya 50.000.\nTanggal Masuk belum diisi.',
    ]);
  });

  it('is refused once the daily work has begun, so no one slips a made-up member with savings into books in use', () => {
    const ws = ledger();
    registerMember({ name: 'Siti Aminah', nik: '', phone: '', address: 'Jambi', email: '', group: 'Mawar', requestId: 'r1' });
    const before = { members: tabRecords(ws, 'Anggota'), journal: tabRecords(ws, 'Jurnal') };
    paste(ws, [row('Bu Fiktif', '', '2020-01-01', 100_000, 0, 10_000_000)]);
    expect(() => importOldRecords()).toThrow(expect.objectContaining({ code: 'IMPORT_AFTER_DAILY_WORK', params: { entry: 'J-000001', date: '2026-03-02' } }));
    expect(() => as(ws, KETUA, () => importOldRecords())).toThrow(expect.objectContaining({ code: 'IMPORT_AFTER_DAILY_WORK' }));
    expect({ members: tabRecords(ws, 'Anggota'), journal: tabRecords(ws, 'Jurnal') }).toEqual(before);
    expect(results(ws)).toEqual(['']);
  });

  it('is refused to the sekretaris and the pengawas, and says so when the tab is empty', () => {
    const ws = ledger();
    expect(() => importOldRecords()).toThrow(expect.objectContaining({ code: 'IMPORT_EMPTY' }));
    paste(ws, [row('Dewi', '', '2019-03-01', 100_000, 0, 0)]);
    for (const who of [SEKRETARIS, PENGAWAS]) {
      expect(() => as(ws, who, () => importOldRecords())).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
    }
    expect(tabRecords(ws, 'Anggota')).toHaveLength(0);
    expect(results(ws)).toEqual(['']);
  });

  it('makes the same number of service calls for 10 or 300 rows', () => {
    const callsFor = (n: number) => {
      const ws = ledger();
      // Every fifth member has sukarela: four journal lines for her, three for the others.
      paste(ws, Array.from({ length: n }, (_, i) => row(`Anggota ${i + 1}`, `15710145018${String(i).padStart(5, '0')}`, '2019-03-01', 100_000, 240_000, i % 5 === 0 ? 50_000 : 0)));
      ws.resetCallCounts();
      const report = importOldRecords();
      expect(report.imported).toBe(n);
      return ws.totalCalls();
    };
    const ten = callsFor(10);
    const many = callsFor(300);
    expect(many).toBe(ten);
  });
});
