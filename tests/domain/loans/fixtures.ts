/** A loan the tests share: Rp1.200.000 over 12 months at 1,5%/month, due on the 10th from Feb 2026. */
import type { LoanTerms } from '../../../src/domain/loans/schedule';
import type { LoanHistory, LoanPayment, LoanRules } from '../../../src/domain/loans/state';
import type { PenaltyWaiver } from '../../../src/domain/loans/penalty';

export const flatTerms: LoanTerms = {
  principal: 1_200_000, termMonths: 12, ratePercent: 1.5, ratePer: 'month', method: 'flat', firstDueDate: '2026-02-10',
};

/** Penalty 2% of the unpaid installment per month late, after 7 grace days. */
export const rules: LoanRules = {
  penalty: { kind: 'percent_per_month', percent: 2, graceDays: 7 },
  allocation: { order: ['penalty', 'interest', 'principal'], scope: 'per_installment' },
  flatPayoffInterest: 'current_month',
};

export function history(payments: LoanPayment[], more: Partial<LoanHistory> = {}, waivers: PenaltyWaiver[] = []): LoanHistory {
  return { terms: flatTerms, rules, payments, waivers, ...more };
}

/** Installment n (1-based) of the shared loan paid in full on its due date: 118.000. */
export const onTime = (n: number): LoanPayment => ({ date: `2026-${String(n + 1).padStart(2, '0')}-10`, amount: 118_000 });
