import { defaultGroupRules, splitCover, validateGroups, type Kelompok } from '../../../src/domain/groups/cover';
import { codeOf } from '../refusal';

const active = (...ids: string[]) => ids.map((memberId) => ({ memberId, active: true }));

// Six active members (A-0001 and A-0002 lead it) and one who has left.
const k01: Kelompok = {
  id: 'K-01',
  name: 'Kelompok Melati',
  leaderIds: ['A-0001', 'A-0002'],
  members: [...active('A-0006', 'A-0002', 'A-0003', 'A-0004', 'A-0005', 'A-0001'), { memberId: 'A-0007', active: false }],
};


describe('tanggung-renteng', () => {
  describe('validateGroups', () => {
    it('accepts a group with two leaders and enough members', () => {
      expect(validateGroups([k01])).toEqual([]);
    });

    it('refuses a member in two groups at once (a former member of another group is fine)', () => {
      const k02: Kelompok = { id: 'K-02', name: 'Mawar', leaderIds: ['A-0010', 'A-0011'], members: [...active('A-0010', 'A-0011', 'A-0012', 'A-0003'), { memberId: 'A-0007', active: true }] };
      expect(validateGroups([k01, k02])).toEqual([{ code: 'MEMBER_IN_TWO_GROUPS', params: { memberId: 'A-0003', groups: 'K-01, K-02' }, where: 'K-02' }]);
    });

    it('needs two different leaders who are active members', () => {
      const one: Kelompok = { ...k01, leaderIds: ['A-0001', 'A-0001'] };
      const outsider: Kelompok = { ...k01, leaderIds: ['A-0001', 'A-0007'] };
      expect(validateGroups([one]).map((p) => p.code)).toEqual(['GROUP_LEADERS_COUNT']);
      expect(validateGroups([outsider]).map((p) => p.code)).toEqual(['GROUP_LEADER_NOT_MEMBER']);
    });

    it('needs at least two active members besides the leaders', () => {
      // A-0003 is the only one besides the two leaders (A-0004 has left).
      const small: Kelompok = { id: 'K-03', name: 'Kecil', leaderIds: ['A-0001', 'A-0002'], members: [...active('A-0001', 'A-0002', 'A-0003'), { memberId: 'A-0004', active: false }] };
      expect(validateGroups([small], defaultGroupRules)).toEqual([{ code: 'GROUP_TOO_SMALL', params: { groupId: 'K-03', min: 2, count: 1 }, where: 'K-03' }]);
    });

    it('refuses a duplicate group id and a member listed twice', () => {
      const twice: Kelompok = { ...k01, members: [...k01.members, { memberId: 'A-0003', active: true }] };
      expect(validateGroups([twice, k01]).map((p) => p.code)).toEqual(['GROUP_MEMBER_LISTED_TWICE', 'GROUP_ID_DUPLICATE']);
    });
  });

  describe('splitCover', () => {
    it('splits her installment equally among the other five active members', () => {
      // 250.000 / 5 = 50.000 each; A-0004 (who defaulted) and A-0007 (left) pay nothing.
      expect(splitCover(k01, 'A-0004', 250_000)).toEqual([
        { memberId: 'A-0001', amount: 50_000 },
        { memberId: 'A-0002', amount: 50_000 },
        { memberId: 'A-0003', amount: 50_000 },
        { memberId: 'A-0005', amount: 50_000 },
        { memberId: 'A-0006', amount: 50_000 },
      ]);
    });

    it('gives the leftover rupiah one each in member-number order', () => {
      // 100.003 / 5 = 20.000 rest 3: A-0001, A-0002, A-0003 pay 20.001; 3 x 20.001 + 2 x 20.000 = 100.003.
      expect(splitCover(k01, 'A-0004', 100_003).map((s) => s.amount)).toEqual([20_001, 20_001, 20_001, 20_000, 20_000]);
    });

    it('leaves out a member who also defaulted this month', () => {
      // 100.003 / 4 = 25.000 rest 3.
      expect(splitCover(k01, 'A-0004', 100_003, ['A-0006'])).toEqual([
        { memberId: 'A-0001', amount: 25_001 },
        { memberId: 'A-0002', amount: 25_001 },
        { memberId: 'A-0003', amount: 25_001 },
        { memberId: 'A-0005', amount: 25_000 },
      ]);
    });

    it('refuses a member of another group, a zero amount, and a group with nobody left to cover', () => {
      expect(codeOf(() => splitCover(k01, 'A-0099', 1_000))).toBe('GROUP_MEMBER_NOT_IN_GROUP');
      expect(codeOf(() => splitCover(k01, 'A-0004', 0))).toBe('COVER_AMOUNT_INVALID');
      expect(codeOf(() => splitCover(k01, 'A-0004', 1_000, ['A-0001', 'A-0002', 'A-0003', 'A-0005', 'A-0006']))).toBe('GROUP_NO_COVERERS');
    });
  });
});
