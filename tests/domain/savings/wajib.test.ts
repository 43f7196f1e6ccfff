import { defaultSavingsSettings, type SavingsSettings } from '../../../src/domain/savings/rules';
import fc from 'fast-check';
import { wajibStatement } from '../../../src/domain/savings/wajib';

// Rp20.000 a month, raised to Rp25.000 from April 2026; due on the 10th; owed from the join month.
const settings: SavingsSettings = {
  ...defaultSavingsSettings,
  wajibRates: [
    { from: '2000-01', amount: 20_000 },
    { from: '2026-04', amount: 25_000 },
  ],
};

describe('savings-wajib', () => {
  describe('wajibStatement', () => {
    it('fills the oldest month first and lists the months still unpaid', () => {
      // Joined 15 Jan (after the 10th: January falls due on the day she joins).
      // Due by 12 May: Jan, Feb, Mar at 20.000 + Apr, May at 25.000 = 60.000 + 50.000 = 110.000.
      // Paid 20.000 + 30.000 = 50.000: Jan 20.000, Feb 20.000, Mar 10.000 of 20.000.
      // Arrears: Mar 10.000 + Apr 25.000 + May 25.000 = 60.000 (= 110.000 - 50.000).
      const s = wajibStatement(
        { joinDate: '2026-01-15' },
        [
          { date: '2026-01-15', amount: 20_000 },
          { date: '2026-03-05', amount: 30_000 },
        ],
        '2026-05-12',
        settings,
      );
      expect(s.months.map((m) => [m.month, m.dueDate, m.amount])).toEqual([
        ['2026-01', '2026-01-15', 20_000],
        ['2026-02', '2026-02-10', 20_000],
        ['2026-03', '2026-03-10', 20_000],
        ['2026-04', '2026-04-10', 25_000],
        ['2026-05', '2026-05-10', 25_000],
      ]);
      expect(s.totalDue).toBe(110_000);
      expect(s.totalPaid).toBe(50_000);
      expect(s.unpaidMonths.map((m) => [m.month, m.outstanding])).toEqual([
        ['2026-03', 10_000],
        ['2026-04', 25_000],
        ['2026-05', 25_000],
      ]);
      expect(s.arrears).toBe(60_000);
      expect(s.monthsPaidAhead).toBe(0);
    });

    it('does not count a month before its due day', () => {
      // On 9 May, May is not due yet: Jan..Mar 3 x 20.000 + Apr 25.000 = 85.000.
      const s = wajibStatement({ joinDate: '2026-01-15' }, [], '2026-05-09', settings);
      expect(s.totalDue).toBe(85_000);
      expect(s.arrears).toBe(85_000);
    });

    it('ignores payments dated after the as-of date', () => {
      const s = wajibStatement({ joinDate: '2026-01-15' }, [{ date: '2026-01-20', amount: 20_000 }], '2026-01-19', settings);
      expect(s.totalPaid).toBe(0);
      expect(s.arrears).toBe(20_000);
    });

    it('counts whole months paid ahead at the amount in force then', () => {
      // Due by 10 Mar: Jan, Feb, Mar = 60.000. Paid 120.000: 60.000 ahead.
      // April 25.000 and May 25.000 are covered (50.000); the 10.000 left does not pay June.
      const s = wajibStatement({ joinDate: '2026-01-15' }, [{ date: '2026-01-15', amount: 120_000 }], '2026-03-10', settings);
      expect(s.arrears).toBe(0);
      expect(s.unpaidMonths).toEqual([]);
      expect(s.paidAhead).toBe(60_000);
      expect(s.monthsPaidAhead).toBe(2);
    });

    it('starts the month after joining when the cooperative says so', () => {
      // Joined 15 Jan, owed from February: Feb and Mar by 31 Mar = 40.000.
      const s = wajibStatement({ joinDate: '2026-01-15' }, [], '2026-03-31', { ...settings, wajibStarts: 'month_after_join' });
      expect(s.months.map((m) => m.month)).toEqual(['2026-02', '2026-03']);
      expect(s.arrears).toBe(40_000);
    });

    it('stops the obligations at exit and shows what was paid beyond them', () => {
      // Left on 5 Mar, before March's due day: owed Jan and Feb = 40.000; paid 60.000 -> 20.000 to return.
      const s = wajibStatement(
        { joinDate: '2026-01-15', exitDate: '2026-03-05' },
        [{ date: '2026-01-15', amount: 60_000 }],
        '2026-06-30',
        settings,
      );
      expect(s.months.map((m) => m.month)).toEqual(['2026-01', '2026-02']);
      expect(s.arrears).toBe(0);
      expect(s.paidAhead).toBe(20_000);
      expect(s.monthsPaidAhead).toBe(0);
    });

    it('clamps a due day of 31 to the end of a short month', () => {
      const s31 = { ...settings, wajibDueDay: 31 };
      expect(wajibStatement({ joinDate: '2026-01-05' }, [], '2026-02-27', s31).months.map((m) => m.dueDate)).toEqual(['2026-01-31']);
      expect(wajibStatement({ joinDate: '2026-01-05' }, [], '2026-02-28', s31).months.map((m) => m.dueDate)).toEqual(['2026-01-31', '2026-02-28']);
    });

    it('owes nothing before the join date', () => {
      const s = wajibStatement({ joinDate: '2026-06-01' }, [], '2026-05-31', settings);
      expect(s.months).toEqual([]);
      expect(s.arrears).toBe(0);
    });
  });
});

describe('wajibStatement properties', () => {
  it('arrears minus what is paid ahead is always what is due minus what is paid', () => {
    const day = fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    const payment = fc.record({ date: day, amount: fc.integer({ min: 1, max: 200_000 }) });
    fc.assert(fc.property(day, day, fc.array(payment, { maxLength: 12 }), (joinDate, asOf, payments) => {
      const s = wajibStatement({ joinDate }, payments, asOf, settings);
      const firstUnpaid = s.months.findIndex((m) => m.outstanding > 0);
      // Oldest first: once a month is short, no later month has anything paid.
      const oldestFirst = firstUnpaid < 0 || s.months.slice(firstUnpaid + 1).every((m) => m.paid === 0);
      return s.arrears - s.paidAhead === s.totalDue - s.totalPaid && oldestFirst;
    }));
  });
});
