/**
 * Whatever a manager or a member types stays exactly that text in the ledger's tabs: Sheets reads a
 * written string as if typed (USER_ENTERED), so "=1+1" would become a formula, "0812" a number and
 * "1/2/2026" a date unless the cell is plain text. Every text field the daily work writes is tried.
 */
import { registerMember } from '../../src/app/members/members';
import { recordSavings } from '../../src/app/savings';
import { decideLoanApplication, recordLoanApplication } from '../../src/app/loans/applications';
import { reversePosting } from '../../src/app/books/reversal';
import { BENDAHARA, KETUA, SEKRETARIS, as, spreadsheet, tabRecords } from './harness';
import { cooperative, sitiLoan } from './loans/fixture';

/** Strings Sheets would turn into something else if it were allowed to. */
const HOSTILE = ['=1+1', '=IMPORTRANGE("x","A1")', '+62 812', '-5', '@siti', '0812', '1/2/2026', '2026-03-01', 'TRUE', '1e5', '50%', '1.234,5', "'kutip", '007'];

describe('text typed into Lumbung', () => {
  it.each(HOSTILE)('stays exactly %j in every tab it is written to', (text) => {
    const ws = cooperative();
    as(ws, SEKRETARIS, () => registerMember({ name: `Nama ${text}`, nik: '', phone: '', address: text, email: '', group: text, requestId: 'r' }));
    const { application } = as(ws, SEKRETARIS, () => recordLoanApplication({ ...sitiLoan, purpose: text }));
    as(ws, KETUA, () => decideLoanApplication(application.id, { approve: false, reason: text }));
    const { entry } = as(ws, BENDAHARA, () => recordSavings({ memberId: 'A-0001', type: 'sukarela', direction: 'deposit', amount: 1_000, requestId: 's' }));
    as(ws, BENDAHARA, () => reversePosting({ entryId: entry.id, reason: text }));

    const rahma = tabRecords(ws, 'Anggota').find((r) => r['ID Anggota'] === 'A-0002')!;
    expect([rahma.Nama, rahma.Alamat, rahma.Kelompok]).toEqual([`Nama ${text}`, text, text]);
    const [app] = tabRecords(ws, 'Pengajuan');
    expect([app.Keperluan, app.Alasan]).toEqual([text, text]);
    const reversal = tabRecords(ws, 'Jurnal').filter((r) => r.Membalik !== '');
    expect(reversal.map((r) => r.Alasan)).toContain(text);
    // Nothing anywhere became a formula.
    for (const sheet of spreadsheet(ws).getSheets()) {
      expect(sheet.getDataRange().getFormulas().flat().filter((f) => f !== '')).toEqual([]);
    }
  });
});
