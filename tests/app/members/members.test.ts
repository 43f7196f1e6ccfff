import { setupLedger } from '../../../src/app/setup';
import { registerMember, type NewMember } from '../../../src/app/members/members';
import { LumbungError } from '../../../src/domain/errors';
import { BENDAHARA, KETUA, PENGAWAS, accountName, as, linesByAccountName, setSetting, spreadsheet, tabRecords, useWorkspace } from '../harness';

const siti: NewMember = { name: 'Siti Aminah', nik: '1571014501800001', phone: '081234567890', address: 'Jl. Sultan Thaha 1, Jambi', email: 'Siti@Example.com', group: 'Mawar', requestId: 'req-1' };

function ledger() {
  const ws = useWorkspace({ user: KETUA, now: new Date('2026-03-02T02:00:00Z') });
  setupLedger();
  setSetting(ws, 'bendahara', BENDAHARA);
  setSetting(ws, 'pengawas', PENGAWAS);
  setupLedger(); // as a ketua presses "repair": the new managers become editors of the tabs
  ws.setUser(BENDAHARA);
  return ws;
}

describe('registerMember', () => {
  it('writes her row and posts her simpanan pokok with a receipt number', () => {
    const ws = ledger();
    const { member, entry, paid, repeated } = registerMember({ ...siti, wajib: 20_000 });
    expect(repeated).toBe(false);
    expect(paid).toBe(120_000);
    expect(member.id).toBe('A-0001');
    const [row] = tabRecords(ws, 'Anggota');
    expect(row).toMatchObject({ 'ID Anggota': 'A-0001', Nama: 'Siti Aminah', NIK: '1571014501800001', Telepon: '081234567890', Email: 'siti@example.com', Status: 'aktif' });
    // Joined "today": 2026-03-02 09:00 in Jakarta.
    expect(entry.date).toBe('2026-03-02');
    expect(entry.receipt).toBe('KW-2026-00001');
    const journal = tabRecords(ws, 'Jurnal');
    // Default pokok Rp100.000 and the first wajib Rp20.000: cash in, both savings credited.
    expect(journal.map((r) => [accountName(String(r.Akun)), r.Debit, r.Kredit, r['ID Anggota'], r['Jenis Simpanan']])).toEqual([
      ['Kas', 120_000, '', '', ''],
      ['Simpanan Pokok', '', 100_000, 'A-0001', 'pokok'],
      ['Simpanan Wajib', '', 20_000, 'A-0001', 'wajib'],
    ]);
    expect(linesByAccountName(entry)).toEqual({ Kas: { debit: 120_000, credit: 0 }, 'Simpanan Pokok': { debit: 0, credit: 100_000 }, 'Simpanan Wajib': { debit: 0, credit: 20_000 } });
    expect(journal.map((r) => r.No)).toEqual([1, 2, 3]);
    expect(journal.every((r) => String(r.Hash).length === 64)).toBe(true);
  });

  it('keeps names, phone numbers and NIK exactly as typed, never as formulas or numbers', () => {
    const ws = ledger();
    registerMember({ ...siti, name: '=IMPORTRANGE("x","A1")', phone: '+6281234567890', nik: '0071014501800001', requestId: 'inj' });
    const sheet = spreadsheet(ws).getSheetByName('Anggota')!;
    expect(sheet.getRange(2, 2, 1, 3).getValues()[0]).toEqual(['=IMPORTRANGE("x","A1")', '0071014501800001', '+6281234567890']);
    expect(sheet.getRange(2, 2).getFormula()).toBe('');
  });

  it('registers a member once when Save is pressed twice', () => {
    const ws = ledger();
    const first = registerMember(siti);
    const again = registerMember(siti);
    expect(again.repeated).toBe(true);
    expect(again.member.id).toBe(first.member.id);
    expect(tabRecords(ws, 'Anggota')).toHaveLength(1);
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(2);
  });

  it('numbers members one after another', () => {
    ledger();
    expect(registerMember(siti).member.id).toBe('A-0001');
    expect(registerMember({ ...siti, nik: '', name: 'Rahma', requestId: 'req-2' }).member.id).toBe('A-0002');
  });

  it('refuses bad details and writes nothing', () => {
    const ws = ledger();
    let err: unknown;
    try {
      registerMember({ ...siti, nik: '12345' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LumbungError);
    expect((err as LumbungError).code).toBe('MEMBER_NIK_INVALID');
    expect(tabRecords(ws, 'Anggota')).toHaveLength(0);
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(0);
  });

  it('is refused to a pengawas, who only reads the books', () => {
    const ws = ledger();
    expect(() => as(ws, PENGAWAS, () => registerMember(siti))).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
  });

  it('makes the same number of service calls with 3 or 60 members in the ledger', () => {
    const ws = ledger();
    const callsFor = (req: string) => {
      ws.resetCallCounts();
      registerMember({ ...siti, nik: '', name: req, requestId: req });
      return ws.totalCalls();
    };
    for (let i = 0; i < 3; i++) registerMember({ ...siti, nik: '', name: `a${i}`, requestId: `a${i}` });
    const small = callsFor('small');
    for (let i = 0; i < 57; i++) registerMember({ ...siti, nik: '', name: `b${i}`, requestId: `b${i}` });
    expect(callsFor('large')).toBe(small);
  });
});

describe('registerMember when the member row could not be written', () => {
  it('completes the row on a retry of the same form, under the number the journal gave her, and never reissues it', () => {
    const ws = ledger();
    // The journal is written first; the second block of values (the member's row) fails, and so
    // does the append's one more try (it adds rows first).
    ws.faults.failAt(2, { key: 'SpreadsheetApp.Range.setValues' });
    ws.faults.failAt(1, { key: 'SpreadsheetApp.Sheet.insertRowsAfter' });
    expect(() => registerMember(siti)).toThrow();
    expect(tabRecords(ws, 'Anggota')).toHaveLength(0);
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(2);
    // Someone else registers meanwhile: she must not get A-0001, which the journal already gave Siti.
    expect(registerMember({ ...siti, nik: '', name: 'Rahma', requestId: 'req-2' }).member.id).toBe('A-0002');
    const retry = registerMember(siti);
    expect(retry.repeated).toBe(true);
    expect(retry.member.id).toBe('A-0001');
    expect(tabRecords(ws, 'Anggota').map((r) => [r['ID Anggota'], r.Nama, r.NIK])).toEqual([
      ['A-0002', 'Rahma', ''],
      ['A-0001', 'Siti Aminah', '1571014501800001'],
    ]);
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(4);
  });
});
