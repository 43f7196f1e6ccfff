import { recordInstallment } from '../../../src/app/loans/payments';
import { waivePenalty } from '../../../src/app/loans/waivers';
import { BENDAHARA, KETUA, SEKRETARIS, accountName, as, tabRecords } from '../harness';
import { cooperative, goTo, joinMember, refusal, runningLoan, sitiLoan } from './fixture';

/**
 * Siti paid installment 1 on 2026-04-02; installment 2 (Rp118.000, due 2026-05-02) is still unpaid on
 * 2026-05-20: a penalty of 2% = Rp2.360 was charged on 2026-05-10, after the 7 grace days.
 */
function lateLoan() {
  const ws = cooperative();
  const loanId = runningLoan(ws);
  goTo(ws, '2026-04-02');
  as(ws, BENDAHARA, () => recordInstallment({ loanId, amount: 118_000, requestId: 'pay-1' }));
  goTo(ws, '2026-05-20');
  const waive = (amount: number, reason: string, requestId = 'w-1') => as(ws, KETUA, () => waivePenalty({ loanId, amount, reason, requestId }));
  const rows = (kind: string) => tabRecords(ws, 'Jurnal').filter((r) => r['Kode Jenis'] === kind);
  return { ws, loanId, waive, rows };
}

describe('waivePenalty', () => {
  it('books the penalty it forgives and takes it back, with the reason; the rest stays owed', () => {
    const { waive, rows } = lateLoan();
    const r = waive(1_000, 'Sakit, dirawat di rumah sakit');
    expect([r.amount, r.penaltyLeft]).toEqual([1_000, 1_360]);
    expect(rows('penalty_charge').map((x) => [accountName(String(x.Akun)), x.Debit, x.Kredit, x['ID Pinjaman']])).toEqual([
      ['Piutang Denda', 1_000, '', 'P-2026-0001'], ['Pendapatan Denda', '', 1_000, 'P-2026-0001'],
    ]);
    const waiver = rows('penalty_waiver');
    expect(waiver.map((x) => [accountName(String(x.Akun)), x.Debit, x.Kredit])).toEqual([['Pendapatan Denda', 1_000, ''], ['Piutang Denda', '', 1_000]]);
    expect(waiver[0]).toMatchObject({ Alasan: 'Sakit, dirawat di rumah sakit', Keterangan: 'Penghapusan denda P-2026-0001 Siti Aminah', 'Dicatat Oleh': KETUA });
  });

  it('leaves only the unwaived penalty to pay: Rp1.360 of Rp2.360', () => {
    const { ws, loanId, waive, rows } = lateLoan();
    waive(1_000, 'Sakit');
    const paid = as(ws, BENDAHARA, () => recordInstallment({ loanId, amount: 119_360, requestId: 'pay-2' }));
    expect([paid.penalty, paid.interest, paid.principal]).toEqual([1_360, 18_000, 100_000]);
    expect(rows('installment_payment').slice(3).map((x) => [accountName(String(x.Akun)), x.Debit, x.Kredit])).toEqual([
      ['Kas', 119_360, ''], ['Pendapatan Denda', '', 1_360], ['Pendapatan Jasa Pinjaman', '', 18_000], ['Piutang Pinjaman Anggota', '', 100_000],
    ]);
  });

  it('forgives the whole penalty: the installment alone settles the month', () => {
    const { ws, loanId, waive } = lateLoan();
    expect(waive(2_360, 'Bencana banjir').penaltyLeft).toBe(0);
    const paid = as(ws, BENDAHARA, () => recordInstallment({ loanId, amount: 118_000, requestId: 'pay-2' }));
    expect([paid.penalty, paid.interest, paid.principal]).toEqual([0, 18_000, 100_000]);
  });

  it('refuses a waiver without a written reason, or above the Rp2.360 owed', () => {
    const { waive, rows } = lateLoan();
    expect(refusal(() => waive(1_000, '   ')).code).toBe('PENALTY_WAIVER_REASON_REQUIRED');
    const above = refusal(() => waive(2_361, 'Sakit'));
    expect([above.code, above.params.owed]).toEqual(['WAIVER_ABOVE_PENALTY_OWED', 2_360]);
    expect(rows('penalty_waiver')).toHaveLength(0);
  });

  it('refuses a waiver on a loan with no penalty', () => {
    const ws = cooperative();
    const loanId = runningLoan(ws);
    expect(refusal(() => as(ws, KETUA, () => waivePenalty({ loanId, amount: 1_000, reason: 'x', requestId: 'w' }))).code).toBe('NO_PENALTY_OWED');
  });

  it('is refused to the bendahara: waivers are the ketua\'s', () => {
    const { ws, loanId } = lateLoan();
    expect(refusal(() => as(ws, BENDAHARA, () => waivePenalty({ loanId, amount: 1_000, reason: 'Sakit', requestId: 'w' }))).code).toBe('NOT_ALLOWED');
  });

  it('waives once when the button is pressed twice', () => {
    const { waive, rows } = lateLoan();
    waive(1_000, 'Sakit');
    const again = waive(1_000, 'Sakit');
    expect([again.repeated, again.amount, again.penaltyLeft]).toEqual([true, 1_000, 1_360]);
    // One entry each (of two lines): the penalty booked and forgiven once.
    expect(new Set(rows('penalty_waiver').map((x) => x['ID Jurnal'])).size).toBe(1);
    expect(new Set(rows('penalty_charge').map((x) => x['ID Jurnal'])).size).toBe(1);
  });

  it('makes the same number of service calls with 1 or 8 late loans in the ledger', () => {
    const { ws, loanId, waive } = lateLoan();
    const calls = (req: string) => {
      ws.resetCallCounts();
      waive(100, 'Sakit', req);
      return ws.totalCalls();
    };
    const small = calls('small');
    for (let i = 0; i < 7; i++) {
      const memberId = as(ws, SEKRETARIS, () => joinMember(`m${i}`, `m${i}`));
      runningLoan(ws, { ...sitiLoan, memberId, requestId: `app-m${i}` });
      as(ws, KETUA, () => waivePenalty({ loanId, amount: 10, reason: 'x', requestId: `w${i}` }));
    }
    expect(calls('large')).toBe(small);
  });
});
