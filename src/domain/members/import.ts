/**
 * Bringing a cooperative's paper (or spreadsheet) books in: the member list with each member's
 * savings on the day of the move, pasted into the "Impor" tab. planImport checks every row and
 * returns what to write; it writes nothing. A bad row contributes nothing (neither the member nor any
 * of her balances), so the manager fixes it and pastes again: rows already imported are recognised
 * and land once.
 *
 * Old books come in only before the daily work starts: once the journal holds anything but opening
 * balances, an import could slip in a made-up member with savings to withdraw, with no second
 * person to see it (checkImportAllowed).
 */
import type { Account, AccountCode, JournalEntry, JournalLine, SavingsType } from '../types';
import type { CooperativeSettings } from '../settings/cooperative';
import { isIsoDate, type IsoDate } from '../dates';
import { LumbungError, type Problem } from '../errors';
import { memberProblems, nextMemberId } from './member';
import { type Member } from '../types';
import type { NextMeta } from '../books/posting';
import { SAVINGS_ROLE } from '../books/accounts';
import { acc, buildEntry, credit, debit } from '../books/postings';
import { isBlankImportRow, readImportRow, type ImportRow, type OpeningSavings, type ReadImportRow } from './import-row';

export type { ImportRow } from './import-row';

/** Refuses an import into books whose daily work has begun (any entry but an opening balance). */
export function checkImportAllowed(entries: readonly JournalEntry[]): void {
  const daily = entries.find((e) => e.kind !== 'opening_balance');
  if (daily) throw new LumbungError('IMPORT_AFTER_DAILY_WORK', { entry: daily.id, date: daily.date });
}

export interface ImportOptions {
  readonly existingMembers: readonly Member[];
  /** Read: the pokok in force, to point out amounts worth a second look. */
  readonly settings: Pick<CooperativeSettings, 'savings'>;
  readonly chart: readonly Account[];
  readonly today: IsoDate;
  /** Numbers each opening-balance entry and stamps who records it (books/posting.ts). */
  readonly next: NextMeta;
  /** The journal so far: where earlier imports are found (their idempotency keys). */
  readonly entries?: readonly JournalEntry[];
  /** The day the paper books were closed: opening entries are dated on it instead of the join date. */
  readonly cutoverDate?: IsoDate;
  /**
   * The account the opening balances are booked against. Default: kas. The right one is an equity
   * clearing account such as "3-9000 Saldo Awal" the cooperative adds to its chart: the cash, bank and
   * loans brought over later are booked against it too, and what is left on it is the old books' own
   * equity. The default chart has none, and a paper cooperative's savings were paid in as cash, so kas
   * is the simplest honest default; the first cash count then shows how much of it was lent out or banked.
   */
  readonly openingAccount?: AccountCode;
  /** The entry's memo (the app passes the translated MEMO_OPENING_BALANCE). */
  readonly memo?: (member: Member) => string;
}

export type ImportRowStatus = 'imported' | 'already_imported' | 'refused';

export interface ImportRowResult {
  /** Position of the row in the rows given (0 = the first row under the header). */
  readonly index: number;
  readonly ok: boolean;
  readonly status: ImportRowStatus;
  readonly problems: readonly Problem[];
  /** Not a reason to refuse, but worth a look (a pokok unlike today's). */
  readonly warnings: readonly Problem[];
  readonly memberId?: string;
}

export interface ImportPlan {
  /** One per non-blank row, in order. */
  readonly results: readonly ImportRowResult[];
  readonly members: readonly Member[];
  /** One opening_balance entry per new member with any savings. */
  readonly entries: readonly JournalEntry[];
}

export const importKey = (memberId: string): string => `import:${memberId}`;

const SAVINGS: readonly SavingsType[] = ['pokok', 'wajib', 'sukarela'];
const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
const totalOf = (s: OpeningSavings): number => s.pokok + s.wajib + s.sukarela;

/** Values that appear on more than one row of the paste (ids compared without case). */
function repeated(rows: readonly ReadImportRow[], pick: (r: ReadImportRow) => string): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const r of rows) {
    const v = pick(r);
    if (v === '') continue;
    if (seen.has(v)) twice.add(v);
    seen.add(v);
  }
  return twice;
}

/** What an earlier import booked for a member, by savings type. */
function bookedSavings(entry: JournalEntry): OpeningSavings {
  const s = { pokok: 0, wajib: 0, sukarela: 0 };
  for (const l of entry.lines) if (l.savingsType) s[l.savingsType] += l.credit - l.debit;
  return s;
}

export function planImport(rows: readonly ImportRow[], options: ImportOptions): ImportPlan {
  const { existingMembers, chart, today, cutoverDate } = options;
  if (cutoverDate !== undefined && !isIsoDate(cutoverDate)) throw new RangeError(`planImport: bad cutoverDate ${cutoverDate}`);
  const moneyAccount = options.openingAccount ?? acc(chart, 'cash');
  if (!chart.some((a) => a.code === moneyAccount)) throw new RangeError(`planImport: openingAccount ${moneyAccount} is not in the chart`);
  const earlier = new Map<string, JournalEntry>();
  for (const e of options.entries ?? []) if (e.idempotencyKey?.startsWith('import:')) earlier.set(e.idempotencyKey, e);
  const byId = new Map(existingMembers.map((m) => [m.id.toUpperCase(), m]));
  const inJournal = new Set((options.entries ?? []).flatMap((e) => e.lines.map((l) => l.memberId ?? '')));

  const read = rows.map((row, index) => ({ index, row })).filter(({ row }) => !isBlankImportRow(row))
    .map(({ index, row }) => ({ index, r: readImportRow(row) }));
  const twiceId = repeated(read.map((x) => x.r), (r) => r.memberId);
  const twiceNik = repeated(read.map((x) => x.r), (r) => r.details.nik);
  // Numbers written in the paste are taken even by rows refused now: fixed and pasted again, they keep them.
  const taken = [...existingMembers.map((m) => m.id), ...read.map((x) => x.r.memberId).filter((id) => id !== '')];

  const results: ImportRowResult[] = [];
  const members: Member[] = [];
  const entries: JournalEntry[] = [];
  for (const { index, r } of read) {
    const { details, savings } = r;
    const problems: Problem[] = [...r.problems];
    const warnings: Problem[] = [];
    if (twiceId.has(r.memberId)) problems.push({ code: 'IMPORT_ID_REPEATED', params: { id: r.memberId }, where: 'memberId' });
    if (twiceNik.has(details.nik)) problems.push({ code: 'IMPORT_NIK_REPEATED', params: { nik: details.nik }, where: 'nik' });

    // The member this row names, if she is already in the books.
    const known = r.memberId !== ''
      ? byId.get(r.memberId)
      : existingMembers.find((m) => (details.nik !== '' ? m.nik === details.nik : norm(m.name) === norm(details.name) && m.joinDate === details.joinDate));
    const samePerson = known !== undefined && norm(known.name) === norm(details.name) && (known.nik === '' || details.nik === '' || known.nik === details.nik);
    const booked = known && earlier.get(importKey(known.id));
    // Her row is in the books but nothing of hers in the journal: an import cut off between the two
    // writes (the member rows land first). Pressed again, it books her balances under her number.
    if (problems.length === 0 && known && samePerson && !booked && totalOf(savings) > 0 && !inJournal.has(known.id)) {
      entries.push(openingEntry(known, savings, moneyAccount, options));
      results.push({ index, ok: true, status: 'imported', problems, warnings, memberId: known.id });
      continue;
    }
    if (problems.length === 0 && known && samePerson && (booked || totalOf(savings) === 0)) {
      if (booked && SAVINGS.some((t) => bookedSavings(booked)[t] !== savings[t])) {
        warnings.push({ code: 'IMPORT_ALREADY_DIFFERENT', params: { id: known.id, entry: booked.id }, where: 'memberId' });
      }
      results.push({ index, ok: true, status: 'already_imported', problems, warnings, memberId: known.id });
      continue;
    }
    if (known && r.memberId !== '') problems.push({ code: 'IMPORT_MEMBER_ID_TAKEN', params: { id: known.id, name: known.name }, where: 'memberId' });
    // Without a number or NIK, the same name joining the same day is most likely her, registered already.
    if (known && r.memberId === '' && details.nik === '') {
      problems.push({ code: 'IMPORT_MAYBE_REGISTERED', params: { id: known.id, name: known.name, date: known.joinDate }, where: 'name' });
    }
    problems.push(...memberProblems(details, existingMembers));
    if (isIsoDate(details.joinDate) && details.joinDate > today) {
      problems.push({ code: 'IMPORT_JOIN_DATE_FUTURE', params: { date: details.joinDate }, where: 'joinDate' });
    }
    if (cutoverDate !== undefined && isIsoDate(details.joinDate) && details.joinDate > cutoverDate) {
      problems.push({ code: 'IMPORT_JOIN_AFTER_CUTOVER', params: { date: details.joinDate, cutover: cutoverDate }, where: 'joinDate' });
    }
    if (problems.length > 0) {
      results.push({ index, ok: false, status: 'refused', problems, warnings });
      continue;
    }
    const pokokAmount = options.settings.savings.pokokAmount;
    if (savings.pokok !== pokokAmount) warnings.push({ code: 'IMPORT_POKOK_DIFFERS', params: { amount: savings.pokok, expected: pokokAmount }, where: 'pokok' });
    const id = r.memberId !== '' ? r.memberId : nextMemberId(taken);
    if (r.memberId === '') taken.push(id);
    const member: Member = { ...details, id, status: 'aktif', exitDate: '' };
    members.push(member);
    if (totalOf(savings) > 0) entries.push(openingEntry(member, savings, moneyAccount, options));
    results.push({ index, ok: true, status: 'imported', problems, warnings, memberId: id });
  }
  return { results, members, entries };
}

function openingEntry(member: Member, savings: OpeningSavings, moneyAccount: AccountCode, options: ImportOptions): JournalEntry {
  const { chart } = options;
  const lines: JournalLine[] = [
    debit(moneyAccount, totalOf(savings)),
    ...SAVINGS.map((t) => credit(acc(chart, SAVINGS_ROLE[t]), savings[t], { memberId: member.id, savingsType: t })),
  ];
  const meta = options.next({
    date: options.cutoverDate ?? member.joinDate,
    memo: options.memo ? options.memo(member) : `Saldo awal simpanan ${member.id} ${member.name}`,
    key: importKey(member.id),
  });
  return buildEntry(chart, meta, 'opening_balance', lines);
}
