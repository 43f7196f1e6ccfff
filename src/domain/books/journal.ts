/**
 * The journal: double-entry, append-only. An entry is checked before it lands (posting.ts is the one
 * way in); a correction is a reversing entry with a reason, never an edit.
 */
import type { Account, AccountCode, AccountRole, EntryKind, JournalEntry, JournalLine, SavingsType } from '../types';
import { isIsoDate, type IsoDate } from '../dates';
import { isRupiah, type Rupiah } from '../money';
import { LumbungError, type Problem } from '../errors';
import { chartIndex, SAVINGS_ROLE } from './accounts';

export interface Journal {
  readonly chart: readonly Account[];
  /** In the order they were posted. */
  readonly entries: readonly JournalEntry[];
}

/** What an entry took out of an account (credits less debits): the cash a payout or an exit paid. */
export function paidOutOf(entry: JournalEntry, account: AccountCode): Rupiah {
  return entry.lines.reduce((n, l) => (l.account === account ? n + l.credit - l.debit : n), 0);
}

/** Kinds whose entry must say why (types.ts: reversals, waivers and write-offs). */
/** The kinds that record a decision and move no money: one row, no account, their data in "Rincian". */
export const FACT_KINDS: readonly EntryKind[] = [
  'loan_application', 'loan_decision', 'settings_change', 'import_request', 'import_decision', 'chain_adopted',
];
export const isFact = (kind: string): boolean => (FACT_KINDS as readonly string[]).includes(kind);

export const kindsNeedingReason: readonly EntryKind[] = ['reversal', 'penalty_waiver', 'loan_write_off'];

const SAVINGS_OF: Partial<Record<AccountRole, SavingsType>> = Object.fromEntries(
  Object.entries(SAVINGS_ROLE).map(([type, role]) => [role, type as SavingsType]),
);
const LOAN_ROLES: readonly AccountRole[] = ['loan_principal', 'loan_interest_receivable', 'loan_penalty_receivable', 'cover_receivable', 'cover_payable'];
const MEMBER_ROLES: readonly AccountRole[] = ['cover_receivable', 'cover_payable', 'shu_payable'];

function lineProblems(line: JournalLine, account: Account | undefined, where: string): Problem[] {
  const problems: Problem[] = [];
  const { debit, credit } = line;
  if (!isRupiah(debit) || !isRupiah(credit) || debit < 0 || credit < 0) {
    problems.push({ code: 'LINE_AMOUNT_NOT_WHOLE', params: { debit: String(debit), credit: String(credit) }, where });
  } else if (debit > 0 && credit > 0) problems.push({ code: 'LINE_BOTH_SIDES', params: { debit, credit }, where });
  else if (debit === 0 && credit === 0) problems.push({ code: 'LINE_NO_AMOUNT', where });
  if (!account) return [...problems, { code: 'ACCOUNT_UNKNOWN', params: { account: String(line.account) }, where }];
  const role = account.role;
  const savingsType = role && SAVINGS_OF[role];
  const params = { account: account.code };
  if ((savingsType || (role && MEMBER_ROLES.includes(role))) && !line.memberId) {
    problems.push({ code: 'LINE_NEEDS_MEMBER', params, where });
  }
  if (savingsType && line.savingsType !== savingsType) {
    problems.push({ code: 'LINE_SAVINGS_TYPE_WRONG', params: { ...params, expected: savingsType, given: String(line.savingsType ?? '') }, where });
  }
  if (role && LOAN_ROLES.includes(role) && !line.loanId) problems.push({ code: 'LINE_NEEDS_LOAN', params, where });
  return problems;
}

/** Everything wrong with an entry on its own, against a chart. Empty = it may be posted. */
export function entryProblems(entry: JournalEntry, chart: readonly Account[] | ReadonlyMap<string, Account>): Problem[] {
  const index = chart instanceof Map ? chart : chartIndex(chart as readonly Account[]);
  const id = entry.id || '?';
  const problems: Problem[] = [];
  if (!entry.id) problems.push({ code: 'ENTRY_ID_MISSING', where: id });
  if (!isIsoDate(entry.date)) problems.push({ code: 'ENTRY_DATE_INVALID', params: { date: String(entry.date) }, where: id });
  if (isFact(entry.kind)) {
    if (entry.lines.length > 0) problems.push({ code: 'FACT_WITH_LINES', params: { kind: entry.kind }, where: id });
    if (!entry.data) problems.push({ code: 'FACT_WITHOUT_DATA', params: { kind: entry.kind }, where: id });
  } else if (entry.lines.length < 2) problems.push({ code: 'ENTRY_TOO_FEW_LINES', params: { lines: entry.lines.length }, where: id });
  let debit = 0;
  let credit = 0;
  entry.lines.forEach((line, i) => {
    problems.push(...lineProblems(line, index.get(line.account), `${id} line ${i + 1}`));
    debit += line.debit;
    credit += line.credit;
  });
  if (problems.length === 0 && debit !== credit) {
    problems.push({ code: 'ENTRY_NOT_BALANCED', params: { debit, credit, difference: Math.abs(debit - credit) }, where: id });
  }
  const mustSayWhy = kindsNeedingReason.includes(entry.kind) || entry.reverses !== undefined;
  if (mustSayWhy && !(entry.reason ?? '').trim()) problems.push({ code: 'REASON_REQUIRED', params: { kind: entry.kind }, where: id });
  if (entry.kind === 'reversal' && !entry.reverses) problems.push({ code: 'REVERSAL_TARGET_MISSING', where: id });
  return problems;
}

function isMirror(a: JournalEntry, b: JournalEntry): boolean {
  return (
    a.lines.length === b.lines.length &&
    a.lines.every((l, i) => {
      const m = b.lines[i];
      return l.account === m.account && l.debit === m.credit && l.credit === m.debit && l.memberId === m.memberId &&
        l.savingsType === m.savingsType && l.loanId === m.loanId && l.party === m.party;
    })
  );
}

/** What is wrong with a reversal against the journal it joins: no such entry, undone already, not its mirror. */
export function reversalProblems(journal: Journal, entry: JournalEntry): Problem[] {
  if (entry.reverses === undefined) return [];
  const where = entry.id;
  const target = journal.entries.find((e) => e.id === entry.reverses);
  if (!target) return [{ code: 'REVERSAL_TARGET_UNKNOWN', params: { id: entry.reverses }, where }];
  if (journal.entries.some((e) => e.reverses === target.id)) return [{ code: 'ENTRY_ALREADY_REVERSED', params: { id: target.id }, where }];
  return isMirror(target, entry) ? [] : [{ code: 'REVERSAL_NOT_MIRROR', params: { id: target.id }, where }];
}

export interface ReversalFacts {
  readonly id: string;
  readonly date: IsoDate;
  readonly reason: string;
  readonly recordedBy?: string;
  /** Defaults to "Pembatalan <id>: <memo>"; the app may pass a translated one. */
  readonly memo?: string;
}

/**
 * The mirror entry that undoes `entry` (each line's debit and credit swapped). Given the journal,
 * refuses an entry already reversed; a reversal may itself be reversed once, to restore the original.
 */
export function reverseEntry(entry: JournalEntry, facts: ReversalFacts, journal?: Journal): JournalEntry {
  if (!facts.reason.trim()) throw new LumbungError('REASON_REQUIRED', { kind: 'reversal', entry: entry.id });
  if (journal?.entries.some((e) => e.reverses === entry.id)) throw new LumbungError('ENTRY_ALREADY_REVERSED', { id: entry.id });
  const reversal: JournalEntry = {
    id: facts.id,
    date: facts.date,
    kind: 'reversal',
    memo: facts.memo ?? `Pembatalan ${entry.id}: ${entry.memo}`,
    lines: entry.lines.map((l) => ({ ...l, debit: l.credit, credit: l.debit })),
    reverses: entry.id,
    reason: facts.reason,
  };
  return facts.recordedBy ? { ...reversal, recordedBy: facts.recordedBy } : reversal;
}

/** Ids of entries undone by a reversal that is itself still standing (a reversal may be reversed). */
export function voidedEntryIds(entries: readonly JournalEntry[]): Set<string> {
  const voided = new Set<string>();
  // Latest first: by the time a reversal is reached, we know whether a later one undid it.
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.reverses !== undefined && !voided.has(e.id)) voided.add(e.reverses);
  }
  return voided;
}

/** Entries in date order, those of one day in posting order (a back-dated entry takes its day's place). */
export function inDateOrder(entries: readonly JournalEntry[]): JournalEntry[] {
  return [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)); // sort is stable
}
