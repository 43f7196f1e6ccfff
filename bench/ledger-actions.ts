/**
 * Each manager action and the dashboard on ledgers of 100, 10,000 and 100,000 journal lines: the
 * emulator's service-call count (which must not grow with the ledger) and the time on this machine
 * (emulator in-process: it is not Apps Script's time, where every call is a network round trip).
 * Run alone: `npx tsx bench/ledger-actions.ts 100 10000 100000`.
 */
import { performance } from 'perf_hooks';
import { demoCooperative, DEMO_USERS, type Demo } from '../local/demo/seed';
import { registerMember } from '../src/app/members';
import { setupLedger } from '../src/app/setup';

interface Operation {
  readonly name: string;
  readonly user: string;
  readonly run: (demo: Demo, n: number) => unknown;
}

export const OPERATIONS: Operation[] = [
  { name: 'registerMember', user: DEMO_USERS.bendahara, run: (_d, n) => registerMember({ name: `Anggota Baru ${n}`, nik: '', phone: '081200000000', address: 'Jambi', email: '', group: 'Mawar', requestId: `bench-${n}` }) },
  { name: 'setupLedger (repair)', user: DEMO_USERS.ketua, run: () => setupLedger() },
];

export interface Measure {
  readonly operation: string;
  readonly journalLines: number;
  readonly calls: number;
  readonly ms: number;
  readonly byMethod: Record<string, number>;
}

export function benchLedgerActions(sizes: readonly number[]): Measure[] {
  const out: Measure[] = [];
  for (const size of sizes) {
    const demo = demoCooperative({ journalLines: size, members: Math.min(200, Math.max(10, Math.floor(size / 10))), loans: Math.min(30, Math.max(2, Math.floor(size / 100))) });
    try {
      OPERATIONS.forEach((op, i) => {
        demo.ws.setUser(op.user);
        demo.ws.resetCallCounts();
        const t0 = performance.now();
        op.run(demo, i);
        const ms = performance.now() - t0;
        out.push({ operation: op.name, journalLines: size, calls: demo.ws.totalCalls(), ms: Math.round(ms), byMethod: demo.ws.callCounts() });
      });
    } finally {
      demo.close();
    }
  }
  return out;
}

export function printTable(rows: readonly Measure[]): void {
  const sizes = [...new Set(rows.map((r) => r.journalLines))];
  const ops = [...new Set(rows.map((r) => r.operation))];
  console.log(`| operation | ${sizes.map((s) => `calls @${s.toLocaleString('en')}`).join(' | ')} | ${sizes.map((s) => `ms @${s.toLocaleString('en')}`).join(' | ')} |`);
  console.log(`|---|${sizes.map(() => '---:').join('|')}|${sizes.map(() => '---:').join('|')}|`);
  for (const op of ops) {
    const of = (s: number) => rows.find((r) => r.operation === op && r.journalLines === s)!;
    console.log(`| ${op} | ${sizes.map((s) => of(s).calls).join(' | ')} | ${sizes.map((s) => of(s).ms).join(' | ')} |`);
  }
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  const rows = benchLedgerActions(sizes.length ? sizes : [100, 10_000, 100_000]);
  printTable(rows);
  if (process.env.BENCH_DETAIL) for (const r of rows) console.log(r.operation, r.journalLines, JSON.stringify(r.byMethod));
}
