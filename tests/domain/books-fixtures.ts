/** Shared fixtures for the books' tests: entries shown as the lines of a paper journal. */
import { defaultChartOfAccounts } from '../../src/domain/books/accounts';
import type { JournalEntry } from '../../src/domain/types';
import type { EntryMeta } from '../../src/domain/books/postings';
import { buildEntry, credit, debit } from '../../src/domain/books/postings';
import { postMemberJoin } from '../../src/domain/members/postings';
import { postSavingsDeposit, postSukarelaWithdrawal } from '../../src/domain/savings/postings';
import { postInstallmentPayment, postLoanDisbursement, postPenaltyCharge } from '../../src/domain/loans/postings';

export const chart = defaultChartOfAccounts;

export function meta(id: string, date = '2026-05-04', extra: Partial<EntryMeta> = {}): EntryMeta {
  return { id, date, memo: `memo ${id}`, ...extra };
}

const nameOf = new Map(chart.map((a) => [a.code, a.name]));

/** "Dr Kas 100000", "Cr Simpanan Sukarela 100000 [A-0001 sukarela]", "Cr Piutang Pinjaman Anggota 500 [A-0001 P-1]". */
export function show(entry: JournalEntry): string[] {
  return entry.lines.map((l) => {
    const side = l.debit > 0 ? `Dr ${nameOf.get(l.account) ?? l.account} ${l.debit}` : `Cr ${nameOf.get(l.account) ?? l.account} ${l.credit}`;
    const tags = [l.memberId, l.savingsType, l.loanId].filter((t) => t !== undefined);
    return tags.length > 0 ? `${side} [${tags.join(' ')}]` : side;
  });
}

/**
 * A small cooperative's first quarter of 2026, the worked example the ledger and statements tests
 * check by hand. Siti is A-0001, Rina A-0002; Siti borrows P-1.
 */
export function quarterScenario(): JournalEntry[] {
  const KAS = '1-1100';
  return [
    postMemberJoin(chart, meta('J-000001', '2026-01-05'), { memberId: 'A-0001', pokok: 100_000, wajib: 25_000, moneyAccount: KAS }),
    postMemberJoin(chart, meta('J-000002', '2026-01-06'), { memberId: 'A-0002', pokok: 100_000, moneyAccount: KAS }),
    postSavingsDeposit(chart, meta('J-000003', '2026-01-10'), { memberId: 'A-0001', savingsType: 'sukarela', amount: 2_000_000, moneyAccount: KAS }),
    postLoanDisbursement(chart, meta('J-000004', '2026-01-15'), { memberId: 'A-0001', loanId: 'P-1', principal: 1_200_000, fee: 12_000, moneyAccount: KAS }),
    postInstallmentPayment(chart, meta('J-000005', '2026-02-15'), {
      memberId: 'A-0001', loanId: 'P-1', parts: { penalty: 0, interest: 18_000, principal: 100_000 }, moneyAccount: KAS,
    }),
    postPenaltyCharge(chart, meta('J-000006', '2026-02-20'), { memberId: 'A-0001', loanId: 'P-1', amount: 5_000 }),
    postSukarelaWithdrawal(chart, meta('J-000007', '2026-02-25'), { memberId: 'A-0001', amount: 200_000, balance: 2_000_000, moneyAccount: KAS }),
    buildEntry(chart, meta('J-000008', '2026-03-01'), 'expense', [debit('5-2100', 40_000), credit(KAS, 40_000)]),
    buildEntry(chart, meta('J-000009', '2026-03-05'), 'other_income', [debit('1-1200', 3_000), credit('4-9100', 3_000, { party: 'non_member' })]),
  ];
}
