/**
 * The books of a random day as the property run reads them, and every way they could disagree with
 * themselves: Periksa buku, debit against credit, savings against passbooks and the dashboard, each
 * loan's status against what the journal says she owes.
 */
import type { Workspace } from '../../local/emulator';
import { verifyLedger } from '../../src/app/books/verify';
import { showDashboard } from '../../src/app/books/dashboard';
import { applicationsOf, historyOf } from '../../src/app/loans/books';
import { loanCardOf, passbookOf } from '../../src/app/books/views';
import { loanStatus } from '../../src/domain/loans/status';
import { runAction } from '../../src/app/context';
import { journalOf } from '../../src/app/books/journal';
import { loansOf, membersOf } from '../../src/app/records';
import { memberSavings, replayJournal } from '../../src/domain/books/ledger';
import { KETUA, as } from './harness';

/** Everything a step is chosen from and judged on, read as the ketua would. */
export const books = (ws: Workspace) => runAction('view_books', (ctx) => ({
  now: ws.now().getTime(), entries: journalOf(ctx).entries, ledger: replayJournal(ctx.chart, journalOf(ctx).entries),
  loans: loansOf(ctx), members: membersOf(ctx), applications: applicationsOf(ctx),
  // What the loan's own replay says: closed on a day, or still running.
  closedOn: new Map(loansOf(ctx).map((l) => [l.id, l.status === 'batal' ? null : loanStatus(historyOf(ctx, l), ctx.today).closedOn])),
}));

/** Every way the books could disagree with themselves, as readable lines (empty when they agree). */
export function contradictions(ws: Workspace): string[] {
  const found: string[] = [];
  const check = as(ws, KETUA, () => verifyLedger());
  if (!check.report.ok) found.push(`Periksa buku: ${check.report.findings.map((f) => f.kind).join(', ')}`);
  if (check.debit !== check.credit) found.push(`debit ${check.debit} != credit ${check.credit}`);
  const b = as(ws, KETUA, () => books(ws));
  for (const m of b.members) {
    const s = memberSavings(b.ledger, m.id);
    if (s.sukarela < 0) found.push(`${m.id} sukarela ${s.sukarela}`);
    if (m.status === 'keluar' && s.pokok + s.wajib + s.sukarela !== 0) found.push(`${m.id} left holding ${s.pokok + s.wajib + s.sukarela}`);
    const book = as(ws, KETUA, () => passbookOf(m.id)).passbook;
    if (book.total !== s.pokok + s.wajib + s.sukarela) found.push(`${m.id} passbook ${book.total} != journal ${s.pokok + s.wajib + s.sukarela}`);
  }
  for (const l of b.loans) {
    const owes = (b.ledger.loans.get(l.id)?.principal ?? 0) > 0;
    if (l.status === 'berjalan' && !owes) found.push(`${l.id} berjalan but owes no principal`);
    if (l.status !== 'berjalan' && owes) found.push(`${l.id} ${l.status} but still owes principal`);
    const closed = b.closedOn.get(l.id) ?? null;
    if (l.status === 'berjalan' && closed !== null) found.push(`${l.id} berjalan but its replay closed it on ${closed}`);
    if (l.status === 'lunas' && closed === null) found.push(`${l.id} lunas but its replay still runs`);
    if (l.status !== 'batal') {
      const { card } = as(ws, KETUA, () => loanCardOf(l.id));
      const owed = b.ledger.loans.get(l.id)?.principal ?? 0;
      if (card.totals.disbursed - card.totals.principalPaid - card.totals.writtenOff !== owed) found.push(`${l.id} loan card owes ${card.totals.disbursed - card.totals.principalPaid} != journal ${owed}`);
    }
  }
  for (const a of b.applications.filter((x) => x.status === 'dicairkan')) {
    if (!b.loans.some((l) => l.id === a.loanId)) found.push(`${a.id} dicairkan without loan ${a.loanId}`);
  }
  const receipts = b.entries.map((e) => e.receipt).filter(Boolean);
  if (new Set(receipts).size !== receipts.length) found.push('a receipt number given twice');
  const dash = as(ws, KETUA, () => showDashboard()).figures;
  const saved = b.members.reduce((n, m) => { const s = memberSavings(b.ledger, m.id); return n + s.pokok + s.wajib + s.sukarela; }, 0);
  if (dash.savings.total !== saved) found.push(`dashboard savings ${dash.savings.total} != members' ${saved}`);
  const lent = b.loans.reduce((n, l) => n + (b.ledger.loans.get(l.id)?.principal ?? 0), 0);
  if (dash.loans.principal !== lent) found.push(`dashboard loans ${dash.loans.principal} != journal ${lent}`);
  return found;
}
