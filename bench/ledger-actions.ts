/**
 * Each manager action and the dashboard on ledgers of about 100, 10,000 and 100,000 journal lines:
 * the emulator's count of calls to Google services (CardService builders, which run inside the
 * script, left out), which must not grow with the ledger, and the time on this machine (emulator
 * in-process: not Apps Script's time, where every call is a network round trip), and the cells
 * those calls read and wrote (what the next performance work weighs: a call's cost grows with them).
 * Run alone: `npx tsx bench/ledger-actions.ts 100 10000 100000`.
 */
import { performance } from 'perf_hooks';
import { demoCooperative, DEMO_USERS, type Demo } from '../local/demo/seed';
import { registerMember } from '../src/app/members/members';
import { setupLedger } from '../src/app/setup';
import { recordSavings } from '../src/app/savings';
import { previewExit, recordExit } from '../src/app/members/exit';
import { recordLoanApplication, decideLoanApplication } from '../src/app/loans/applications';
import { disburseLoan } from '../src/app/loans/disbursement';
import { recordInstallment } from '../src/app/loans/payments';
import { waivePenalty } from '../src/app/loans/waivers';
import { reversePosting } from '../src/app/books/reversal';
import { verifyLedger } from '../src/app/books/verify';
import { passbookOf, loanCardOf } from '../src/app/books/views';
import { showDashboard } from '../src/app/books/dashboard';
import { importOldRecords } from '../src/app/members/import';
import { LumbungError } from '../src/domain/errors';
import { onSheetsHomepage } from '../src/addon/sheets';
import { IMPORT, JOURNAL } from '../src/workspace/schema';

interface Operation {
  readonly name: string;
  readonly user: string;
  /** Untimed preparation (e.g. pasting rows a manager would paste). */
  readonly before?: (demo: Demo) => void;
  readonly run: (demo: Demo, state: Record<string, string>) => unknown;
}

const { bendahara, ketua } = DEMO_USERS;

/** The last loan still being repaid on time (the second loan is the one in arrears). */
const payingLoan = (d: Demo) => d.loans.filter((l, i) => l.status === 'berjalan' && i !== 1).slice(-1)[0].id;

/** In order: later operations use what earlier ones made (the application, the loan, the entry). */
export const OPERATIONS: Operation[] = [
  { name: 'Sheets homepage card', user: bendahara, run: () => onSheetsHomepage({ commonEventObject: { userLocale: 'id' } } as GoogleAppsScript.Addons.EventObject) },
  { name: 'registerMember', user: bendahara, run: () => registerMember({ name: 'Anggota Baru', nik: '', phone: '081200000000', address: 'Jambi', email: '', group: 'Mawar', requestId: 'bench-register' }) },
  { name: 'recordSavings (sukarela deposit)', user: bendahara, run: () => recordSavings({ memberId: 'A-0001', type: 'sukarela', direction: 'deposit', amount: 100_000, requestId: 'bench-deposit' }) },
  {
    name: 'recordSavings (journal out of spare rows)', user: bendahara,
    before: () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(JOURNAL.name)!;
      sheet.deleteRows(sheet.getLastRow() + 1, sheet.getMaxRows() - sheet.getLastRow());
    },
    run: () => recordSavings({ memberId: 'A-0001', type: 'sukarela', direction: 'deposit', amount: 25_000, requestId: 'bench-deposit-grow' }),
  },
  { name: 'recordSavings (sukarela withdrawal)', user: bendahara, run: () => recordSavings({ memberId: 'A-0001', type: 'sukarela', direction: 'withdrawal', amount: 10_000, requestId: 'bench-withdrawal' }) },
  {
    name: 'recordLoanApplication', user: bendahara,
    run: (_d, st) => { st.application = recordLoanApplication({ memberId: 'A-0002', productId: 'darurat', amount: 300_000, termMonths: 6, purpose: 'Modal warung', requestId: 'bench-apply' }).application.id; },
  },
  { name: 'decideLoanApplication (approve)', user: ketua, run: (_d, st) => decideLoanApplication(st.application, { approve: true }) },
  { name: 'disburseLoan', user: bendahara, run: (_d, st) => disburseLoan({ applicationId: st.application }) },
  {
    name: 'recordInstallment', user: bendahara,
    run: (d, st) => { st.installment = recordInstallment({ loanId: payingLoan(d), amount: 50_000, requestId: 'bench-installment' }).entry.id; },
  },
  { name: 'waivePenalty', user: ketua, run: (d) => waivePenalty({ loanId: d.loans[1].id, amount: 1_000, reason: 'Sakit, disetujui rapat pengurus', requestId: 'bench-waiver' }) },
  { name: 'reversePosting', user: bendahara, run: (_d, st) => reversePosting({ entryId: st.installment, reason: 'Salah ketik jumlah' }) },
  { name: 'previewExit', user: bendahara, run: () => previewExit({ memberId: 'A-0003' }) },
  { name: 'recordExit', user: bendahara, run: () => recordExit({ memberId: 'A-0003', requestId: 'bench-exit' }) },
  { name: 'passbookOf', user: bendahara, run: () => passbookOf('A-0001') },
  { name: 'loanCardOf', user: bendahara, run: (d) => loanCardOf(payingLoan(d)) },
  { name: 'showDashboard', user: bendahara, run: () => showDashboard() },
  { name: 'verifyLedger (Periksa buku)', user: bendahara, run: () => verifyLedger() },
  {
    // Old books come in only before the daily work: on these books (in daily use) the import of 10
    // pasted rows is refused after one read of the journal. Its budget on fresh books is held by
    // tests/app/members/import.test.ts (the same calls for 10 or 300 rows).
    name: 'importOldRecords (10 rows, refused: daily work begun)', user: ketua,
    before: () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(IMPORT.name)!;
      const rows = Array.from({ length: 10 }, (_, i) => ['', `Anggota Lama ${i + 1}`, '', '', 'Jambi', '2019-01-05', 'Melati', 100_000, 240_000, 50_000, '']);
      sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
    },
    run: () => {
      try {
        importOldRecords();
      } catch (err) {
        if (!(err instanceof LumbungError) || err.code !== 'IMPORT_AFTER_DAILY_WORK') throw err;
      }
    },
  },
  { name: 'setupLedger (repair)', user: ketua, run: () => setupLedger() },
];

export interface Measure {
  readonly operation: string;
  readonly journalLines: number;
  readonly calls: number;
  readonly cells: { read: number; written: number };
  readonly ms: number;
  readonly byMethod: Record<string, number>;
}

export function benchLedgerActions(sizes: readonly number[]): Measure[] {
  const out: Measure[] = [];
  for (const size of sizes) {
    const demo = demoCooperative({ journalLines: size, members: Math.min(200, Math.max(10, Math.floor(size / 10))), loans: Math.min(30, Math.max(2, Math.floor(size / 300))) });
    try {
      const state: Record<string, string> = {};
      OPERATIONS.forEach((op) => {
        demo.ws.setUser(op.user);
        op.before?.(demo);
        demo.ws.resetCallCounts();
        const t0 = performance.now();
        op.run(demo, state);
        const ms = performance.now() - t0;
        const byMethod = demo.ws.callCounts();
        // CardService builders run inside the script (no round trip to Google): counted apart.
        const calls = Object.entries(byMethod).filter(([k]) => !k.startsWith('CardService')).reduce((n, [, v]) => n + v, 0);
        out.push({ operation: op.name, journalLines: demo.journalLines, calls, cells: demo.ws.cellCounts(), ms: Math.round(ms), byMethod });
      });
    } finally {
      demo.close();
    }
  }
  return out;
}

/** Calls that every operation makes once or so whatever tabs it touches: lock, user, flush, properties. */
const FIXED = /^(LockService|Session|PropertiesService|SpreadsheetApp\.flush|SpreadsheetApp\.getActiveSpreadsheet)/;
/** Calls that only hand back a tab or a range object: no cell is read or written by them. */
const HANDLES = /^SpreadsheetApp\.(Spreadsheet\.getSheetByName|Sheet\.getDataRange|Sheet\.getRange)$/;

export interface Split {
  /** Tabs the operation touched (each is looked up by name once). */
  readonly tabs: number;
  readonly fixed: number;
  /** Calls that hand back a tab or a range. */
  readonly handles: number;
  /** Calls that read or write cells, formats or rows: getValues, setValues, insertRowsAfter... */
  readonly data: number;
}

export function split(m: Measure): Split {
  const entries = Object.entries(m.byMethod).filter(([k]) => !k.startsWith('CardService'));
  const sum = (keep: (k: string) => boolean) => entries.filter(([k]) => keep(k)).reduce((n, [, v]) => n + v, 0);
  const fixed = sum((k) => FIXED.test(k));
  const handles = sum((k) => HANDLES.test(k));
  return { tabs: m.byMethod['SpreadsheetApp.Spreadsheet.getSheetByName'] ?? 0, fixed, handles, data: m.calls - fixed - handles };
}

const perTab = (n: number, tabs: number) => (tabs ? Math.round((n / tabs) * 10) / 10 : 0);

export function printTable(rows: readonly Measure[]): void {
  const sizes = [...new Set(rows.map((r) => r.journalLines))];
  const ops = [...new Set(rows.map((r) => r.operation))];
  const bySize = (label: string) => sizes.map((s) => `${label} @${s.toLocaleString('en')}`).join(' | ');
  const right = () => sizes.map(() => '---:').join('|');
  console.log(`| operation | ${bySize('calls')} | tabs | fixed | handles | data | data per tab | ${bySize('cells read')} | ${bySize('cells written')} | ${bySize('ms')} |`);
  console.log(`|---|${right()}|---:|---:|---:|---:|---:|${right()}|${right()}|${right()}|`);
  const n = (x: number) => x.toLocaleString('en');
  for (const op of ops) {
    const of = (s: number) => rows.find((r) => r.operation === op && r.journalLines === s)!;
    const t = split(of(sizes[sizes.length - 1]));
    const each = (f: (m: Measure) => number) => sizes.map((s) => n(f(of(s)))).join(' | ');
    console.log(`| ${op} | ${each((m) => m.calls)} | ${t.tabs} | ${t.fixed} | ${t.handles} | ${t.data} | ${perTab(t.data, t.tabs)} | ${each((m) => m.cells.read)} | ${each((m) => m.cells.written)} | ${each((m) => m.ms)} |`);
  }
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  const rows = benchLedgerActions(sizes.length ? sizes : [100, 10_000, 100_000]);
  printTable(rows);
  if (process.env.BENCH_DETAIL) for (const r of rows) console.log(r.operation, r.journalLines, JSON.stringify(r.byMethod));
}
