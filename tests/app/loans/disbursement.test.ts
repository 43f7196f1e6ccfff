import { decideLoanApplication, recordLoanApplication } from '../../../src/app/loans/applications';
import { disburseLoan } from '../../../src/app/loans/disbursement';
import { recordSavings } from '../../../src/app/savings';
import { recordInstallment } from '../../../src/app/loans/payments';
import { runningLoans } from '../../../src/app/loans/lists';
import { reversePosting } from '../../../src/app/books/reversal';
import { BENDAHARA, KETUA, SEKRETARIS, accountName, as, setSetting, tabRecords } from '../harness';
import { cooperative, day, joinMember, refusal, runningLoan, sitiLoan } from './fixture';

function approved(ws: ReturnType<typeof cooperative>): string {
  const { application } = as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
  as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }));
  return application.id;
}

describe('disburseLoan', () => {
  it('writes the loan row: P-2026-0001, the product\'s terms, who approved and who paid out', () => {
    const ws = cooperative();
    const id = approved(ws);
    const { loan, fee, paidOut, repeated } = as(ws, BENDAHARA, () => disburseLoan({ applicationId: id }));
    expect(repeated).toBe(false);
    expect(loan.id).toBe('P-2026-0001');
    // Fee 1% of Rp1.200.000 = Rp12.000, taken off the cash she receives: Rp1.188.000.
    expect([fee, paidOut]).toEqual([12_000, 1_188_000]);
    const [row] = tabRecords(ws, 'Pinjaman');
    expect(row).toMatchObject({
      'ID Pinjaman': 'P-2026-0001', 'ID Anggota': 'A-0001', Produk: 'usaha', 'Pokok Pinjaman': 1_200_000, 'Tenor (bulan)': 12,
      'Bunga (%)': '1,5', 'Bunga Per': 'bulan', Metode: 'flat', 'Biaya Admin': 12_000, Status: 'berjalan',
      'ID Pengajuan': 'PG-2026-0001', 'Disetujui Oleh': KETUA, 'Dicairkan Oleh': BENDAHARA,
    });
    expect([day(row['Tanggal Cair']), day(row['Angsuran Pertama'])]).toEqual(['2026-03-02', '2026-04-02']);
    expect(tabRecords(ws, 'Pengajuan')[0]).toMatchObject({ Status: 'dicairkan', 'ID Pinjaman': 'P-2026-0001' });
  });

  it('writes the 12 installments of the flat loan: Rp100.000 principal + Rp18.000 interest each', () => {
    const ws = cooperative();
    runningLoan(ws);
    const rows = tabRecords(ws, 'Jadwal Angsuran');
    expect(rows).toHaveLength(12);
    // 1,5% of Rp1.200.000 = Rp18.000 every month; Rp1.200.000 / 12 = Rp100.000.
    expect(rows.slice(0, 2).map((r) => [r['ID Pinjaman'], r['Angsuran Ke'], day(r['Jatuh Tempo']), r.Pokok, r.Jasa, r.Angsuran, r['Sisa Pokok']])).toEqual([
      ['P-2026-0001', 1, '2026-04-02', 100_000, 18_000, 118_000, 1_100_000],
      ['P-2026-0001', 2, '2026-05-02', 100_000, 18_000, 118_000, 1_000_000],
    ]);
    expect([rows[11]['Angsuran Ke'], day(rows[11]['Jatuh Tempo']), rows[11].Angsuran, rows[11]['Sisa Pokok']]).toEqual([12, '2027-03-02', 118_000, 0]);
  });

  it('posts the payout: loan receivable Rp1.200.000 against cash Rp1.188.000 and fee income Rp12.000', () => {
    const ws = cooperative();
    runningLoan(ws);
    const lines = tabRecords(ws, 'Jurnal').filter((r) => r['Kode Jenis'] === 'loan_disbursement');
    expect(lines.map((r) => [accountName(String(r.Akun)), r.Debit, r.Kredit, r['ID Anggota'], r['ID Pinjaman']])).toEqual([
      ['Piutang Pinjaman Anggota', 1_200_000, '', 'A-0001', 'P-2026-0001'],
      ['Kas', '', 1_188_000, '', ''],
      ['Pendapatan Provisi dan Administrasi', '', 12_000, 'A-0001', ''],
    ]);
    expect(lines[0]).toMatchObject({ Keterangan: 'Pencairan pinjaman P-2026-0001 Siti Aminah', 'No Kuitansi': 'KW-2026-00002' });
  });

  it('takes the fee in cash when the settings say it is paid separately', () => {
    const ws = cooperative();
    setSetting(ws, 'biaya_admin_pinjaman', 'dibayar_terpisah');
    runningLoan(ws);
    const lines = tabRecords(ws, 'Jurnal').filter((r) => r['Kode Jenis'] === 'loan_disbursement');
    expect(lines.map((r) => [accountName(String(r.Akun)), r.Debit, r.Kredit])).toEqual([
      ['Piutang Pinjaman Anggota', 1_200_000, ''], ['Kas', '', 1_200_000], ['Kas', 12_000, ''], ['Pendapatan Provisi dan Administrasi', '', 12_000],
    ]);
  });

  it('starts the installments on the date given', () => {
    const ws = cooperative();
    const id = approved(ws);
    as(ws, BENDAHARA, () => disburseLoan({ applicationId: id, firstDueDate: '2026-04-10' }));
    expect(day(tabRecords(ws, 'Jadwal Angsuran')[1]['Jatuh Tempo'])).toBe('2026-05-10');
    const tooLate = approved2(ws);
    expect(refusal(() => as(ws, BENDAHARA, () => disburseLoan({ applicationId: tooLate, firstDueDate: '2026-06-03' }))).code).toBe('FIRST_DUE_DATE_INVALID');
  });

  it('pays out once when Cairkan is pressed twice', () => {
    const ws = cooperative();
    const id = approved(ws);
    const first = as(ws, BENDAHARA, () => disburseLoan({ applicationId: id }));
    const again = as(ws, BENDAHARA, () => disburseLoan({ applicationId: id }));
    expect(again.repeated).toBe(true);
    expect(again.loan.id).toBe(first.loan.id);
    expect(again.paidOut).toBe(1_188_000);
    expect(tabRecords(ws, 'Pinjaman')).toHaveLength(1);
    expect(tabRecords(ws, 'Jadwal Angsuran')).toHaveLength(12);
    expect(tabRecords(ws, 'Jurnal').filter((r) => r['Kode Jenis'] === 'loan_disbursement')).toHaveLength(3);
  });

  it('refuses an application the ketua has not approved, or rejected', () => {
    const ws = cooperative();
    const { application } = as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
    expect(refusal(() => as(ws, BENDAHARA, () => disburseLoan({ applicationId: application.id }))).code).toBe('APPLICATION_NOT_APPROVED');
    as(ws, KETUA, () => decideLoanApplication(application.id, { approve: false, reason: 'Belum lengkap' }));
    expect(refusal(() => as(ws, BENDAHARA, () => disburseLoan({ applicationId: application.id }))).code).toBe('APPLICATION_NOT_APPROVED');
    expect(tabRecords(ws, 'Pinjaman')).toHaveLength(0);
  });

  it('checks her eligibility again on the day of the payout, and the ketua may then reject the approved application', () => {
    const ws = cooperative();
    const save = (direction: 'deposit' | 'withdrawal', requestId: string) =>
      as(ws, BENDAHARA, () => recordSavings({ memberId: 'A-0001', type: 'sukarela', direction, amount: 100_000, requestId }));
    save('deposit', 's1'); // Rp500.000 saved: she may borrow up to Rp1.500.000
    const { application } = as(ws, SEKRETARIS, () => recordLoanApplication({ ...sitiLoan, amount: 1_500_000 }));
    as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }));
    save('withdrawal', 's2'); // back to Rp400.000: at most Rp1.200.000
    const journalBefore = tabRecords(ws, 'Jurnal').length;

    const refused = refusal(() => as(ws, BENDAHARA, () => disburseLoan({ applicationId: application.id })));
    expect(refused.code).toBe('PAYOUT_NO_LONGER_ELIGIBLE');
    expect(refused.problems.map((p) => [p.code, p.params?.max])).toEqual([['LOAN_ABOVE_SAVINGS_MULTIPLE', 1_200_000]]);
    expect([tabRecords(ws, 'Pinjaman').length, tabRecords(ws, 'Jurnal').length]).toEqual([0, journalBefore]);

    // The ketua withdraws the approval with a reason; Siti may apply again for what she may borrow.
    expect(refusal(() => as(ws, KETUA, () => decideLoanApplication(application.id, { approve: false, reason: '' }))).code).toBe('APPLICATION_REJECT_REASON_REQUIRED');
    as(ws, KETUA, () => decideLoanApplication(application.id, { approve: false, reason: 'Simpanan sudah diambil' }));
    expect(tabRecords(ws, 'Pengajuan')[0]).toMatchObject({ Status: 'ditolak', Alasan: 'Simpanan sudah diambil' });
    expect(runningLoan(ws, { ...sitiLoan, requestId: 'app-2' })).toBe('P-2026-0001');
  });

  it('undone (once her installments are undone first), leaves the loan batal: out of the running loans', () => {
    const ws = cooperative();
    const id = approved(ws);
    const payout = as(ws, BENDAHARA, () => disburseLoan({ applicationId: id })).entry.id;
    const paid = as(ws, BENDAHARA, () => recordInstallment({ loanId: 'P-2026-0001', amount: 118_000, requestId: 'i1' })).entry.id;

    const refused = refusal(() => as(ws, BENDAHARA, () => reversePosting({ entryId: payout, reason: 'Uang tidak jadi diserahkan' })));
    expect(refused).toMatchObject({ code: 'REVERSAL_LOAN_HAS_LATER_ENTRIES', params: { id: payout, loan: 'P-2026-0001', count: 1, last: paid } });

    as(ws, BENDAHARA, () => reversePosting({ entryId: paid, reason: 'Salah catat' }));
    as(ws, BENDAHARA, () => reversePosting({ entryId: payout, reason: 'Uang tidak jadi diserahkan' }));
    expect(tabRecords(ws, 'Pinjaman')[0].Status).toBe('batal');
    expect(as(ws, BENDAHARA, () => runningLoans('record_installment'))).toEqual([]);
  });

  it('is refused to the sekretaris: money moves through the bendahara', () => {
    const ws = cooperative();
    const id = approved(ws);
    expect(refusal(() => as(ws, SEKRETARIS, () => disburseLoan({ applicationId: id }))).code).toBe('NOT_ALLOWED');
  });

  it('numbers the loans of the year one after another', () => {
    const ws = cooperative();
    runningLoan(ws);
    as(ws, SEKRETARIS, () => joinMember('Rahma', 'rahma'));
    expect(runningLoan(ws, { ...sitiLoan, memberId: 'A-0002', requestId: 'app-2' })).toBe('P-2026-0002');
  });

  it('makes the same number of service calls with 1 or 15 loans in the ledger', () => {
    const ws = cooperative();
    const calls = (name: string) => {
      const memberId = as(ws, SEKRETARIS, () => joinMember(name, name));
      const { application } = as(ws, SEKRETARIS, () => recordLoanApplication({ ...sitiLoan, memberId, requestId: name }));
      as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }));
      ws.resetCallCounts();
      as(ws, BENDAHARA, () => disburseLoan({ applicationId: application.id }));
      return ws.totalCalls();
    };
    const small = calls('first');
    for (let i = 0; i < 13; i++) calls(`m${i}`);
    expect(calls('last')).toBe(small);
  });
});

/** A second member's approved application (Rahma, same loan). */
function approved2(ws: ReturnType<typeof cooperative>): string {
  as(ws, SEKRETARIS, () => joinMember('Rahma', 'rahma'));
  const { application } = as(ws, SEKRETARIS, () => recordLoanApplication({ ...sitiLoan, memberId: 'A-0002', requestId: 'app-r' }));
  as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }));
  return application.id;
}
