import { setupLedger } from '../../../src/app/setup';
import { runAction } from '../../../src/app/context';
import { post } from '../../../src/app/books/journal';
import { loanRow } from '../../../src/app/records';
import { registerMember, type NewMember } from '../../../src/app/members/members';
import { recordSavings } from '../../../src/app/savings';
import { previewExit, recordExit } from '../../../src/app/members/exit';
import { reversePosting } from '../../../src/app/books/reversal';
import { activeMembers } from '../../../src/app/savings';
import type { LoanRecord } from '../../../src/domain/loans/portfolio';
import { postLoanDisbursement } from '../../../src/domain/loans/postings';
import { LOANS, MEMBERS } from '../../../src/workspace/schema';
import { appendRows } from '../../../src/workspace/table';
import { BENDAHARA, KETUA, SEKRETARIS, accountName, as, setSetting, spreadsheet, tabRecords, useWorkspace } from '../harness';

const DAY = 24 * 3600 * 1000;
const person = (name: string): NewMember => ({ name, nik: '', phone: '', address: 'Jambi', email: '', group: '', wajib: 20_000, requestId: `join-${name}` });

/** 2 March 2026: Siti (A-0001) and Rahma (A-0002) join, each paying pokok 100.000 and wajib 20.000. */
function ledger() {
  const ws = useWorkspace({ user: KETUA, now: new Date('2026-03-02T02:00:00Z') });
  setupLedger();
  setSetting(ws, 'bendahara', BENDAHARA);
  setSetting(ws, 'sekretaris', SEKRETARIS);
  setupLedger();
  ws.setUser(BENDAHARA);
  registerMember(person('Siti Aminah'));
  registerMember(person('Rahma'));
  return ws;
}

function sukarela(memberId: string, direction: 'deposit' | 'withdrawal', amount: number) {
  recordSavings({ memberId, type: 'sukarela', direction, amount, requestId: `${memberId}-${direction}-${amount}` });
}

/**
 * The loan tab's row and the disbursement, as the loans use case writes them: Rp1.200.000 'usaha',
 * 12 months at 1,5% flat a month (18.000 interest a month), paid out today, first due a month on.
 */
function lend(memberId: string, id: string) {
  const loan: LoanRecord = {
    id, memberId, productId: 'usaha', principal: 1_200_000, termMonths: 12, ratePercent: 1.5, ratePer: 'month',
    method: 'flat', disbursedOn: '2026-03-02', firstDueDate: '2026-04-02', status: 'berjalan',
  };
  runAction('disburse_loan', (ctx) => {
    appendRows(ctx.table(LOANS), [loanRow(loan)]);
    post(ctx, `payout:${id}`, (next) => [postLoanDisbursement(ctx.chart, next({ date: loan.disbursedOn, memo: `cair ${id}` }), { memberId, loanId: id, principal: 1_200_000, fee: 12_000, moneyAccount: '1-1100' })]);
  });
}

const memberRow = (ws: ReturnType<typeof ledger>, id: string) => tabRecords(ws, 'Anggota').find((r) => r['ID Anggota'] === id)!;

describe('recordExit', () => {
  it('returns pokok, wajib and sukarela in cash to a member without a loan', () => {
    const ws = ledger();
    sukarela('A-0001', 'deposit', 250_000);
    sukarela('A-0001', 'withdrawal', 50_000);
    // 100.000 pokok + 20.000 wajib + (250.000 - 50.000) sukarela = 320.000, all paid out.
    const r = recordExit({ memberId: 'A-0001', requestId: 'x1' });
    expect(r).toMatchObject({ savings: { pokok: 100_000, wajib: 20_000, sukarela: 200_000 }, returned: 320_000, loans: [], settled: 0, payout: 320_000, remainingDebt: 0, receipt: 'KW-2026-00005', repeated: false });
    const lines = tabRecords(ws, 'Jurnal').filter((l) => l['Kode Jenis'] === 'member_exit');
    expect(lines.map((l) => [accountName(String(l.Akun)), l.Debit, l.Kredit, l['Jenis Simpanan']])).toEqual([
      ['Simpanan Pokok', 100_000, '', 'pokok'], ['Simpanan Wajib', 20_000, '', 'wajib'], ['Simpanan Sukarela', 200_000, '', 'sukarela'], ['Kas', '', 320_000, ''],
    ]);
    expect(lines[0].Keterangan).toBe('Pengembalian simpanan, A-0001 Siti Aminah keluar');
    expect(memberRow(ws, 'A-0001')).toMatchObject({ Status: 'keluar' });
    // Midnight of 2 March in Jakarta (UTC+7).
    expect((memberRow(ws, 'A-0001')['Tanggal Keluar'] as Date).toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(memberRow(ws, 'A-0002')).toMatchObject({ Status: 'aktif', 'Tanggal Keluar': '' });
  });

  it('pays off her loan from her savings, pays out the rest and closes the loan', () => {
    const ws = ledger();
    sukarela('A-0002', 'deposit', 1_500_000);
    lend('A-0002', 'P-2026-0001');
    ws.advanceTime(18 * DAY); // 20 March: no installment due yet; a flat payoff charges the month in progress.
    // Owed: 1.200.000 principal + 18.000 interest = 1.218.000. Savings: 100.000 + 20.000 + 1.500.000 = 1.620.000.
    const preview = previewExit({ memberId: 'A-0002' });
    expect(preview).toMatchObject({ date: '2026-03-20', returned: 1_620_000, loans: [{ loanId: 'P-2026-0001', owed: 1_218_000, settledInFull: true }], settled: 1_218_000, payout: 402_000, remainingDebt: 0 });
    const r = recordExit({ memberId: 'A-0002', date: preview.date, requestId: 'x2' });
    expect(r).toMatchObject({ returned: 1_620_000, settled: 1_218_000, payout: 402_000, remainingDebt: 0 });
    const lines = tabRecords(ws, 'Jurnal').filter((l) => l['Kode Jenis'] === 'member_exit');
    // Her savings debited; the month's interest and the principal settled from them; the rest paid from Kas.
    expect(lines.map((l) => [accountName(String(l.Akun)), l.Debit, l.Kredit, l['ID Pinjaman']])).toEqual([
      ['Simpanan Pokok', 100_000, '', ''], ['Simpanan Wajib', 20_000, '', ''], ['Simpanan Sukarela', 1_500_000, '', ''],
      ['Pendapatan Jasa Pinjaman', '', 18_000, 'P-2026-0001'], ['Piutang Pinjaman Anggota', '', 1_200_000, 'P-2026-0001'], ['Kas', '', 402_000, ''],
    ]);
    expect(tabRecords(ws, 'Pinjaman')[0]).toMatchObject({ 'ID Pinjaman': 'P-2026-0001', Status: 'lunas' });
    expect(memberRow(ws, 'A-0002')).toMatchObject({ Status: 'keluar' });
  });

  it('nets her loan from her savings even when someone typed "lunas" into the Pinjaman tab', () => {
    const ws = ledger();
    sukarela('A-0002', 'deposit', 1_500_000);
    lend('A-0002', 'P-2026-0001');
    ws.advanceTime(18 * DAY);
    // A manager (or the member's friend among them) retypes the loan's status by hand.
    const loans = spreadsheet(ws).getSheetByName('Pinjaman')!;
    const status = (loans.getRange(1, 1, 1, loans.getLastColumn()).getValues()[0] as string[]).indexOf('Status') + 1;
    loans.getRange(2, status).setValue('lunas');
    const r = recordExit({ memberId: 'A-0002', requestId: 'x-typed' });
    // The journal says she owes 1.218.000: it is netted, and only the rest is paid out.
    expect(r).toMatchObject({ returned: 1_620_000, settled: 1_218_000, payout: 402_000, remainingDebt: 0 });
    const paidOut = tabRecords(ws, 'Jurnal').filter((l) => l['Kode Jenis'] === 'member_exit' && accountName(String(l.Akun)) === 'Kas');
    expect(paidOut.map((l) => l.Kredit)).toEqual([402_000]);
  });

  it('undone, gives her back her membership and her loan, as the books now show them', () => {
    const ws = ledger();
    sukarela('A-0002', 'deposit', 1_500_000);
    lend('A-0002', 'P-2026-0001');
    ws.advanceTime(18 * DAY);
    const r = recordExit({ memberId: 'A-0002', requestId: 'x2' });
    reversePosting({ entryId: r.entry!.id, reason: 'Batal keluar' });
    expect(memberRow(ws, 'A-0002')).toMatchObject({ Status: 'aktif', 'Tanggal Keluar': '' });
    expect(tabRecords(ws, 'Pinjaman')[0]).toMatchObject({ Status: 'berjalan' });
    expect(activeMembers('record_savings').map((m) => m.id)).toEqual(['A-0001', 'A-0002']);
    expect(previewExit({ memberId: 'A-0002' })).toMatchObject({ returned: 1_620_000, settled: 1_218_000, payout: 402_000 });
  });

  it('when her savings do not cover her loan, pays out nothing and says what she still owes', () => {
    const ws = ledger();
    lend('A-0001', 'P-2026-0001');
    ws.advanceTime(18 * DAY);
    // Savings 120.000 against 1.218.000 owed: all 120.000 kept, 1.098.000 still her debt; the loan stays open.
    const r = recordExit({ memberId: 'A-0001', requestId: 'x3' });
    expect(r).toMatchObject({ returned: 120_000, loans: [{ loanId: 'P-2026-0001', owed: 1_218_000, settledInFull: false }], settled: 120_000, payout: 0, remainingDebt: 1_098_000 });
    const lines = tabRecords(ws, 'Jurnal').filter((l) => l['Kode Jenis'] === 'member_exit');
    expect(lines.map((l) => [accountName(String(l.Akun)), l.Debit, l.Kredit])).toEqual([
      ['Simpanan Pokok', 100_000, ''], ['Simpanan Wajib', 20_000, ''], ['Pendapatan Jasa Pinjaman', '', 18_000], ['Piutang Pinjaman Anggota', '', 102_000],
    ]);
    expect(tabRecords(ws, 'Pinjaman')[0]).toMatchObject({ Status: 'berjalan' });
    expect(memberRow(ws, 'A-0001')).toMatchObject({ Status: 'keluar' });
    // Pressed again: the loan module, replaying the 120.000 netted, still finds 1.098.000 to pay.
    expect(recordExit({ memberId: 'A-0001', requestId: 'x3' })).toMatchObject({ repeated: true, payout: 0, remainingDebt: 1_098_000 });
  });

  it('lets a member with no savings at all leave: no entry, no receipt, her row says keluar', () => {
    const ws = ledger();
    // A member carried over from the old books with nothing paid in yet.
    runAction('record_exit', (ctx) => appendRows(ctx.table(MEMBERS), [{ id: 'A-0003', name: 'Dewi', joinDate: '2026-01-05', status: 'aktif' }]));
    const journal = tabRecords(ws, 'Jurnal').length;
    expect(previewExit({ memberId: 'A-0003' })).toMatchObject({ returned: 0, payout: 0, remainingDebt: 0, loans: [] });
    const r = recordExit({ memberId: 'A-0003', requestId: 'x4' });
    expect(r).toMatchObject({ entry: null, receipt: '', payout: 0, repeated: false });
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(journal);
    expect(memberRow(ws, 'A-0003').Status).toBe('keluar');
    expect(() => recordExit({ memberId: 'A-0003', requestId: 'x5' })).toThrow(expect.objectContaining({ code: 'MEMBER_ALREADY_LEFT' }));
  });

  it('will not undo her older deposit once she has left; her exit is undone first', () => {
    ledger();
    const { entry: deposit } = recordSavings({ memberId: 'A-0001', type: 'sukarela', direction: 'deposit', amount: 50_000, requestId: 'd' });
    const { entry: exit } = recordExit({ memberId: 'A-0001', requestId: 'x6' });
    expect(() => reversePosting({ entryId: deposit.id, reason: 'Salah catat' })).toThrow(expect.objectContaining({ code: 'REVERSAL_MEMBER_LEFT', params: { id: deposit.id, member: 'A-0001' } }));
    reversePosting({ entryId: exit!.id, reason: 'Belum jadi keluar' });
    reversePosting({ entryId: deposit.id, reason: 'Salah catat' });
    expect(previewExit({ memberId: 'A-0001' })).toMatchObject({ returned: 120_000 });
  });

  it('shows the settlement without writing anything', () => {
    const ws = ledger();
    const before = ws.save();
    expect(previewExit({ memberId: 'A-0001' })).toMatchObject({ returned: 120_000, payout: 120_000 });
    expect(ws.save()).toBe(before);
  });

  it('records a double click once', () => {
    const ws = ledger();
    const first = recordExit({ memberId: 'A-0001', requestId: 'twice' });
    const again = recordExit({ memberId: 'A-0001', requestId: 'twice' });
    expect(again).toMatchObject({ repeated: true, receipt: first.receipt, returned: 120_000, payout: 120_000, remainingDebt: 0 });
    expect(tabRecords(ws, 'Jurnal').filter((l) => l['Kode Jenis'] === 'member_exit')).toHaveLength(3);
  });

  it('refuses the exit of someone already gone, or of no member', () => {
    ledger();
    recordExit({ memberId: 'A-0001', requestId: 'first' });
    expect(() => recordExit({ memberId: 'A-0001', requestId: 'second' })).toThrow(expect.objectContaining({ code: 'MEMBER_ALREADY_LEFT' }));
    expect(() => previewExit({ memberId: 'A-0077' })).toThrow(expect.objectContaining({ code: 'MEMBER_NOT_FOUND' }));
  });

  it('is refused to the sekretaris', () => {
    const ws = ledger();
    expect(() => as(ws, SEKRETARIS, () => recordExit({ memberId: 'A-0001', requestId: 's' }))).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
  });

  it('makes the same number of service calls however long the ledger is', () => {
    const ws = ledger();
    const callsFor = (memberId: string, loan: string) => {
      lend(memberId, loan);
      ws.resetCallCounts();
      previewExit({ memberId });
      const preview = ws.totalCalls();
      ws.resetCallCounts();
      recordExit({ memberId, requestId: `calls-${memberId}` });
      return [preview, ws.totalCalls()];
    };
    const small = callsFor('A-0001', 'P-2026-0001');
    for (let i = 0; i < 40; i++) {
      registerMember({ ...person(`m${i}`), requestId: `more-${i}` });
      sukarela('A-0002', 'deposit', 1_000 + i);
    }
    expect(callsFor('A-0002', 'P-2026-0002')).toEqual(small);
  });
});
