/**
 * Nothing lost, nothing posted twice, whatever call Google fails: every posting operation is run
 * with a failure injected at each of its service calls in turn, then pressed again with the same
 * request. The ledger must end exactly as one clean run leaves it, and Periksa buku must find it
 * intact (no orphan rows, no double entry, the chain tip in step with the journal). Setup, which
 * only repairs, has its own cut-off test (setup.test.ts).
 */
import { createWorkspace, installGlobals, type Workspace } from '../../local/emulator';
import { registerMember } from '../../src/app/members/members';
import { recordSavings } from '../../src/app/savings';
import { decideLoanApplication, recordLoanApplication } from '../../src/app/loans/applications';
import { disburseLoan } from '../../src/app/loans/disbursement';
import { recordInstallment } from '../../src/app/loans/payments';
import { waivePenalty } from '../../src/app/loans/waivers';
import { reversePosting } from '../../src/app/books/reversal';
import { recordExit } from '../../src/app/members/exit';
import { importOldRecords } from '../../src/app/members/import';
import { verifyLedger } from '../../src/app/books/verify';
import { BENDAHARA, KETUA, SEKRETARIS, as, spreadsheet } from './harness';
import { cooperative, goTo, managersOnly, runningLoan, sitiLoan } from './loans/fixture';

interface Case {
  readonly name: string;
  readonly user: string;
  /** The books it starts from (default: the shared cooperative, Siti a member). */
  readonly base?: () => Workspace;
  /** Brings them to where the operation applies (not under test). */
  readonly prepare?: (ws: Workspace) => void;
  readonly run: () => unknown;
}

/** Siti's sukarela deposit, as preparation. */
const deposit = (ws: Workspace, requestId: string, amount = 200_000) =>
  as(ws, BENDAHARA, () => recordSavings({ memberId: 'A-0001', type: 'sukarela', direction: 'deposit', amount, requestId }));

const CASES: Case[] = [
  { name: 'registerMember', user: SEKRETARIS, run: () => registerMember({ name: 'Rahma', nik: '0071014501800001', phone: '081234567890', address: 'Jambi', email: '', group: 'Mawar', requestId: 'r1' }) },
  { name: 'recordSavings (deposit)', user: BENDAHARA, run: () => recordSavings({ memberId: 'A-0001', type: 'sukarela', direction: 'deposit', amount: 50_000, requestId: 's1' }) },
  {
    name: 'recordSavings (withdrawal)', user: BENDAHARA, prepare: (ws) => deposit(ws, 'd0'),
    run: () => recordSavings({ memberId: 'A-0001', type: 'sukarela', direction: 'withdrawal', amount: 75_000, requestId: 's2' }),
  },
  { name: 'recordLoanApplication', user: SEKRETARIS, run: () => recordLoanApplication(sitiLoan) },
  {
    name: 'decideLoanApplication', user: KETUA, prepare: (ws) => as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan)),
    run: () => decideLoanApplication('PG-2026-0001', { approve: true }),
  },
  {
    name: 'disburseLoan', user: BENDAHARA,
    prepare: (ws) => {
      as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
      as(ws, KETUA, () => decideLoanApplication('PG-2026-0001', { approve: true }));
    },
    run: () => disburseLoan({ applicationId: 'PG-2026-0001' }),
  },
  {
    name: 'recordInstallment (the last one closes the loan)', user: BENDAHARA,
    prepare: (ws) => { runningLoan(ws, { ...sitiLoan, amount: 600_000, termMonths: 1 }); goTo(ws, '2026-04-02'); },
    run: () => recordInstallment({ loanId: 'P-2026-0001', amount: 609_000, requestId: 'i1' }),
  },
  {
    name: 'waivePenalty', user: KETUA,
    prepare: (ws) => { runningLoan(ws); goTo(ws, '2026-05-20'); },
    run: () => waivePenalty({ loanId: 'P-2026-0001', amount: 1_000, reason: 'Sakit', requestId: 'w1' }),
  },
  {
    name: 'reversePosting', user: BENDAHARA, prepare: (ws) => deposit(ws, 'd0'),
    run: () => reversePosting({ entryId: 'J-000002', reason: 'Salah ketik' }),
  },
  {
    name: 'recordExit (her savings pay off her loan)', user: BENDAHARA,
    prepare: (ws) => { deposit(ws, 'd0', 2_000_000); runningLoan(ws); },
    run: () => recordExit({ memberId: 'A-0001', requestId: 'x1' }),
  },
  {
    name: 'importOldRecords', user: KETUA, base: managersOnly, // old books come in before the daily work
    prepare: (ws) => {
      spreadsheet(ws).getSheetByName('Impor')!.getRange(2, 1, 2, 10).setValues([
        ['', 'Dewi', '', '', 'Jambi', '2019-01-05', 'Melati', 100_000, 240_000, 50_000],
        ['', 'Nur', '', '', 'Jambi', '2020-02-01', 'Melati', 100_000, 120_000, 0],
      ]);
    },
    run: () => importOldRecords(),
  },
];

/**
 * What a manager would compare: every tab's cells, and what Periksa buku says. Not the Impor tab's
 * outcome column: pressed again, a row the first press brought in says "Sudah diimpor".
 */
function ledgerState(ws: Workspace): unknown {
  const tabs = spreadsheet(ws).getSheets().map((s) => {
    const values = s.getDataRange().getValues();
    const result = values[0].indexOf('Hasil Impor');
    return [s.getName(), s.getName() === 'Impor' && result >= 0 ? values.map((r) => r.slice(0, result)) : values];
  });
  const check = as(ws, KETUA, () => verifyLedger());
  return { tabs, intact: check.report.ok, findings: check.report.findings.map((f) => f.kind) };
}

let undo: (() => void) | undefined;
function restore(state: string, user: string): Workspace {
  undo?.();
  const ws = createWorkspace({ state, user });
  undo = installGlobals(ws);
  return ws;
}
afterEach(() => { undo?.(); undo = undefined; });

describe.each(CASES)('$name, failing at each call and pressed again', (c) => {
  it('ends as one clean run does, with the books intact', () => {
    const base = (c.base ?? cooperative)();
    c.prepare?.(base);
    const prepared = base.save();

    let ws = restore(prepared, c.user);
    ws.resetCallCounts();
    c.run();
    const calls = ws.totalCalls();
    const clean = ledgerState(ws);
    expect(clean).toMatchObject({ intact: true });

    const differing: number[] = [];
    for (let k = 1; k <= calls; k++) {
      ws = restore(prepared, c.user);
      ws.faults.failAt(k);
      let failed = false;
      try { c.run(); } catch { failed = true; }
      ws.faults.clear();
      if (failed) c.run();
      if (JSON.stringify(ledgerState(ws)) !== JSON.stringify(clean)) differing.push(k);
    }
    expect(differing).toEqual([]);
  });
});
