/**
 * "Periksa buku": the journal tab checked row by row against its hash chain and the chain tip saved
 * after the last posting (so rows deleted at the end show too), with the debit and credit totals.
 * Reading only: it runs for pengawas, and even when the settings tab has a problem.
 */
import { verifyJournal, type TamperReport } from '../../domain/books/tamper';
import { JOURNAL, readChainTip, readJournal } from '../../workspace/journal';
import { runAction } from '../context';

export interface LedgerCheck {
  readonly report: TamperReport;
  /** Sums of the Debit and Kredit columns as they stand (cells that are no number count 0). */
  readonly debit: number;
  readonly credit: number;
}

const amount = (v: number) => (Number.isFinite(v) ? v : 0);

export function verifyLedger(): LedgerCheck {
  return runAction('verify_ledger', (ctx) => {
    const table = ctx.table(JOURNAL);
    const read = readJournal(table);
    // A blank row inside the journal is not a row: its line shows as missing, the rows by their own numbers.
    const kept = table.grid.flatMap((cells, i) => (cells.every((v) => v === '') ? [] : [i]));
    const records = kept.map((i) => read.records[i]);
    const relabelledRows = new Set(read.relabelled);
    const relabelled = kept.flatMap((i, k) => (relabelledRows.has(i) ? [k] : []));
    const tip = readChainTip();
    const rowNumbers = kept.map((i) => i + 2);
    const report = verifyJournal(records, ctx.chart, { relabelled, rowNumbers, notes: table.notes, ...(tip ? { tip } : {}) });
    let debit = 0;
    let credit = 0;
    for (const r of records) {
      debit += amount(r.debit);
      credit += amount(r.credit);
    }
    return { report, debit, credit };
  });
}
