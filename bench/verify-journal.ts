/**
 * How fast the journal's hash chain and entries are checked: builds about N rows from the seeded
 * random journal of journal-replay.ts (memos and names filled in, so rows are sheet-sized), then
 * times verifyJournal only. Alone: `npx tsx bench/verify-journal.ts 100000`.
 */
import { defaultChartOfAccounts } from '../src/domain/books/accounts';
import { recordsOfEntries } from '../src/domain/books/records';
import { verifyJournal } from '../src/domain/books/tamper';
import { randomJournal } from './journal-replay';

export interface VerifyJournalResult {
  lines: number;
  ms: number;
  /** Microseconds per row. */
  usPerLine: number;
}

/** Times verifyJournal over about `lines` rows of an untampered journal. */
export function benchVerify(lines: number): VerifyJournalResult {
  const entries = randomJournal(lines).map((e) => ({
    ...e,
    memo: `Setoran simpanan ${e.id} bulan ${e.date.slice(0, 7)}`,
    recordedBy: 'bendahara@koperasi-lumbung.id',
    idempotencyKey: `form-${e.id}`,
  }));
  const records = recordsOfEntries(entries, { nextSeq: 1, prevHash: '', recordedAt: '2026-05-04 10:00:00' });
  const start = process.hrtime.bigint();
  const report = verifyJournal(records, defaultChartOfAccounts);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!report.ok) throw new Error(`benchVerify: an untampered journal did not verify: ${JSON.stringify(report.counts)}`);
  return { lines: records.length, ms: Math.round(ms), usPerLine: Math.round((ms * 1000) / records.length) };
}

if (require.main === module) {
  console.log(JSON.stringify(benchVerify(Number(process.argv[2] ?? 100_000))));
}
