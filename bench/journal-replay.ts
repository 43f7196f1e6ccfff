/**
 * How fast the journal replays into every balance and a trial balance. Builds a deterministic random
 * valid journal of about N lines (seeded generator; withdrawals and repayments never exceed what is
 * there), then times replay + trial balance only. Alone: `npx tsx bench/journal-replay.ts 1000000`.
 */
import { defaultChartOfAccounts } from '../src/domain/books/accounts';
import { replayJournal } from '../src/domain/books/ledger';
import { trialBalance } from '../src/domain/reports/statements';
import type { EntryKind, JournalEntry, JournalLine } from '../src/domain/types';

/** mulberry32: a tiny seeded generator, so every run replays the same journal. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MEMBERS = 6_000;

/** A valid journal of at least `lines` lines: deposits, withdrawals, loans, installments, costs. */
export function randomJournal(lines: number, seed = 42): JournalEntry[] {
  const rand = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const sukarela = new Float64Array(MEMBERS);
  const owed = new Float64Array(MEMBERS);
  const entries: JournalEntry[] = [];
  const dr = (account: string, debit: number, tags: Partial<JournalLine> = {}): JournalLine => ({ account, debit, credit: 0, ...tags });
  const cr = (account: string, credit: number, tags: Partial<JournalLine> = {}): JournalLine => ({ account, debit: 0, credit, ...tags });
  let count = 0;
  while (count < lines) {
    const m = int(0, MEMBERS - 1);
    const memberId = `A-${String(m + 1).padStart(4, '0')}`;
    const loanId = `P-${m + 1}`;
    const amount = int(1, 500) * 1_000;
    const pick = rand();
    let ls: JournalLine[];
    let kind: EntryKind = 'savings_deposit';
    if (pick < 0.35) {
      ls = [dr('1-1100', amount), cr('2-1100', amount, { memberId, savingsType: 'sukarela' })];
      sukarela[m] += amount;
    } else if (pick < 0.5) {
      ls = [dr('1-1200', 25_000), cr('3-1200', 25_000, { memberId, savingsType: 'wajib' })];
    } else if (pick < 0.6 && sukarela[m] > 0) {
      const take = Math.min(sukarela[m], amount);
      kind = 'savings_withdrawal';
      ls = [dr('2-1100', take, { memberId, savingsType: 'sukarela' }), cr('1-1100', take)];
      sukarela[m] -= take;
    } else if (pick < 0.7) {
      const principal = amount * 10;
      kind = 'loan_disbursement';
      ls = [dr('1-1300', principal, { memberId, loanId }), cr('1-1100', principal - amount / 100), cr('4-1200', amount / 100, { memberId })];
      owed[m] += principal;
    } else if (pick < 0.95 && owed[m] > 0) {
      const principal = Math.min(owed[m], amount);
      const interest = int(1, 50) * 100;
      kind = 'installment_payment';
      ls = [dr('1-1100', principal + interest), cr('4-1100', interest, { memberId, loanId }), cr('1-1300', principal, { memberId, loanId })];
      owed[m] -= principal;
    } else {
      kind = 'expense';
      ls = [dr('5-2100', amount), cr('1-1100', amount)];
    }
    const n = entries.length + 1;
    const day = 1 + (n % 28);
    entries.push({ id: `J-${String(n).padStart(6, '0')}`, date: `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`, kind, memo: '', lines: ls });
    count += ls.length;
  }
  return entries;
}

export interface JournalReplayResult {
  lines: number;
  ms: number;
  heapMB: number;
}

/** Times replayJournal + trialBalance over a journal of about `lines` lines. */
export function benchJournalReplay(lines: number): JournalReplayResult {
  const entries = randomJournal(lines);
  const start = process.hrtime.bigint();
  const ledger = replayJournal(defaultChartOfAccounts, entries);
  const tb = trialBalance(defaultChartOfAccounts, ledger);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!tb.balanced) throw new Error('benchJournalReplay: the trial balance does not balance');
  // The heap with the journal and every balance alive: what a replay of this size costs to hold.
  const heapMB = process.memoryUsage().heapUsed / 1024 / 1024;
  return { lines: ledger.lineCount, ms: Math.round(ms), heapMB: Math.round(heapMB) };
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 1_000_000);
  console.log(JSON.stringify(benchJournalReplay(n)));
}
