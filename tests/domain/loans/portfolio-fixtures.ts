/**
 * Siti's loan P-1 in the books: Rp1.200.000 over 12 months at 1,5% flat (the 'usaha' product: 2% a
 * month penalty after 7 grace days), 12 x (100.000 principal + 18.000 interest) due on the 10th.
 */
import type { JournalEntry } from '../../../src/domain/types';
import type { LoanRecord } from '../../../src/domain/loans/portfolio';
import { reverseEntry } from '../../../src/domain/books/journal';
import { postInstallmentPayment, postLoanDisbursement, postPenaltyCharge, postPenaltyWaiver } from '../../../src/domain/loans/postings';
import { postGroupCover } from '../../../src/domain/groups/postings';
import { chart, meta } from '../books-fixtures';

const KAS = '1-1100';
const ids = { memberId: 'A-0001', loanId: 'P-1' };
const installment = { penalty: 0, interest: 18_000, principal: 100_000 };

export const p1: LoanRecord = {
  id: 'P-1', memberId: 'A-0001', productId: 'usaha', principal: 1_200_000, termMonths: 12, ratePercent: 1.5, ratePer: 'month',
  method: 'flat', disbursedOn: '2026-01-10', firstDueDate: '2026-02-10', status: 'berjalan',
};

/** #1 paid by Siti, #2 recorded twice (the second reversed), #2 covered by her group, the April penalty waived. */
export function p1Journal(): JournalEntry[] {
  const twice = postInstallmentPayment(chart, meta('J-4', '2026-03-10'), { ...ids, parts: installment, moneyAccount: KAS });
  return [
    postLoanDisbursement(chart, meta('J-1', '2026-01-10'), { ...ids, principal: 1_200_000, fee: 12_000, moneyAccount: KAS }),
    postInstallmentPayment(chart, meta('J-2', '2026-02-10'), { ...ids, parts: installment, moneyAccount: KAS }),
    twice,
    reverseEntry(twice, { id: 'J-5', date: '2026-03-11', reason: 'Tercatat dua kali' }),
    postGroupCover(chart, meta('J-6', '2026-03-12'), {
      defaulterId: 'A-0001', loanId: 'P-1', parts: installment, moneyAccount: KAS,
      coverers: [{ memberId: 'A-0003', amount: 59_000 }, { memberId: 'A-0004', amount: 59_000 }],
    }),
    postPenaltyCharge(chart, meta('J-7', '2026-04-18'), { ...ids, amount: 2_360 }),
    postPenaltyWaiver(chart, meta('J-8', '2026-04-20'), { ...ids, amount: 2_360, reason: 'Sakit, surat dokter', penaltyReceivable: 2_360 }),
  ];
}
