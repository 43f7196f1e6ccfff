import fc from 'fast-check';
import { addDays } from '../../../src/domain/dates';
import { allocatePayment } from '../../../src/domain/loans/allocation';
import { payoffAmount } from '../../../src/domain/loans/payoff';
import type { LoanHistory, LoanPayment } from '../../../src/domain/loans/state';
import { rules } from './fixtures';

const loan = fc.record({
  principal: fc.integer({ min: 10_000, max: 50_000_000 }),
  termMonths: fc.integer({ min: 1, max: 24 }),
  ratePercent: fc.double({ min: 0, max: 4, noNaN: true }),
  method: fc.constantFrom('flat' as const, 'declining' as const, 'annuity' as const),
  flatPayoffInterest: fc.constantFrom('current_month' as const, 'all_remaining' as const),
  scope: fc.constantFrom('per_installment' as const, 'per_part' as const),
  payments: fc.array(fc.record({ day: fc.integer({ min: 0, max: 900 }), amount: fc.integer({ min: 1, max: 20_000_000 }) }), { maxLength: 8 }),
});

describe('loan-allocation properties', () => {
  it('a payment never pays more than is due: paid = amount - excess <= the payoff amount of its day', () => {
    fc.assert(fc.property(loan, (x) => {
      const payments: LoanPayment[] = x.payments
        .map((p) => ({ date: addDays('2026-01-01', p.day), amount: p.amount }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      let principalPaid = 0;
      for (let i = 0; i < payments.length; i++) {
        const h: LoanHistory = {
          terms: { principal: x.principal, termMonths: x.termMonths, ratePercent: x.ratePercent, ratePer: 'month', method: x.method, firstDueDate: '2026-02-01' },
          rules: { ...rules, flatPayoffInterest: x.flatPayoffInterest, allocation: { order: rules.allocation.order, scope: x.scope } },
          payments: payments.slice(0, i),
        };
        const due = payoffAmount(h, payments[i].date).total;
        const a = allocatePayment(h, payments[i]);
        const paid = a.penalty + a.interest + a.principal;
        expect(a.excess).toBeGreaterThanOrEqual(0);
        expect(paid + a.excess).toBe(payments[i].amount);
        expect(paid).toBeLessThanOrEqual(due);
        expect(a.closesLoan).toBe(due > 0 && payments[i].amount >= due);
        principalPaid += a.principal;
      }
      expect(principalPaid).toBeLessThanOrEqual(x.principal);
    }), { numRuns: 150 });
  });
});
