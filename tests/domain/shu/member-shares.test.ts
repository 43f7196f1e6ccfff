import fc from 'fast-check';
import { memberShu, memberShuReport, poolOf, type MemberShuBasis } from '../../../src/domain/shu/member-shares';
import { allocateShu, defaultShuSplit } from '../../../src/domain/shu/split';
import { LumbungError } from '../../../src/domain/errors';
import { codeOf } from '../refusal';

// Listed out of number order on purpose: the result must not depend on the rows' order.
const three: MemberShuBasis[] = [
  { memberId: 'A-0003', capital: 500_000, business: 0 },
  { memberId: 'A-0001', capital: 500_000, business: 300_000 },
  { memberId: 'A-0002', capital: 500_000, business: 200_000 },
];

describe('shu', () => {
  describe('memberShu', () => {
    it('shares SHU Rp10.000.000 among three members by hand', () => {
      // Jasa modal 20% = 2.000.000; capital 1:1:1 -> 666.666,67 each. Floors 3 x 666.666 = 1.999.998;
      // 2 rupiah left, all fractions equal (,67): the lowest member numbers A-0001 and A-0002 get them.
      // Jasa usaha 25% = 2.500.000; interest paid 300.000 : 200.000 : 0 of 500.000 -> 1.500.000, 1.000.000, 0.
      const shares = memberShu({ shu: 10_000_000, capitalPercent: 20, businessPercent: 25, totalCapital: 1_500_000, totalBusiness: 500_000, members: three });
      expect(shares).toEqual([
        { memberId: 'A-0003', jasaModal: 666_666, jasaUsaha: 0, total: 666_666 },
        { memberId: 'A-0001', jasaModal: 666_667, jasaUsaha: 1_500_000, total: 2_166_667 },
        { memberId: 'A-0002', jasaModal: 666_667, jasaUsaha: 1_000_000, total: 1_666_667 },
      ]);
    });

    it('says in a note where the leftover rupiah went', () => {
      const r = memberShuReport({ shu: 10_000_000, capitalPercent: 20, businessPercent: 25, totalCapital: 1_500_000, totalBusiness: 500_000, members: three });
      expect(r.capitalPool).toBe(2_000_000);
      expect(r.businessPool).toBe(2_500_000);
      expect(r.notes[0]).toMatchObject({ pool: 'jasa_modal', code: 'SHU_REMAINDER_NOTE', extraRupiah: 2, receivers: ['A-0001', 'A-0002'] });
      expect(r.notes[1]).toMatchObject({ pool: 'jasa_usaha', code: 'SHU_REMAINDER_NONE', extraRupiah: 0, receivers: [] });
    });

    it('gives the leftover rupiah to the largest fraction before the lower member number', () => {
      // Pool: 10.000 x 0,1% = 10. Capital 1 : 2 -> 3,33 and 6,67: floors 3 + 6, the rupiah left goes to ,67.
      const shares = memberShu({
        shu: 10_000, capitalPercent: 0.1, businessPercent: 0, totalCapital: 3, totalBusiness: 0,
        members: [{ memberId: 'A-0001', capital: 1, business: 0 }, { memberId: 'A-0002', capital: 2, business: 0 }],
      });
      expect(shares.map((s) => s.jasaModal)).toEqual([3, 7]);
    });

    it('rounds each pool half up: 100 x 2,5% = 2,5 -> 3', () => {
      expect(poolOf(100, 2.5)).toBe(3);
      expect(poolOf(10_000_001, 2.5)).toBe(250_000); // 250.000,025
    });

    it('uses the allocation of the split when it is passed, so the pools match the split exactly', () => {
      // SHU 1.000.003: allocateShu gives jasa modal 200.001 (round would give 200.001 too) and jasa usaha 250.001.
      const [, modal, usaha] = allocateShu(1_000_003, defaultShuSplit);
      const r = memberShuReport({ shu: 1_000_003, capitalPercent: 20, businessPercent: 25, totalCapital: 1_500_000, totalBusiness: 500_000, members: three, capitalPool: modal.amount, businessPool: usaha.amount });
      expect(r.members.reduce((a, m) => a + m.jasaModal, 0)).toBe(200_001);
      expect(r.members.reduce((a, m) => a + m.jasaUsaha, 0)).toBe(250_001);
    });

    it('refuses pools passed in that together share out more than the SHU', () => {
      // SHU 1.000: jasa modal 600 + jasa usaha 600 = 1.200 would pay members Rp200 the cooperative does not have.
      const r = () => memberShu({ shu: 1_000, capitalPercent: 20, businessPercent: 25, totalCapital: 1_500_000, totalBusiness: 500_000, members: three, capitalPool: 600, businessPool: 600 });
      expect(codeOf(r)).toBe('SHU_POOLS_OVER_SHU');
      // One pool passed, the other from its percent: 25% of 1.000 = 250, and 800 + 250 = 1.050.
      expect(codeOf(() => memberShu({ shu: 1_000, capitalPercent: 20, businessPercent: 25, totalCapital: 1_500_000, totalBusiness: 500_000, members: three, capitalPool: 800 }))).toBe('SHU_POOLS_OVER_SHU');
      expect(codeOf(() => memberShu({ shu: 1_000, capitalPercent: 20, businessPercent: 25, totalCapital: 1_500_000, totalBusiness: 500_000, members: three, capitalPool: 750, businessPool: 250 }))).toBe('no error');
    });

    it('gives everyone 0 from a pool whose total basis is 0, and notes the pool as not shared', () => {
      const none = three.map((m) => ({ ...m, business: 0 }));
      const r = memberShuReport({ shu: 10_000_000, capitalPercent: 20, businessPercent: 25, totalCapital: 1_500_000, totalBusiness: 0, members: none });
      expect(r.members.map((m) => m.jasaUsaha)).toEqual([0, 0, 0]);
      expect(r.notes[1]).toMatchObject({ code: 'SHU_POOL_UNDISTRIBUTED', undistributed: 2_500_000 });
    });

    it('refuses totals that are not the sum of the members', () => {
      try {
        memberShu({ shu: 1_000, capitalPercent: 20, businessPercent: 25, totalCapital: 1_000_000, totalBusiness: 500_000, members: three });
        throw new Error('expected a refusal');
      } catch (e) {
        expect((e as LumbungError).code).toBe('SHU_BASIS_TOTAL_MISMATCH');
        expect((e as LumbungError).params).toEqual({ pool: 'jasa_modal', total: 1_000_000, sum: 1_500_000 });
      }
    });

    it('refuses a negative basis and a duplicate member', () => {
      const bad = [{ memberId: 'A-0001', capital: -1, business: 0 }, { memberId: 'A-0001', capital: 1, business: 0 }];
      try {
        memberShu({ shu: 1_000, capitalPercent: 20, businessPercent: 25, totalCapital: 0, totalBusiness: 0, members: bad });
        throw new Error('expected a refusal');
      } catch (e) {
        expect((e as LumbungError).code).toBe('SHU_INPUT_INVALID');
        expect((e as LumbungError).problems.map((p) => p.code)).toEqual(['SHU_BASIS_INVALID', 'SHU_MEMBER_DUPLICATE']);
      }
    });
  });

  describe('memberShu properties', () => {
    const input = fc
      .record({
        shu: fc.integer({ min: 0, max: 100_000_000_000 }),
        capitalH: fc.integer({ min: 0, max: 5_000 }),
        businessH: fc.integer({ min: 0, max: 5_000 }),
        bases: fc.array(fc.record({ capital: fc.integer({ min: 0, max: 2_000_000_000 }), business: fc.integer({ min: 0, max: 2_000_000_000 }) }), { minLength: 1, maxLength: 40 }),
      })
      .map(({ shu, capitalH, businessH, bases }) => {
        const members = bases.map((b, i) => ({ memberId: `A-${String(i + 1).padStart(4, '0')}`, ...b }));
        return {
          shu, capitalPercent: capitalH / 100, businessPercent: businessH / 100, members,
          totalCapital: members.reduce((a, m) => a + m.capital, 0),
          totalBusiness: members.reduce((a, m) => a + m.business, 0),
        };
      });

    it('shares add up exactly to each pool (when anyone has a basis)', () => {
      fc.assert(fc.property(input, (i) => {
        const r = memberShuReport(i);
        const modal = r.members.reduce((a, m) => a + m.jasaModal, 0);
        const usaha = r.members.reduce((a, m) => a + m.jasaUsaha, 0);
        return modal === (i.totalCapital > 0 ? poolOf(i.shu, i.capitalPercent) : 0) && usaha === (i.totalBusiness > 0 ? poolOf(i.shu, i.businessPercent) : 0);
      }));
    });

    it('no member gets a negative share, and each is within one rupiah of her exact share', () => {
      fc.assert(fc.property(input, (i) => {
        const r = memberShuReport(i);
        return r.members.every((m, k) => {
          if (m.jasaModal < 0 || m.jasaUsaha < 0 || m.total !== m.jasaModal + m.jasaUsaha) return false;
          if (i.totalCapital === 0) return m.jasaModal === 0;
          // |share x total - pool x capital| < total, in exact integers.
          const diff = BigInt(m.jasaModal) * BigInt(i.totalCapital) - BigInt(r.capitalPool) * BigInt(i.members[k].capital);
          return diff > -BigInt(i.totalCapital) && diff < BigInt(i.totalCapital);
        });
      }));
    });

    it('a member with more basis never gets less', () => {
      fc.assert(fc.property(input, (i) => {
        const r = memberShu(i);
        return i.members.every((a, x) => i.members.every((b, y) =>
          (a.capital <= b.capital || r[x].jasaModal >= r[y].jasaModal) && (a.business <= b.business || r[x].jasaUsaha >= r[y].jasaUsaha)));
      }));
    });
  });
});
