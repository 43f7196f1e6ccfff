import { coverPosition, type CoverLedgerEvent } from '../../../src/domain/groups/cover-ledger';
import { LumbungError } from '../../../src/domain/errors';

const share = (memberId: string, amount: number) => ({ memberId, amount });

// A-0004 missed March (100.003) and April (250.000); five members covered each time.
const c1: CoverLedgerEvent = {
  kind: 'cover', id: 'C-001', date: '2026-03-15', groupId: 'K-01', defaulterId: 'A-0004', month: '2026-03',
  shares: [share('A-0001', 20_001), share('A-0002', 20_001), share('A-0003', 20_001), share('A-0005', 20_000), share('A-0006', 20_000)],
};
const c2: CoverLedgerEvent = {
  kind: 'cover', id: 'C-002', date: '2026-04-15', groupId: 'K-01', defaulterId: 'A-0004', month: '2026-04',
  shares: ['A-0001', 'A-0002', 'A-0003', 'A-0005', 'A-0006'].map((id) => share(id, 50_000)),
};
const r1: CoverLedgerEvent = { kind: 'repayment', id: 'B-001', date: '2026-05-01', defaulterId: 'A-0004', amount: 150_003 };

describe('tanggung-renteng-ledger', () => {
  describe('coverPosition', () => {
    it('tracks what each coverer is owed and what the defaulter owes', () => {
      // 100.003 + 250.000 = 350.003 owed by A-0004; A-0001 is owed 20.001 + 50.000 = 70.001.
      const p = coverPosition([c1, c2]);
      expect(p.byDefaulter).toEqual([{ memberId: 'A-0004', outstanding: 350_003 }]);
      expect(p.byCoverer.find((c) => c.memberId === 'A-0001')?.outstanding).toBe(70_001);
      expect(p.byCoverer.find((c) => c.memberId === 'A-0006')?.outstanding).toBe(70_000);
    });

    it('refuses a cover share that is negative or not whole rupiah, instead of a negative debt', () => {
      const bad = (amount: number): CoverLedgerEvent => ({ ...c1, shares: [share('A-0001', 100_003), share('A-0002', amount)] });
      // A share of 0 is what splitCover gives when there are fewer rupiah than coverers: kept.
      expect(coverPosition([bad(0)]).byDefaulter).toEqual([{ memberId: 'A-0004', outstanding: 100_003 }]);
      for (const amount of [-5, 1.5]) {
        let code = 'no error';
        try {
          coverPosition([bad(amount)]);
        } catch (e) {
          code = (e as LumbungError).code;
        }
        expect(code).toBe('COVER_AMOUNT_INVALID');
      }
    });

    it('repays the oldest cover first, then the next pro rata', () => {
      // 150.003: March's 100.003 in full, then 50.000 of April's five equal 50.000 parts -> 10.000 each.
      const p = coverPosition([c2, r1, c1]);
      expect(p.repayments.filter((r) => r.coverId === 'C-001').map((r) => r.amount)).toEqual([20_001, 20_001, 20_001, 20_000, 20_000]);
      expect(p.repayments.filter((r) => r.coverId === 'C-002').map((r) => [r.memberId, r.amount])).toEqual([
        ['A-0001', 10_000], ['A-0002', 10_000], ['A-0003', 10_000], ['A-0005', 10_000], ['A-0006', 10_000],
      ]);
      // Left: 5 x 40.000 = 200.000.
      expect(p.byDefaulter).toEqual([{ memberId: 'A-0004', outstanding: 200_000 }]);
      expect(p.byCoverer.map((c) => c.outstanding)).toEqual([40_000, 40_000, 40_000, 40_000, 40_000]);
    });

    it('shares a small repayment by largest remainder in member-number order', () => {
      // After r1 each is owed 40.000 on C-002. Rp7 / 5 = 1 each, 2 left: A-0001 and A-0002 get 2.
      const r2: CoverLedgerEvent = { kind: 'repayment', id: 'B-002', date: '2026-05-20', defaulterId: 'A-0004', amount: 7 };
      const p = coverPosition([c1, c2, r1, r2]);
      expect(p.repayments.filter((r) => r.repaymentId === 'B-002').map((r) => [r.memberId, r.amount])).toEqual([
        ['A-0001', 2], ['A-0002', 2], ['A-0003', 1], ['A-0005', 1], ['A-0006', 1],
      ]);
    });

    it('shares pro rata to what each is still owed', () => {
      // Owed 30.000 and 10.000 (3 : 1); 20.000 repaid -> 15.000 and 5.000.
      const c: CoverLedgerEvent = { kind: 'cover', id: 'C-009', date: '2026-06-15', groupId: 'K-02', defaulterId: 'A-0020', shares: [share('A-0021', 30_000), share('A-0022', 10_000)] };
      const r: CoverLedgerEvent = { kind: 'repayment', id: 'B-009', date: '2026-06-15', defaulterId: 'A-0020', amount: 20_000 };
      // Listed before the cover, same day: covers are replayed first.
      const p = coverPosition([r, c]);
      expect(p.repayments.map((x) => [x.memberId, x.amount])).toEqual([['A-0021', 15_000], ['A-0022', 5_000]]);
    });

    it("touches only the repaying member's covers", () => {
      const other: CoverLedgerEvent = { kind: 'cover', id: 'C-003', date: '2026-01-10', groupId: 'K-01', defaulterId: 'A-0005', shares: [share('A-0001', 5_000)] };
      const p = coverPosition([other, c1, r1, c2]);
      expect(p.byDefaulter).toEqual([{ memberId: 'A-0004', outstanding: 200_000 }, { memberId: 'A-0005', outstanding: 5_000 }]);
    });

    it('refuses a repayment larger than what she still owes, naming what she owes', () => {
      const r: CoverLedgerEvent = { kind: 'repayment', id: 'B-003', date: '2026-05-02', defaulterId: 'A-0004', amount: 200_001 };
      try {
        coverPosition([c1, c2, r1, r]);
        throw new Error('expected a refusal');
      } catch (e) {
        expect((e as LumbungError).code).toBe('COVER_REPAYMENT_TOO_MUCH');
        expect((e as LumbungError).params.outstanding).toBe(200_000);
      }
    });
  });
});
