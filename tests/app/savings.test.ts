import { setupLedger } from '../../src/app/setup';
import { registerMember, type NewMember } from '../../src/app/members/members';
import { recordSavings, type SavingsRequest } from '../../src/app/savings';
import { recordExit } from '../../src/app/members/exit';
import { BENDAHARA, KETUA, PENGAWAS, SEKRETARIS, accountName, as, linesByAccountName, setSetting, tabRecords, useWorkspace } from './harness';

const siti: NewMember = { name: 'Siti Aminah', nik: '', phone: '081234567890', address: 'Jambi', email: '', group: 'Mawar', requestId: 'join-siti' };

/** A ledger on 2 March 2026 with Siti (A-0001, pokok 100.000, no wajib yet), the bendahara at the table. */
function ledger(join: Partial<NewMember> = {}) {
  const ws = useWorkspace({ user: KETUA, now: new Date('2026-03-02T02:00:00Z') });
  setupLedger();
  setSetting(ws, 'bendahara', BENDAHARA);
  setSetting(ws, 'sekretaris', SEKRETARIS);
  setSetting(ws, 'pengawas', PENGAWAS);
  setupLedger();
  ws.setUser(BENDAHARA);
  registerMember({ ...siti, ...join });
  return ws;
}

let n = 0;
function save(req: Partial<SavingsRequest>) {
  return recordSavings({ memberId: 'A-0001', type: 'sukarela', direction: 'deposit', amount: 50_000, requestId: `r${++n}`, ...req });
}

function refusal(fn: () => unknown): { code: string; params: unknown } {
  try {
    fn();
  } catch (e: any) {
    return { code: e.code, params: e.params };
  }
  throw new Error('not refused');
}

describe('recordSavings', () => {
  it('posts a sukarela deposit with the next receipt number and gives her new balance', () => {
    const ws = ledger();
    const r = save({ amount: 250_000 });
    expect(r).toMatchObject({ receipt: 'KW-2026-00002', type: 'sukarela', direction: 'deposit', amount: 250_000, balance: 250_000, repeated: false });
    expect(r.entry.date).toBe('2026-03-02');
    expect(r.wajibArrears).toBeUndefined();
    const lines = tabRecords(ws, 'Jurnal').slice(2);
    expect(lines.map((l) => [accountName(String(l.Akun)), l.Debit, l.Kredit, l['ID Anggota'], l['Jenis Simpanan'], l['No Kuitansi']])).toEqual([
      ['Kas', 250_000, '', '', '', 'KW-2026-00002'],
      ['Simpanan Sukarela', '', 250_000, 'A-0001', 'sukarela', 'KW-2026-00002'],
    ]);
    expect(linesByAccountName(r.entry)).toEqual({ Kas: { debit: 250_000, credit: 0 }, 'Simpanan Sukarela': { debit: 0, credit: 250_000 } });
    expect(lines[0].Keterangan).toBe('Setoran simpanan sukarela A-0001 Siti Aminah');
  });

  it('keeps her sukarela balance through deposits and withdrawals, down to zero and no further', () => {
    ledger();
    // 250.000 + 75.000 = 325.000; - 100.000 = 225.000; - 225.000 = 0.
    expect(save({ amount: 250_000 }).balance).toBe(250_000);
    expect(save({ amount: 75_000 }).balance).toBe(325_000);
    const withdrawal = save({ direction: 'withdrawal', amount: 100_000 });
    expect(withdrawal.balance).toBe(225_000);
    // Her sukarela debited (the cooperative owes her less), the cash paid out of Kas.
    expect(linesByAccountName(withdrawal.entry)).toEqual({ 'Simpanan Sukarela': { debit: 100_000, credit: 0 }, Kas: { debit: 0, credit: 100_000 } });
    const last = save({ direction: 'withdrawal', amount: 225_000 });
    expect(last).toMatchObject({ balance: 0, receipt: 'KW-2026-00005', direction: 'withdrawal' });
    expect(refusal(() => save({ direction: 'withdrawal', amount: 1 }))).toEqual({ code: 'SAVINGS_INSUFFICIENT', params: { available: 0, requested: 1 } });
  });

  it('refuses to take out more sukarela than she has, saying what she has, and writes nothing', () => {
    const ws = ledger();
    save({ amount: 120_000 });
    expect(refusal(() => save({ direction: 'withdrawal', amount: 150_000 }))).toEqual({ code: 'SAVINGS_INSUFFICIENT', params: { available: 120_000, requested: 150_000 } });
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(4);
  });

  it('refuses a back-dated withdrawal that would leave a later day below zero', () => {
    ledger({ joinDate: '2026-01-05' });
    save({ amount: 100_000, date: '2026-01-05' });
    save({ direction: 'withdrawal', amount: 80_000, date: '2026-02-01' });
    // On 10 January she had 100.000, but from 1 February only 20.000 remains to take.
    expect(refusal(() => save({ direction: 'withdrawal', amount: 50_000, date: '2026-01-10' })).params).toEqual({ available: 20_000, requested: 50_000 });
  });

  it('after a wajib deposit, says how many months of wajib she is behind', () => {
    // Joined 1 Dec 2025 without wajib: Rp20.000 was due on 10 Dec, 10 Jan and 10 Feb = 3 months, 60.000.
    ledger({ joinDate: '2025-12-01' });
    const r = save({ type: 'wajib', amount: 20_000 });
    expect(r).toMatchObject({ balance: 20_000, wajibArrears: { months: 2, amount: 40_000, monthsAhead: 0 } });
    expect(linesByAccountName(r.entry)).toEqual({ Kas: { debit: 20_000, credit: 0 }, 'Simpanan Wajib': { debit: 0, credit: 20_000 } });
    expect(save({ type: 'wajib', amount: 100_000 }).wajibArrears).toEqual({ months: 0, amount: 0, monthsAhead: 3 });
  });

  it('refuses a wajib withdrawal: wajib comes back only when she leaves', () => {
    ledger({ wajib: 20_000 });
    expect(refusal(() => save({ type: 'wajib', direction: 'withdrawal', amount: 20_000 })).code).toBe('SAVINGS_WAJIB_NOT_WITHDRAWABLE');
  });

  it('never books an amount that is not whole rupiah above zero (the card refuses it first: a RangeError here)', () => {
    const ws = ledger();
    const before = tabRecords(ws, 'Jurnal').length;
    for (const amount of [0, -50_000, 50_000.5]) expect(() => save({ amount })).toThrow(RangeError);
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(before);
  });

  it('refuses someone who is not a member, or no longer one', () => {
    ledger();
    expect(refusal(() => save({ memberId: 'A-0099' }))).toEqual({ code: 'MEMBER_NOT_FOUND', params: { memberId: 'A-0099' } });
    recordExit({ memberId: 'A-0001', requestId: 'exit' });
    expect(refusal(() => save({}))).toEqual({ code: 'MEMBER_ALREADY_LEFT', params: { memberId: 'A-0001', name: 'Siti Aminah', date: '2026-03-02' } });
  });

  it('refuses a day that has not come yet', () => {
    ledger();
    expect(refusal(() => save({ date: '2026-03-03' })).code).toBe('DATE_AFTER_TODAY');
  });

  it('records a double click once, showing the same receipt', () => {
    const ws = ledger();
    const first = save({ amount: 50_000, requestId: 'twice' });
    const again = save({ amount: 50_000, requestId: 'twice' });
    expect(again).toMatchObject({ repeated: true, receipt: first.receipt, amount: 50_000, balance: 50_000 });
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(4);
  });

  it('is the bendahara\'s or the ketua\'s work: the sekretaris and the pengawas are refused', () => {
    const ws = ledger();
    expect(as(ws, KETUA, () => save({})).balance).toBe(50_000);
    expect(refusal(() => as(ws, SEKRETARIS, () => save({}))).code).toBe('NOT_ALLOWED');
    expect(refusal(() => as(ws, PENGAWAS, () => save({}))).code).toBe('NOT_ALLOWED');
  });

  it('makes the same number of service calls with 5 or 60 movements in the ledger', () => {
    const ws = ledger();
    const callsFor = (direction: 'deposit' | 'withdrawal') => {
      ws.resetCallCounts();
      save({ direction, amount: 1_000 });
      return ws.totalCalls();
    };
    for (let i = 0; i < 5; i++) save({});
    const small = [callsFor('deposit'), callsFor('withdrawal')];
    for (let i = 0; i < 55; i++) save({});
    expect([callsFor('deposit'), callsFor('withdrawal')]).toEqual(small);
  });
});

describe('two managers at the same time', () => {
  it('tells the second, in plain words, to wait while the first is recording; nothing of hers is written', () => {
    const ws = ledger();
    const before = tabRecords(ws, 'Jurnal').length;
    ws.faults.holdLock('document');
    expect(() => save({ direction: 'deposit', amount: 5_000 })).toThrow(expect.objectContaining({ code: 'LEDGER_BUSY' }));
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(before);
    ws.faults.releaseLock('document');
    save({ direction: 'deposit', amount: 5_000 });
    expect(tabRecords(ws, 'Jurnal')).toHaveLength(before + 2);
  });
});
