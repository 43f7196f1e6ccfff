/**
 * What the check before money goes out adds: the keyed digest of every row (domain/books/digest.ts)
 * over about N sheet-sized rows, beside SHA-256 of the same rows (what Periksa buku pays), in one
 * process so that the two figures share the machine's load. Alone: `npx tsx bench/journal-digest.ts 100000`.
 */
import { journalDigest } from '../src/domain/books/digest';
import { chainHash, recordsOfEntries } from '../src/domain/books/records';
import { randomJournal } from './journal-replay';

const time = (fn: () => unknown) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

export function benchDigest(lines: number) {
  const entries = randomJournal(lines).map((e) => ({
    ...e, memo: `Setoran simpanan ${e.id} bulan ${e.date.slice(0, 7)}`, recordedBy: 'bendahara@koperasi-lumbung.id', idempotencyKey: `form-${e.id}`,
  }));
  const records = recordsOfEntries(entries, { nextSeq: 1, prevHash: '', recordedAt: '2026-05-04 10:00:00' });
  journalDigest('0123456789abcdef', records.slice(0, 1000)); // warm up
  // The best of five: the machine is shared, the lowest figure is the digest's own cost.
  const digestMs = Math.min(...Array.from({ length: 5 }, () => time(() => journalDigest('0123456789abcdef', records))));
  const shaMs = time(() => records.reduce((prev, r) => chainHash(prev, r), ''));
  return { lines: records.length, digestMs: Math.round(digestMs), digestUsPerLine: Math.round((digestMs * 1000) / records.length * 100) / 100, sha256Ms: Math.round(shaMs) };
}

if (require.main === module) {
  console.log(JSON.stringify(benchDigest(Number(process.argv[2] ?? 100_000))));
}
