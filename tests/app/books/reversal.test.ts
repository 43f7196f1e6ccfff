import { entryToReverse, reversePosting } from '../../../src/app/books/reversal';
import { passbookOf } from '../../../src/app/books/views';
import { verifyLedger } from '../../../src/app/books/verify';
import { PENGAWAS, accountName, as, linesByAccountName, tabRecords } from '../harness';
import { deposit, smallBooks } from '../books-fixtures';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

describe('reversePosting', () => {
  it('shows the entry to undo, found however its number is typed', () => {
    smallBooks();
    const { entry } = entryToReverse('j-5');
    expect(entry.id).toBe('J-000005');
    // Siti's sukarela of 50.000: cash in, her sukarela credited.
    expect(entry.lines.map((l) => [accountName(l.account), l.debit, l.credit, l.memberId ?? ''])).toEqual([['Kas', 50_000, 0, ''], ['Simpanan Sukarela', 0, 50_000, 'A-0001']]);
  });

  it('posts the mirror entry with the reason, and her sukarela goes back to 0', () => {
    const ws = smallBooks();
    const { reversal, repeated } = reversePosting({ entryId: 'J-000005', reason: 'Dicatat dua kali' });
    expect(repeated).toBe(false);
    expect(reversal.id).toBe('J-000009');
    const rows = tabRecords(ws, 'Jurnal').slice(-2);
    // The mirror: Kas credited back, her Simpanan Sukarela debited.
    expect(rows.map((r) => [r.No, r['ID Jurnal'], r.Jenis, r['Kode Jenis'], accountName(String(r.Akun)), r.Debit, r.Kredit, r.Membalik, r.Alasan, r.Kunci])).toEqual([
      [20, 'J-000009', 'Pembatalan', 'reversal', 'Kas', '', 50_000, 'J-000005', 'Dicatat dua kali', 'reverse:J-000005'],
      [21, 'J-000009', 'Pembatalan', 'reversal', 'Simpanan Sukarela', 50_000, '', 'J-000005', 'Dicatat dua kali', 'reverse:J-000005'],
    ]);
    expect(linesByAccountName(reversal)).toEqual({ Kas: { debit: 0, credit: 50_000 }, 'Simpanan Sukarela': { debit: 50_000, credit: 0 } });
    expect(rows[0].Keterangan).toBe('Pembatalan J-000005');
    expect(passbookOf('A-0001').passbook.sukarela.closing).toBe(0);
    expect(verifyLedger().report.ok).toBe(true);
  });

  it('lands once when Confirm is pressed twice', () => {
    const ws = smallBooks();
    const first = reversePosting({ entryId: 'J-000005', reason: 'Salah anggota' });
    const again = reversePosting({ entryId: 'J-000005', reason: 'Salah anggota' });
    expect(again.repeated).toBe(true);
    expect(again.reversal.id).toBe(first.reversal.id);
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(21);
  });

  it('refuses an unknown number, a missing reason, and an entry already undone', () => {
    const ws = smallBooks();
    expect(codeOf(() => entryToReverse('J-000099'))).toBe('REVERSAL_TARGET_UNKNOWN');
    expect(codeOf(() => entryToReverse('KW-2026-00001'))).toBe('ENTRY_ID_TEXT_INVALID');
    expect(codeOf(() => reversePosting({ entryId: 'J-000005', reason: '  ' }))).toBe('REASON_REQUIRED');
    reversePosting({ entryId: 'J-000005', reason: 'Salah' });
    expect(codeOf(() => entryToReverse('J-000005'))).toBe('ENTRY_ALREADY_REVERSED');
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(21);
  });

  it('undoes a reversal once, restoring the original; not twice', () => {
    const ws = smallBooks();
    reversePosting({ entryId: 'J-000005', reason: 'Salah' }); // J-000009
    const back = reversePosting({ entryId: 'J-000009', reason: 'Ternyata benar' }); // J-000010
    expect(back.reversal.reverses).toBe('J-000009');
    expect(passbookOf('A-0001').passbook.sukarela.closing).toBe(50_000);
    expect(codeOf(() => entryToReverse('J-000009'))).toBe('ENTRY_ALREADY_REVERSED');
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(23);
  });

  it('is refused to a pengawas', () => {
    const ws = smallBooks();
    expect(codeOf(() => as(ws, PENGAWAS, () => reversePosting({ entryId: 'J-000005', reason: 'x' })))).toBe('NOT_ALLOWED');
  });

  it('makes the same number of service calls with 19 or 100 journal lines', () => {
    const ws = smallBooks();
    const calls = (id: string) => {
      ws.resetCallCounts();
      reversePosting({ entryId: id, reason: 'Salah' });
      return ws.totalCalls();
    };
    const small = calls('J-000004');
    for (let i = 0; i < 40; i++) deposit('A-0002', 'sukarela', 1_000, '2026-06-15');
    expect(calls('J-000005')).toBe(small);
  });
});
