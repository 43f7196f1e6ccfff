import { decideLoanApplication, recordLoanApplication } from '../../../src/app/loans/applications';
import { explain } from '../../../src/addon/respond';
import { BENDAHARA, KETUA, PENGAWAS, SEKRETARIS, as, tabRecords } from '../harness';
import { cooperative, day, joinMember, refusal, sitiLoan } from './fixture';

describe('recordLoanApplication', () => {
  it('writes a waiting application with who recorded it', () => {
    const ws = cooperative();
    const { application, repeated } = as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
    expect(repeated).toBe(false);
    expect(application.id).toBe('PG-2026-0001');
    expect(tabRecords(ws, 'Pengajuan')).toEqual([
      expect.objectContaining({
        'ID Pengajuan': 'PG-2026-0001', 'ID Anggota': 'A-0001', Produk: 'usaha', Jumlah: 1_200_000, 'Tenor (bulan)': 12,
        Keperluan: 'Modal warung sembako', Status: 'menunggu', 'Dicatat Oleh': SEKRETARIS, 'Diputuskan Oleh': '', 'ID Pinjaman': '',
      }),
    ]);
  });

  it('records one application when Save is pressed twice', () => {
    const ws = cooperative();
    const first = as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
    const again = as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
    expect(again).toEqual({ application: first.application, memberName: 'Siti Aminah', repeated: true });
    expect(tabRecords(ws, 'Pengajuan')).toHaveLength(1);
  });

  it('refuses more than 3 times her savings, saying the limit in rupiah', () => {
    const ws = cooperative();
    // Savings Rp400.000 x 3 = Rp1.200.000; Rp1.300.000 is above.
    const err = refusal(() => as(ws, SEKRETARIS, () => recordLoanApplication({ ...sitiLoan, amount: 1_300_000 })));
    expect(err.code).toBe('LOAN_APPLICATION_REFUSED');
    expect(explain('id', err)).toBe(
      'Pengajuan pinjaman belum bisa dicatat:\nPinjaman Usaha: pinjaman paling banyak 3 kali simpanan, yaitu Rp1.200.000.',
    );
    expect(tabRecords(ws, 'Pengajuan')).toHaveLength(0);
  });

  it('gives every reason at once: too new a member, too long a term, no purpose', () => {
    const ws = cooperative();
    as(ws, SEKRETARIS, () => joinMember('Rahma', 'rahma', '2026-01-15'));
    const err = refusal(() => as(ws, SEKRETARIS, () => recordLoanApplication({ ...sitiLoan, memberId: 'A-0002', amount: 600_000, termMonths: 36, purpose: ' ', requestId: 'r' })));
    expect(err.problems.map((p) => p.code)).toEqual(['APPLICATION_PURPOSE_REQUIRED', 'LOAN_TERM_TOO_LONG', 'LOAN_MEMBERSHIP_TOO_SHORT']);
    // Joined 2026-01-15: one whole month by 2026-03-02; the product asks for 3.
    expect(err.problems[2].params).toMatchObject({ months: 1, min: 3 });
  });

  it('refuses a member nobody has and a product the settings do not list', () => {
    const ws = cooperative();
    const err = refusal(() => as(ws, SEKRETARIS, () => recordLoanApplication({ ...sitiLoan, memberId: 'A-0099', productId: 'rumah' })));
    expect(err.problems.map((p) => p.code)).toEqual(['APPLICATION_MEMBER_UNKNOWN', 'APPLICATION_PRODUCT_UNKNOWN']);
  });

  it('refuses a second application while her first is still waiting', () => {
    const ws = cooperative();
    as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
    const err = refusal(() => as(ws, SEKRETARIS, () => recordLoanApplication({ ...sitiLoan, amount: 500_000, requestId: 'app-2' })));
    expect(err.problems.map((p) => p.code)).toEqual(['APPLICATION_ALREADY_OPEN']);
  });

  it('is refused to a pengawas', () => {
    const ws = cooperative();
    expect(refusal(() => as(ws, PENGAWAS, () => recordLoanApplication(sitiLoan))).code).toBe('NOT_ALLOWED');
  });
});

describe('decideLoanApplication', () => {
  it('approves: status, who and when on the application row', () => {
    const ws = cooperative();
    const { application } = as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
    as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }));
    expect(tabRecords(ws, 'Pengajuan')[0]).toMatchObject({ Status: 'disetujui', 'Diputuskan Oleh': KETUA, Alasan: '' });
    expect(day(tabRecords(ws, 'Pengajuan')[0]['Tanggal Keputusan'])).toBe('2026-03-02');
  });

  it('rejects with the reason written down, and refuses a rejection without one', () => {
    const ws = cooperative();
    const { application } = as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
    expect(refusal(() => as(ws, KETUA, () => decideLoanApplication(application.id, { approve: false, reason: '  ' }))).code).toBe('APPLICATION_REJECT_REASON_REQUIRED');
    as(ws, KETUA, () => decideLoanApplication(application.id, { approve: false, reason: 'Usaha belum jalan' }));
    expect(tabRecords(ws, 'Pengajuan')[0]).toMatchObject({ Status: 'ditolak', Alasan: 'Usaha belum jalan' });
    // Decided: it cannot be approved afterwards.
    expect(refusal(() => as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }))).code).toBe('APPLICATION_NOT_WAITING');
  });

  it('refuses the ketua approving an application she recorded herself (maker-checker)', () => {
    const ws = cooperative();
    const { application } = as(ws, KETUA, () => recordLoanApplication(sitiLoan));
    expect(refusal(() => as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }))).code).toBe('SAME_PERSON_APPROVES');
    expect(tabRecords(ws, 'Pengajuan')[0].Status).toBe('menunggu');
  });

  it('is refused to the bendahara: approvals are the ketua\'s', () => {
    const ws = cooperative();
    const { application } = as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
    expect(refusal(() => as(ws, BENDAHARA, () => decideLoanApplication(application.id, { approve: true }))).code).toBe('NOT_ALLOWED');
  });

  it('takes a double click on Approve once', () => {
    const ws = cooperative();
    const { application } = as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
    as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }));
    expect(as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true })).repeated).toBe(true);
  });

  it('makes the same number of service calls with 1 or 30 applications in the tab', () => {
    const ws = cooperative();
    const calls = (name: string) => {
      const id = as(ws, SEKRETARIS, () => joinMember(name, name));
      ws.resetCallCounts();
      const { application } = as(ws, SEKRETARIS, () => recordLoanApplication({ ...sitiLoan, memberId: id, requestId: name }));
      const recorded = ws.totalCalls();
      ws.resetCallCounts();
      as(ws, KETUA, () => decideLoanApplication(application.id, { approve: false, reason: 'belum' }));
      return [recorded, ws.totalCalls()];
    };
    const small = calls('first');
    for (let i = 0; i < 28; i++) calls(`m${i}`);
    expect(calls('last')).toEqual(small);
  });
});
