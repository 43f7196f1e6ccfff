import fc from 'fast-check';
import { splitCover, type Kelompok } from '../../../src/domain/groups/cover';
import { coverPosition, type CoverLedgerEvent } from '../../../src/domain/groups/cover-ledger';

const group = (n: number): Kelompok => {
  const ids = Array.from({ length: n }, (_, i) => `A-${String(i + 1).padStart(4, '0')}`);
  return { id: 'K-01', name: 'K', leaderIds: ids.slice(0, 2), members: ids.map((memberId) => ({ memberId, active: true })) };
};

describe('tanggung-renteng properties', () => {
  it('cover shares add up to the installment and differ by at most one rupiah', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 50_000_000 }), (n, amount) => {
      const shares = splitCover(group(n), 'A-0001', amount).map((s) => s.amount);
      return shares.length === n - 1 && shares.reduce((a, b) => a + b, 0) === amount && Math.max(...shares) - Math.min(...shares) <= 1;
    }));
  });

  it('repayments never pay a coverer more than she covered, and what is owed adds up both ways', () => {
    const scenario = fc.record({
      n: fc.integer({ min: 3, max: 12 }),
      covers: fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 6 }),
      fractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
    });
    fc.assert(fc.property(scenario, ({ n, covers, fractions }) => {
      const g = group(n);
      const events: CoverLedgerEvent[] = covers.map((amount, i) => ({
        kind: 'cover', id: `C-${i}`, date: `2026-01-${String(i + 1).padStart(2, '0')}`, groupId: g.id, defaulterId: 'A-0001', shares: splitCover(g, 'A-0001', amount),
      }));
      let owed = covers.reduce((a, b) => a + b, 0);
      let repaid = 0;
      fractions.forEach((f, i) => {
        const amount = Math.floor(owed * f);
        if (amount <= 0) return;
        events.push({ kind: 'repayment', id: `B-${i}`, date: `2026-02-${String(i + 1).padStart(2, '0')}`, defaulterId: 'A-0001', amount });
        owed -= amount;
        repaid += amount;
      });
      const p = coverPosition(events);
      const toCoverers = p.byCoverer.reduce((a, c) => a + c.outstanding, 0);
      return p.lines.every((l) => l.repaid >= 0 && l.repaid <= l.covered)
        && p.repayments.reduce((a, r) => a + r.amount, 0) === repaid
        && p.byDefaulter[0].outstanding === owed && toCoverers === owed;
    }));
  });
});
