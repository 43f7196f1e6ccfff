/**
 * A member leaves: her pokok, wajib and sukarela come back to her, less what she owes on her running
 * loans on the day. previewExit shows the figures without writing a cell; recordExit posts the
 * settlement (once per request), marks her 'keluar' and closes the loans it pays off. A member with
 * no savings at all (one who never paid her pokok, say) leaves with no entry and no receipt.
 */
import { accountFor } from '../../domain/books/accounts';
import { throwIfProblems } from '../../domain/errors';
import { exitLoansOf, loansSettledByExit } from '../../domain/members/exit-plan';
import { memberSavings, type SavingsBalances } from '../../domain/books/ledger';
import type { Member } from '../../domain/types';
import type { Rupiah } from '../../domain/money';
import { postMemberExit, type ExitLoan } from '../../domain/members/postings';
import { partsTotal } from '../../domain/loans/postings';
import { activeMemberOf, memberDateProblems } from '../../domain/savings/movement';
import type { JournalEntry } from '../../domain/types';
import { t } from '../../i18n/index';
import { LOANS, MEMBERS } from '../../workspace/schema';
import { updateRows, type Row } from '../../workspace/table';
import { runAction, type Ctx } from '../context';
import { paidOutOf } from '../../domain/books/journal';
import { journalAsLeft, journalOf, landed, post } from '../books/journal';
import { requestKey, type NextMeta } from '../../domain/books/posting';
import { loansOf, membersOf } from '../records';
import { ledgerOf } from '../loans/books';

export interface ExitLoanFigures {
  readonly loanId: string;
  /** What paying it off on the exit day costs. */
  readonly owed: Rupiah;
  /** Paid off by her savings: the loan closes. */
  readonly settledInFull: boolean;
}

export interface ExitFigures {
  readonly member: Member;
  readonly date: string;
  readonly savings: Readonly<SavingsBalances>;
  /** pokok + wajib + sukarela. */
  readonly returned: Rupiah;
  readonly loans: readonly ExitLoanFigures[];
  /** Taken from her savings to pay her loans. */
  readonly settled: Rupiah;
  /** Paid out to her in cash. */
  readonly payout: Rupiah;
  /** What she still owes after the netting. */
  readonly remainingDebt: Rupiah;
}

export interface ExitRecorded extends ExitFigures {
  /** null when she had no savings: nothing to post. */
  readonly entry: JournalEntry | null;
  /** '' when there was no entry. */
  readonly receipt: string;
  /** True when this request had already been recorded (a repeated click). */
  readonly repeated: boolean;
}

/** The settlement she would get on `date` (default today), computed under the lock; nothing is written. */
export function previewExit(input: { memberId: string; date?: string }): ExitFigures {
  return runAction('record_exit', (ctx) => planExit(ctx, input.memberId, input.date || ctx.today).figures);
}

export function recordExit(input: { memberId: string; date?: string; requestId: string }): ExitRecorded {
  return runAction('record_exit', (ctx) => {
    const key = requestKey('exit', input.requestId);
    // Money goes out: nothing is decided on a journal edited by hand.
    journalAsLeft(ctx, key);
    const [done] = landed(ctx, key);
    if (done) return repeatedExit(ctx, done);
    let figures: ExitFigures | undefined;
    const { entries: [entry = null] } = post(ctx, key, (next) => {
      const plan = planExit(ctx, input.memberId, input.date || ctx.today, next);
      figures = plan.figures;
      return plan.entry ? [plan.entry] : [];
    });
    if (!figures) throw new RangeError('recordExit: nothing planned');
    closeRecords(ctx, figures.member.id, figures.date, figures.loans.filter((l) => l.settledInFull).map((l) => l.loanId));
    return { ...figures, entry, receipt: entry?.receipt ?? '', repeated: false };
  });
}

function planExit(ctx: Ctx, memberId: string, date: string, next?: NextMeta): { figures: ExitFigures; entry: JournalEntry | null } {
  const member = activeMemberOf(membersOf(ctx), memberId);
  throwIfProblems(memberDateProblems(member, date, ctx.today));
  const { entries } = journalOf(ctx);
  const ledger = ledgerOf(ctx);
  const savings = memberSavings(ledger, member.id);
  const loans = exitLoansOf({ memberId: member.id, date, loans: loansOf(ctx), products: ctx.settings.products, chart: ctx.chart, entries, ledger });
  const returned = savings.pokok + savings.wajib + savings.sukarela;
  if (returned === 0) {
    const owed = loans.reduce((n, l) => n + partsTotal(l.owed), 0);
    const figures = { member, date, savings, returned, loans: loanFigures(loans, new Set()), settled: 0, payout: 0, remainingDebt: owed };
    return { figures, entry: null };
  }
  const memo = t('id', 'MEMO_MEMBER_EXIT', { member: `${member.id} ${member.name}` });
  // A preview is numbered as if it were posted now; only recordExit posts it.
  const meta = next ? next({ date, memo, receipt: true }) : { id: 'J-?', date, memo };
  const s = postMemberExit(ctx.chart, meta, { memberId: member.id, savings, loans, moneyAccount: accountFor(ctx.chart, 'cash') });
  const closing = new Set(loansSettledByExit(loans, returned));
  return {
    entry: s.entry,
    figures: {
      member, date, savings, returned, loans: loanFigures(loans, closing),
      settled: s.settled, payout: s.payout, remainingDebt: s.remainingDebt,
    },
  };
}

function loanFigures(loans: readonly ExitLoan[], closing: ReadonlySet<string>): ExitLoanFigures[] {
  return loans.map((l) => ({ loanId: l.loanId, owed: partsTotal(l.owed), settledInFull: closing.has(l.loanId) }));
}

/**
 * Her row says 'keluar' from `date`; loans paid off say 'lunas'. One block write per tab. Also run
 * on a repeated request, so a posting whose row writes were cut off is completed by pressing again.
 */
function closeRecords(ctx: Ctx, memberId: string, date: string, paidOff: readonly string[]): void {
  const members = ctx.table(MEMBERS);
  const i = members.rows.findIndex((r) => String(r.id) === memberId);
  if (i >= 0 && (members.rows[i].status !== 'keluar' || members.rows[i].exitDate !== date)) {
    updateRows(members, new Map<number, Row>([[i, { status: 'keluar', exitDate: date }]]));
  }
  const loans = ctx.table(LOANS);
  const changes = new Map<number, Row>();
  loans.rows.forEach((r, k) => {
    if (paidOff.includes(String(r.id)) && r.status !== 'lunas') changes.set(k, { status: 'lunas' });
  });
  updateRows(loans, changes);
}

/** A repeated click: the figures read back from the posted entry, and the records completed if need be. */
function repeatedExit(ctx: Ctx, entry: JournalEntry): ExitRecorded {
  const memberId = entry.lines.find((l) => l.memberId)!.memberId!;
  const member = membersOf(ctx).find((m) => m.id === memberId)!;
  const savings: SavingsBalances = { pokok: 0, wajib: 0, sukarela: 0 };
  for (const l of entry.lines) if (l.savingsType && l.memberId === memberId) savings[l.savingsType] += l.debit - l.credit;
  const cash = accountFor(ctx.chart, 'cash');
  const payout = paidOutOf(entry, cash);
  const returned = savings.pokok + savings.wajib + savings.sukarela;
  // What she owes now, after the netting already posted: loans owing nothing are the ones it paid off.
  const { entries } = journalOf(ctx);
  const paidIn = new Map<string, Rupiah>();
  for (const l of entry.lines) if (l.loanId) paidIn.set(l.loanId, (paidIn.get(l.loanId) ?? 0) + l.credit - l.debit);
  const hers = loansOf(ctx).filter((r) => paidIn.has(r.id));
  // exitLoansOf lists the loans the journal says she still owes on; the others the netting paid off.
  const owing = new Map(exitLoansOf({ memberId, date: entry.date, loans: hers, products: ctx.settings.products, chart: ctx.chart, entries, ledger: ledgerOf(ctx) })
    .map((l) => [l.loanId, partsTotal(l.owed)]));
  const after = hers.map((r) => ({ loanId: r.id, owed: owing.get(r.id) ?? 0 }));
  closeRecords(ctx, memberId, entry.date, after.filter((l) => l.owed === 0).map((l) => l.loanId));
  return {
    member: { ...member, status: 'keluar', exitDate: entry.date }, date: entry.date, savings, returned,
    loans: after.map((l) => ({ loanId: l.loanId, owed: (paidIn.get(l.loanId) ?? 0) + l.owed, settledInFull: l.owed === 0 })),
    settled: returned - payout, payout, remainingDebt: after.reduce((n, l) => n + l.owed, 0),
    entry, receipt: entry.receipt ?? '', repeated: true,
  };
}
