/**
 * The year's close: income and costs into SHU Tahun Berjalan (closing), then the SHU the RAT
 * approved out to the reserve, the funds and the members (distribution). Both carry an idempotency
 * key per year by default, so neither is ever posted twice.
 */
import type { Account, AccountCode, JournalEntry, JournalLine } from '../types';
import { sum, type Rupiah } from '../money';
import { LumbungError } from '../errors';
import { acc, buildEntry, credit, debit, defaultBooksSettings, requireAmount, type BooksSettings, type EntryMeta } from '../books/postings';

/** Debit and credit totals per account, as the ledger gives them. */
export type AccountTotalsMap = ReadonlyMap<AccountCode, { readonly debit: Rupiah; readonly credit: Rupiah }>;

/**
 * Empties every income and cost account into SHU Tahun Berjalan. `totals` must be the ledger as of
 * the year's last day (earlier years already closed), so each balance is that year's.
 */
export function postShuClosing(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { year: number; totals: AccountTotalsMap },
): JournalEntry {
  const lines: JournalLine[] = [];
  let shu = 0;
  for (const a of chart) {
    if (a.type !== 'income' && a.type !== 'expense') continue;
    const t = facts.totals.get(a.code);
    const net = t ? t.credit - t.debit : 0; // > 0: income earned, or a cost account with more refunds than costs
    if (net === 0) continue;
    lines.push(net > 0 ? debit(a.code, net) : credit(a.code, -net));
    shu += net;
  }
  if (lines.length === 0) throw new LumbungError('NOTHING_TO_CLOSE', { year: facts.year });
  const target = acc(chart, 'shu_current_year');
  lines.push(shu >= 0 ? credit(target, shu) : debit(target, -shu));
  return buildEntry(chart, meta, 'shu_closing', lines, { idempotencyKey: `shu_closing:${facts.year}` });
}

export interface FundShare {
  /** A liability or equity account of the chart: Dana Pendidikan, Dana Sosial, ... */
  readonly account: AccountCode;
  readonly amount: Rupiah;
}

export interface MemberShuShare {
  readonly memberId: string;
  readonly amount: Rupiah;
}

/**
 * Distributes the approved SHU: the amounts come from the SHU split (shu/member-shares.ts) and must not exceed
 * what SHU Tahun Berjalan holds. Members are paid as `settings.shuMemberPayout` says.
 */
export function postShuDistribution(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: {
    year: number;
    available: Rupiah;
    reserve: Rupiah;
    funds: readonly FundShare[];
    members: readonly MemberShuShare[];
    moneyAccount?: AccountCode;
  },
  settings: Pick<BooksSettings, 'shuMemberPayout'> = defaultBooksSettings,
): JournalEntry {
  requireAmount('reserve', facts.reserve, true);
  facts.funds.forEach((f) => requireAmount(f.account, f.amount, true));
  facts.members.forEach((m) => requireAmount(m.memberId, m.amount, true));
  const total = facts.reserve + sum(facts.funds.map((f) => f.amount)) + sum(facts.members.map((m) => m.amount));
  requireAmount('total', total);
  if (total > facts.available) throw new LumbungError('SHU_DISTRIBUTION_EXCEEDS', { total, available: facts.available });
  for (const f of facts.funds) {
    const type = chart.find((a) => a.code === f.account)?.type;
    if (type !== 'liability' && type !== 'equity') throw new LumbungError('FUND_ACCOUNT_INVALID', { account: f.account });
  }
  const payout = settings.shuMemberPayout;
  if (payout === 'cash' && !facts.moneyAccount) throw new RangeError('postShuDistribution: cash payout needs moneyAccount');
  const memberLine = (m: MemberShuShare): JournalLine =>
    payout === 'sukarela'
      ? credit(acc(chart, 'savings_sukarela'), m.amount, { memberId: m.memberId, savingsType: 'sukarela' })
      : payout === 'payable'
        ? credit(acc(chart, 'shu_payable'), m.amount, { memberId: m.memberId })
        : credit(facts.moneyAccount as AccountCode, m.amount, { memberId: m.memberId });
  return buildEntry(
    chart,
    meta,
    'shu_distribution',
    [
      debit(acc(chart, 'shu_current_year'), total),
      credit(acc(chart, 'reserve'), facts.reserve),
      ...facts.funds.map((f) => credit(f.account, f.amount)),
      ...facts.members.map(memberLine),
    ],
    { idempotencyKey: `shu_distribution:${facts.year}` },
  );
}

/** A member collects SHU held for her (payout 'payable'): never more than is held. */
export function postShuPayout(
  chart: readonly Account[],
  meta: EntryMeta,
  facts: { memberId: string; amount: Rupiah; held: Rupiah; moneyAccount: AccountCode },
): JournalEntry {
  requireAmount('amount', facts.amount);
  if (facts.amount > facts.held) throw new LumbungError('SHU_PAYOUT_TOO_LARGE', { amount: facts.amount, held: facts.held });
  return buildEntry(chart, meta, 'shu_distribution', [
    debit(acc(chart, 'shu_payable'), facts.amount, { memberId: facts.memberId }),
    credit(facts.moneyAccount, facts.amount),
  ]);
}
