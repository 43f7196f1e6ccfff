/**
 * Random pastes of old books into the Impor tab, good rows and bad mixed, imported, the bad rows
 * fixed and imported again; now and then Google fails a call and the manager presses again. The
 * report must match the books exactly: every row reported imported is one member with exactly the
 * savings pasted, a refused row brings in nothing, a second press brings in nothing new, and
 * Periksa buku finds the journal intact.
 */
import fc from 'fast-check';
import { createWorkspace, installGlobals, type Workspace } from '../../local/emulator';
import { importOldRecords, type ImportReport } from '../../src/app/members/import';
import { verifyLedger } from '../../src/app/books/verify';
import { runAction } from '../../src/app/context';
import { journalOf } from '../../src/app/books/journal';
import { membersOf } from '../../src/app/records';
import { memberSavings, replayJournal } from '../../src/domain/books/ledger';
import { LumbungError } from '../../src/domain/errors';
import { setupLedger } from '../../src/app/setup';
import { KETUA, spreadsheet, useWorkspace } from './harness';

type Cell = string | number;
interface Pasted { name: string; nik: string; joinDate: string; savings: [Cell, Cell, Cell]; good: [number, number, number] }

/** An amount as people write it, with what it means (NaN: not an amount). */
const amount = fc.oneof(
  fc.integer({ min: 0, max: 50 }).map((n): [Cell, number] => [n * 10_000, n * 10_000]),
  fc.integer({ min: 1, max: 50 }).map((n): [Cell, number] => [`Rp${(n * 10_000).toLocaleString('id-ID')}`, n * 10_000]),
  fc.integer({ min: 1, max: 9 }).map((n): [Cell, number] => [`${n}00rb`, n * 100_000]),
  fc.constant<[Cell, number]>(['', 0]),
  fc.constant<[Cell, number]>(['seratus ribu', NaN]),
);
const joinDate = fc.oneof(
  { weight: 5, arbitrary: fc.date({ min: new Date('2015-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('2026-13-45', '2027-01-01', 'kemarin') },
);
const nik = fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 9999 }).map((n) => `157101450180${String(n).padStart(4, '0')}`) }, { weight: 1, arbitrary: fc.constant('12345') });
const rowArb = fc.tuple(nik, joinDate, amount, amount, amount);

const paste = (ws: Workspace, rows: Pasted[]) => {
  const cells = rows.map((r) => ['', r.name, r.nik, '', 'Jambi', r.joinDate, 'Melati', ...r.savings]);
  spreadsheet(ws).getSheetByName('Impor')!.getRange(2, 1, cells.length, 10).setValues(cells);
};

/** Presses "Impor sekarang"; with `crashAt`, Google fails that call first and she presses again. */
function press(ws: Workspace, crashAt: number | null): ImportReport | null {
  if (crashAt !== null) {
    ws.faults.failAt(crashAt);
    try { importOldRecords(); } catch { /* the failure, or a refusal */ }
    ws.faults.clear();
  }
  try {
    return importOldRecords();
  } catch (e) {
    if (e instanceof LumbungError) return null;
    throw e;
  }
}

function problems(ws: Workspace, pasted: Pasted[], report: ImportReport): string[] {
  const found: string[] = [];
  const check = verifyLedger();
  if (!check.report.ok) found.push(`Periksa buku: ${check.report.findings.map((f) => f.kind).join(', ')}`);
  const { members, ledger } = runAction('view_books', (ctx) => ({ members: membersOf(ctx), ledger: replayJournal(ctx.chart, journalOf(ctx).entries) }));
  for (const r of report.rows) {
    const p = pasted[r.sheetRow - 2];
    const hers = members.filter((m) => m.name === p.name);
    if (r.status === 'refused') {
      if (hers.length > 0) found.push(`${p.name} refused yet in Anggota`);
      continue;
    }
    if (hers.length !== 1) { found.push(`${p.name} ${r.status} but ${hers.length} members`); continue; }
    const s = memberSavings(ledger, hers[0].id);
    if (JSON.stringify([s.pokok, s.wajib, s.sukarela]) !== JSON.stringify(p.good)) found.push(`${p.name} holds ${[s.pokok, s.wajib, s.sukarela]} but pasted ${p.good}`);
  }
  return found;
}

let start: string;
let undo: (() => void) | undefined;
beforeAll(() => {
  const ws = useWorkspace({ user: KETUA, now: new Date('2026-03-02T02:00:00Z') });
  setupLedger();
  start = ws.save();
});
afterEach(() => { undo?.(); undo = undefined; });

describe('random pastes of old books', () => {
  it('import as reported, once, whatever fails and is pressed again', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 12 }),
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
        (rows, crash1, crash2) => {
          undo?.();
          const ws = createWorkspace({ state: start, user: KETUA });
          undo = installGlobals(ws);
          const pasted: Pasted[] = rows.map(([n, d, a, b, c], i) => ({ name: `Anggota Lama ${i + 1}`, nik: n, joinDate: d, savings: [a[0], b[0], c[0]], good: [a[1], b[1], c[1]] }));
          paste(ws, pasted);
          const first = press(ws, crash1);
          if (!first) return;
          expect(problems(ws, pasted, first)).toEqual([]);

          // The manager fixes the refused rows (a plain date, plain amounts, no NIK) and presses again.
          const fixed = pasted.map((p, i): Pasted => (first.rows.find((r) => r.sheetRow === i + 2)?.status === 'refused'
            ? { ...p, nik: '', joinDate: '2020-01-06', savings: [100_000, 50_000, 0], good: [100_000, 50_000, 0] } : p));
          paste(ws, fixed);
          const second = press(ws, crash2)!;
          expect(problems(ws, fixed, second)).toEqual([]);
          expect(second.rows.filter((r) => r.status === 'refused')).toEqual([]);

          // A third press brings in nothing new.
          const lines = runAction('view_books', (ctx) => journalOf(ctx).entries.length);
          const third = press(ws, null)!;
          expect([third.imported, third.refused]).toEqual([0, 0]);
          expect(runAction('view_books', (ctx) => journalOf(ctx).entries.length)).toBe(lines);
        },
      ),
      { numRuns: 60, seed: 20261127 },
    );
  });
});
