import { recordInstallment } from '../../../src/app/loans/payments';
import { runningLoans } from '../../../src/app/loans/lists';
import { reversePosting } from '../../../src/app/books/reversal';
import { BENDAHARA, SEKRETARIS, accountName, as, tabRecords } from '../harness';
import { cooperative, goTo, joinMember, refusal, runningLoan, sitiLoan } from './fixture';

/** Siti's loan (Rp1.200.000, 12 x Rp118.000 from 2026-04-02), paid out on 2026-03-02. */
function sitiPays() {
  const ws = cooperative();
  const loanId = runningLoan(ws);
  let n = 0;
  const pay = (amount: number, date?: string) => as(ws, BENDAHARA, () => recordInstallment({ loanId, amount, date, requestId: `pay-${++n}` }));
  const lines = () => tabRecords(ws, 'Jurnal').filter((r) => r['Kode Jenis'] === 'installment_payment').map((r) => [accountName(String(r.Akun)), r.Debit, r.Kredit]);
  return { ws, loanId, pay, lines };
}

describe('recordInstallment', () => {
  it('splits an installment paid on its due date into Jasa Rp18.000 and Pokok Rp100.000', () => {
    const { ws, pay } = sitiPays();
    goTo(ws, '2026-04-02');
    const r = pay(118_000);
    expect([r.penalty, r.interest, r.principal, r.principalLeft, r.closesLoan]).toEqual([0, 18_000, 100_000, 1_100_000, false]);
    const rows = tabRecords(ws, 'Jurnal').filter((x) => x['Kode Jenis'] === 'installment_payment');
    expect(rows.map((x) => [accountName(String(x.Akun)), x.Debit, x.Kredit, x['ID Anggota'], x['ID Pinjaman']])).toEqual([
      ['Kas', 118_000, '', '', ''],
      ['Pendapatan Jasa Pinjaman', '', 18_000, 'A-0001', 'P-2026-0001'],
      ['Piutang Pinjaman Anggota', '', 100_000, 'A-0001', 'P-2026-0001'],
    ]);
    expect(rows[0]).toMatchObject({ Keterangan: 'Angsuran pinjaman P-2026-0001 Siti Aminah', 'No Kuitansi': 'KW-2026-00003', 'Dicatat Oleh': BENDAHARA });
  });

  it('takes a part payment as interest first, then principal', () => {
    const { ws, pay } = sitiPays();
    goTo(ws, '2026-04-02');
    const r = pay(50_000);
    // Rp50.000 = the month's Rp18.000 interest + Rp32.000 of principal.
    expect([r.interest, r.principal, r.principalLeft]).toEqual([18_000, 32_000, 1_168_000]);
  });

  it('charges the late penalty first: 2% of the unpaid Rp118.000 = Rp2.360, a month after the 7 grace days', () => {
    const { ws, pay, lines } = sitiPays();
    goTo(ws, '2026-04-02');
    pay(118_000);
    // Installment 2 fell due 2026-05-02; grace to 2026-05-09; the penalty is charged on 2026-05-10.
    goTo(ws, '2026-05-20');
    const r = pay(120_360);
    expect([r.penalty, r.interest, r.principal, r.principalLeft]).toEqual([2_360, 18_000, 100_000, 1_000_000]);
    expect(lines().slice(3)).toEqual([
      ['Kas', 120_360, ''], ['Pendapatan Denda', '', 2_360], ['Pendapatan Jasa Pinjaman', '', 18_000], ['Piutang Pinjaman Anggota', '', 100_000],
    ]);
  });

  it('charges no penalty on a payment dated within the grace days, recorded later', () => {
    const { ws, pay } = sitiPays();
    goTo(ws, '2026-05-20');
    expect(pay(118_000, '2026-04-09').penalty).toBe(0);
  });

  it('closes the loan when she pays it off: the principal left and the interest of the months begun', () => {
    const { ws, pay } = sitiPays();
    goTo(ws, '2026-04-02');
    pay(118_000);
    goTo(ws, '2026-05-02');
    pay(118_000);
    goTo(ws, '2026-06-05');
    // Principal Rp1.000.000 + interest of installment 3 (due 06-02) Rp18.000 + the month begun Rp18.000.
    const over = refusal(() => pay(1_036_001));
    expect([over.code, over.params.amount, over.params.payoff]).toEqual(['PAYMENT_ABOVE_PAYOFF', 1_036_001, 1_036_000]);
    const r = pay(1_036_000);
    expect([r.interest, r.principal, r.principalLeft, r.closesLoan]).toEqual([36_000, 1_000_000, 0, true]);
    expect(tabRecords(ws, 'Pinjaman')[0].Status).toBe('lunas');
    expect(refusal(() => pay(118_000)).code).toBe('LOAN_NOT_RUNNING');
  });

  it('runs the loan again when the payment that closed it is undone, so the rest can still be collected', () => {
    const { ws, pay } = sitiPays();
    goTo(ws, '2026-04-02');
    const payoff = pay(1_218_000);
    expect(payoff.closesLoan).toBe(true);
    as(ws, BENDAHARA, () => reversePosting({ entryId: payoff.entry.id, reason: 'Uang palsu' }));
    expect(tabRecords(ws, 'Pinjaman')[0].Status).toBe('berjalan');
    expect(as(ws, BENDAHARA, () => runningLoans('record_installment')).map((l) => l.figures.outstandingPrincipal)).toEqual([1_200_000]);
    expect(pay(118_000).principalLeft).toBe(1_100_000);
  });

  it('marks the loan lunas when Terima is pressed again after the payoff was cut off before the loan row', () => {
    const { ws, loanId } = sitiPays();
    goTo(ws, '2026-04-02');
    const payoff = () => as(ws, BENDAHARA, () => recordInstallment({ loanId, amount: 1_218_000, requestId: 'payoff' }));
    // The journal block is written; the loan row's write fails (a server error).
    ws.faults.failAt(2, { key: 'SpreadsheetApp.Range.setValues' });
    expect(payoff).toThrow(/server error/);
    expect(tabRecords(ws, 'Pinjaman')[0].Status).toBe('berjalan');
    const again = payoff();
    expect([again.repeated, again.closesLoan, again.principalLeft]).toEqual([true, true, 0]);
    expect(tabRecords(ws, 'Pinjaman')[0].Status).toBe('lunas');
    expect(tabRecords(ws, 'Jurnal').filter((r) => r['Kode Jenis'] === 'installment_payment').length).toBe(3);
  });

  it('refuses more than the payoff, and writes nothing', () => {
    const { ws, pay } = sitiPays();
    goTo(ws, '2026-04-02');
    const before = tabRecords(ws, 'Jurnal').length;
    expect(refusal(() => pay(12_000_000)).code).toBe('PAYMENT_ABOVE_PAYOFF');
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(before);
  });

  it('refuses a date not yet come, and one before a payment already recorded', () => {
    const { ws, pay } = sitiPays();
    goTo(ws, '2026-04-02');
    expect(refusal(() => pay(118_000, '2026-04-03')).code).toBe('PAYMENT_DATE_IN_FUTURE');
    pay(118_000);
    expect(refusal(() => pay(118_000, '2026-03-30')).code).toBe('PAYMENT_DATE_BEFORE_LAST');
  });

  it('records a payment once when Terima is pressed twice, and says so', () => {
    const { ws, loanId, lines } = sitiPays();
    goTo(ws, '2026-04-02');
    const once = as(ws, BENDAHARA, () => recordInstallment({ loanId, amount: 118_000, requestId: 'same' }));
    const twice = as(ws, BENDAHARA, () => recordInstallment({ loanId, amount: 118_000, requestId: 'same' }));
    expect(twice.repeated).toBe(true);
    expect([twice.entry.receipt, twice.interest, twice.principal, twice.principalLeft]).toEqual([once.entry.receipt, 18_000, 100_000, 1_100_000]);
    expect(lines()).toHaveLength(3);
  });

  it('is refused to the sekretaris', () => {
    const { ws, loanId } = sitiPays();
    expect(refusal(() => as(ws, SEKRETARIS, () => recordInstallment({ loanId, amount: 118_000, requestId: 'x' }))).code).toBe('NOT_ALLOWED');
  });

  it('makes the same number of service calls with 1 or 12 loans and their payments in the ledger', () => {
    const ws = cooperative();
    const loans = [runningLoan(ws)];
    goTo(ws, '2026-04-02');
    const calls = (loanId: string, req: string) => {
      ws.resetCallCounts();
      as(ws, BENDAHARA, () => recordInstallment({ loanId, amount: 50_000, requestId: req }));
      return ws.totalCalls();
    };
    const small = calls(loans[0], 'small');
    for (let i = 0; i < 11; i++) {
      const memberId = as(ws, SEKRETARIS, () => joinMember(`m${i}`, `m${i}`));
      loans.push(runningLoan(ws, { ...sitiLoan, memberId, requestId: `app-m${i}` }));
      as(ws, BENDAHARA, () => recordInstallment({ loanId: loans[i + 1], amount: 60_000, requestId: `p${i}` }));
    }
    expect(calls(loans[0], 'large')).toBe(small);
  });
});
