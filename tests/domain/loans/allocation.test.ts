import { allocatePayment, replayLoan } from '../../../src/domain/loans/allocation';
import { LumbungError } from '../../../src/domain/errors';
import { flatTerms, history, onTime, rules } from './fixtures';

// Shared loan: 12 x (100.000 principal + 18.000 interest), due on the 10th from 2026-02-10.
describe('loan-allocation', () => {
  describe('allocatePayment', () => {
    it('splits an on-time installment into interest and principal', () => {
      const a = allocatePayment(history([]), { date: '2026-02-10', amount: 118_000 });
      expect(a).toMatchObject({ penalty: 0, interest: 18_000, principal: 100_000, excess: 0, closesLoan: false });
      expect(a.parts).toEqual([{ n: 1, penalty: 0, interest: 18_000, principal: 100_000 }]);
    });

    it('pays interest before principal on a partial payment', () => {
      // 50.000 = 18.000 interest + 32.000 principal.
      const a = allocatePayment(history([]), { date: '2026-02-10', amount: 50_000 });
      expect(a.parts).toEqual([{ n: 1, penalty: 0, interest: 18_000, principal: 32_000 }]);
    });

    it('charges no penalty inside the grace days (due 02-10 + 7 days = 02-17)', () => {
      expect(allocatePayment(history([]), { date: '2026-02-17', amount: 118_000 }).penalty).toBe(0);
    });

    it('takes the penalty first on a late payment', () => {
      // 02-18 is late: 2% x 118.000 = 2.360 penalty; 118.000 - 2.360 - 18.000 = 97.640 principal.
      const a = allocatePayment(history([]), { date: '2026-02-18', amount: 118_000 });
      expect(a.parts).toEqual([{ n: 1, penalty: 2_360, interest: 18_000, principal: 97_640 }]);
    });

    it('settles the oldest installment in full before the next (per installment)', () => {
      // Nothing paid until 04-20. Penalty days: #1 02-18, 03-18, 04-18 = 3 x 2.360 = 7.080;
      // #2 03-18, 04-18 = 4.720; #3 04-18 = 2.360.
      // 250.000: #1 7.080 + 18.000 + 100.000 = 125.080, left 124.920;
      // #2 4.720 + 18.000 + 100.000 = 122.720, left 2.200 -> #3 penalty 2.200.
      const a = allocatePayment(history([]), { date: '2026-04-20', amount: 250_000 });
      expect(a.parts).toEqual([
        { n: 1, penalty: 7_080, interest: 18_000, principal: 100_000 },
        { n: 2, penalty: 4_720, interest: 18_000, principal: 100_000 },
        { n: 3, penalty: 2_200, interest: 0, principal: 0 },
      ]);
    });

    it('settles each part across installments first when the product says per_part', () => {
      // Penalties 7.080 + 4.720 + 2.360 = 14.160; interest 3 x 18.000 = 54.000;
      // left 250.000 - 68.160 = 181.840: principal #1 100.000, #2 81.840.
      const perPart = { ...rules, allocation: { order: rules.allocation.order, scope: 'per_part' as const } };
      const a = allocatePayment(history([], { rules: perPart }), { date: '2026-04-20', amount: 250_000 });
      expect(a).toMatchObject({ penalty: 14_160, interest: 54_000, principal: 181_840 });
      expect(a.parts.map((p) => p.principal)).toEqual([100_000, 81_840, 0]);
    });

    it('follows a configured order: principal before interest', () => {
      const order = { ...rules, allocation: { order: ['principal', 'interest', 'penalty'] as const, scope: 'per_installment' as const } };
      const a = allocatePayment(history([], { rules: order }), { date: '2026-02-10', amount: 50_000 });
      expect(a.parts).toEqual([{ n: 1, penalty: 0, interest: 0, principal: 50_000 }]);
    });

    it('charges the monthly penalty on what is still unpaid of the installment', () => {
      // 02-10 pays 50.000 (18.000 + 32.000): 68.000 unpaid; 02-18 penalty 2% x 68.000 = 1.360.
      const a = allocatePayment(history([{ date: '2026-02-10', amount: 50_000 }]), { date: '2026-02-18', amount: 69_360 });
      expect(a.parts).toEqual([{ n: 1, penalty: 1_360, interest: 0, principal: 68_000 }]);
    });

    it('counts a flat daily penalty from the day after the grace days', () => {
      // Rp1.000 a day, 3 grace days: due 02-10, free until 02-13; 02-14..02-20 = 7 days = 7.000.
      const daily = { ...rules, penalty: { kind: 'flat_per_day' as const, amount: 1_000, graceDays: 3 } };
      expect(allocatePayment(history([], { rules: daily }), { date: '2026-02-20', amount: 118_000 }).penalty).toBe(7_000);
    });

    it('pays the next installment early, then over-payment goes to later principal (the term is kept)', () => {
      // 300.000 on 02-10: #1 118.000; #2 in full 118.000 (early); 64.000 to #3's principal.
      const a = allocatePayment(history([]), { date: '2026-02-10', amount: 300_000 });
      expect(a.parts).toEqual([
        { n: 1, penalty: 0, interest: 18_000, principal: 100_000 },
        { n: 2, penalty: 0, interest: 18_000, principal: 100_000 },
        { n: 3, penalty: 0, interest: 0, principal: 64_000 },
      ]);
      expect(a.excess).toBe(0);
    });

    it('closes the loan at the payoff amount and returns the rest as excess', () => {
      // #1..#4 paid on time; on 05-20 payoff = principal 8 x 100.000 + the month in progress (#5) 18.000 = 818.000.
      // 820.000 pays it, 2.000 comes back; #6..#12 interest 7 x 18.000 = 126.000 is no longer charged.
      const a = allocatePayment(history([1, 2, 3, 4].map(onTime)), { date: '2026-05-20', amount: 820_000 });
      expect(a).toMatchObject({ penalty: 0, interest: 18_000, principal: 800_000, excess: 2_000, closesLoan: true, cancelledInterest: 126_000 });
    });

    it('returns the whole amount as excess once the loan is closed', () => {
      const paid = [1, 2, 3, 4].map(onTime).concat({ date: '2026-05-20', amount: 818_000 });
      expect(allocatePayment(history(paid), { date: '2026-06-10', amount: 118_000 })).toMatchObject({ excess: 118_000, principal: 0, interest: 0 });
    });

    it('refuses a payment that is not whole rupiah above 0', () => {
      expect(() => allocatePayment(history([]), { date: '2026-02-10', amount: 0 })).toThrow(LumbungError);
      expect(() => allocatePayment(history([]), { date: '2026-02-10', amount: 10.5 })).toThrow(LumbungError);
    });
  });

  describe('replayLoan', () => {
    it('replays a payment and a waiver of the same day in the order they were booked', () => {
      // 04-20, nothing paid: penalty 14.160 owed. The payment of 20.000 was booked first, the waiver after.
      const paid = { date: '2026-04-20', amount: 20_000 };
      const asBooked = allocatePayment(history([]), paid);
      const h = history([{ ...paid, seq: 7 }], {}, [{ date: '2026-04-20', amount: 4_160, reason: 'Sakit', seq: 8 }]);
      const [replayed] = replayLoan(h, '2026-04-20').allocations;
      expect([replayed.penalty, replayed.interest, replayed.principal]).toEqual([asBooked.penalty, asBooked.interest, asBooked.principal]);
      expect(replayed.penalty).toBe(7_080); // the first installment's penalty, whole: the waiver came after
    });

    it('applies waivers, each forgiving at most the penalty owed', () => {
      // Penalty owed on 04-20 with nothing paid: 14.160 (see above).
      const owed = (w: { date: string; amount: number; reason: string }[]) =>
        replayLoan(history([], {}, w), '2026-04-20').state.rows.reduce((a, r) => a + r.penaltyCharged - r.penaltyWaived - r.penaltyPaid, 0);
      expect(owed([])).toBe(14_160);
      expect(owed([{ date: '2026-04-20', amount: 4_160, reason: 'Sakit, disetujui rapat pengurus' }])).toBe(10_000);
      // (A new waiver is checked when granted: waiverPlan.) One in the books larger than what the
      // rule charges now forgives all of it, no more.
      expect(owed([{ date: '2026-04-20', amount: 20_000, reason: 'x' }])).toBe(0);
    });

    it('replays payments in date order whatever order they are given in', () => {
      const a = replayLoan(history([onTime(2), onTime(1)])).allocations;
      expect(a.map((x) => x.date)).toEqual(['2026-02-10', '2026-03-10']);
      expect(a.every((x) => x.penalty === 0 && x.principal === 100_000)).toBe(true);
    });

    it('lowers later interest of a declining loan after principal is prepaid', () => {
      // Declining: #1 118.000, #2 116.500 (16.500 + 100.000). 334.500 on 02-10 pays both and 100.000 of #3's principal.
      // #3's month starts 03-10 with 900.000 owed (#4..#12) -> 1,5% = 13.500 instead of 15.000.
      const declining = { terms: { ...flatTerms, method: 'declining' as const } };
      const { state } = replayLoan(history([{ date: '2026-02-10', amount: 334_500 }], declining), '2026-03-10');
      expect(state.rows[2]).toMatchObject({ interest: 13_500, scheduledInterest: 15_000, principalPaid: 100_000 });
      expect(state.rows[3].interest).toBe(13_500); // #4 was 1,5% x 900.000 all along
    });
  });
});

describe('replayLoan with a waiver already in the books', () => {
  it('still opens the loan when the penalty rule changed after the waiver was granted', () => {
    // Rp1.200.000 flat 1,5%/month over 12 months; nothing paid; a Rp5.000 waiver was granted on
    // 2026-03-20 under a rule that charged a penalty. Under "no penalty" now, nothing is left to forgive:
    // the replay takes the waiver as far as it goes (Rp0) instead of refusing to open the loan.
    const history = {
      terms: { principal: 1_200_000, termMonths: 12, ratePercent: 1.5, ratePer: 'month' as const, method: 'flat' as const, firstDueDate: '2026-02-01' },
      rules: { penalty: { kind: 'none' as const }, allocation: { order: ['penalty', 'interest', 'principal'] as const, scope: 'per_installment' as const }, flatPayoffInterest: 'current_month' as const },
      payments: [],
      waivers: [{ date: '2026-03-20', amount: 5_000, reason: 'Sakit' }],
    };
    const { state } = replayLoan(history, '2026-04-01');
    expect(state.rows.reduce((a, r) => a + r.penaltyWaived, 0)).toBe(0);
  });
});
