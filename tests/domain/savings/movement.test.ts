import type { Member } from '../../../src/domain/types';
import { postMemberJoin } from '../../../src/domain/members/postings';
import { postSavingsDeposit, postSukarelaWithdrawal } from '../../../src/domain/savings/postings';
import { activeMemberOf, memberDateProblems, paymentsOf, readSavingsMovement, savingsMovementProblems, sukarelaAvailableOn, type SavingsMovementRequest, type SavingsMovementText } from '../../../src/domain/savings/movement';
import type { LumbungError } from '../../../src/domain/errors';
import { memberPassbook } from '../../../src/domain/savings/passbook';
import { chart, meta } from '../books-fixtures';

const KAS = '1-1100';
const siti: Member = {
  id: 'A-0001', name: 'Siti Aminah', nik: '', phone: '', address: '', email: '', joinDate: '2026-01-05', group: '', status: 'aktif', exitDate: '', note: '',
};
const rina: Member = { ...siti, id: 'A-0002', name: 'Rina', status: 'keluar', exitDate: '2026-02-01' };
const ok: SavingsMovementRequest = { memberId: 'A-0001', type: 'sukarela', direction: 'deposit', amount: 50_000 };
const codes = (req: Partial<SavingsMovementRequest>, date = '2026-03-02') => savingsMovementProblems(siti, { ...ok, ...req }, date, '2026-03-02').map((p) => p.code);
const text: SavingsMovementText = { memberId: 'A-0001', type: 'sukarela', direction: 'deposit', amount: 'Rp50.000' };
const readCodes = (t: Partial<SavingsMovementText>) => {
  try {
    readSavingsMovement({ ...text, ...t });
    return [];
  } catch (err) {
    return (err as LumbungError).problems.map((p) => p.code);
  }
};

/** Siti's sukarela: +100.000 on 5 Jan, -80.000 on 1 Feb, +50.000 on 1 Mar (balances 100.000, 20.000, 70.000). */
function sitiPassbook() {
  return memberPassbook(chart, [
    postMemberJoin(chart, meta('J-1', '2026-01-05'), { memberId: 'A-0001', pokok: 100_000, wajib: 20_000, moneyAccount: KAS }),
    postSavingsDeposit(chart, meta('J-2', '2026-01-05'), { memberId: 'A-0001', savingsType: 'sukarela', amount: 100_000, moneyAccount: KAS }),
    postSukarelaWithdrawal(chart, meta('J-3', '2026-02-01'), { memberId: 'A-0001', amount: 80_000, balance: 100_000, moneyAccount: KAS }),
    postSavingsDeposit(chart, meta('J-4', '2026-03-01'), { memberId: 'A-0001', savingsType: 'sukarela', amount: 50_000, moneyAccount: KAS }),
    postSavingsDeposit(chart, meta('J-5', '2026-02-10'), { memberId: 'A-0001', savingsType: 'wajib', amount: 40_000, moneyAccount: KAS }),
  ], 'A-0001');
}

describe('savings-movement', () => {
  describe('activeMemberOf', () => {
    it('finds an active member by her number', () => {
      expect(activeMemberOf([siti, rina], ' A-0001 ').name).toBe('Siti Aminah');
    });

    it('refuses a number that is no member, and a member who has left', () => {
      expect(() => activeMemberOf([siti], 'A-0099')).toThrow(expect.objectContaining({ code: 'MEMBER_NOT_FOUND', params: { memberId: 'A-0099' } }));
      expect(() => activeMemberOf([siti, rina], 'A-0002')).toThrow(expect.objectContaining({ code: 'MEMBER_ALREADY_LEFT', params: { memberId: 'A-0002', name: 'Rina', date: '2026-02-01' } }));
    });
  });

  describe('readSavingsMovement', () => {
    it('reads what the card or form sent into a typed request', () => {
      expect(readSavingsMovement({ ...text, memberId: ' A-0001 ', amount: '1,25 jt', date: '2026-03-01' })).toEqual({
        memberId: 'A-0001', type: 'sukarela', direction: 'deposit', amount: 1_250_000, date: '2026-03-01',
      });
      expect(readSavingsMovement({ ...text, type: 'wajib', direction: 'withdrawal', date: '' })).toEqual({ memberId: 'A-0001', type: 'wajib', direction: 'withdrawal', amount: 50_000 });
    });

    it('refuses pokok (paid on joining), an unknown type or direction, and an amount not whole rupiah above zero', () => {
      expect(readCodes({ type: 'pokok' })).toEqual(['SAVINGS_POKOK_AT_JOIN_ONLY']);
      expect(readCodes({ type: 'arisan' })).toEqual(['SAVINGS_TYPE_INVALID']);
      expect(readCodes({ direction: 'pinjam' })).toEqual(['SAVINGS_DIRECTION_INVALID']);
      expect(readCodes({ amount: '0' })).toEqual(['SAVINGS_AMOUNT_NOT_POSITIVE']);
      expect(readCodes({ amount: '-5.000' })).toEqual(['AMOUNT_INVALID']);
      expect(readCodes({ amount: '1.000,5' })).toEqual(['AMOUNT_NOT_WHOLE']);
      expect(readCodes({ amount: '' })).toEqual(['AMOUNT_REQUIRED']);
    });

    it('names every wrong field at once, not only the first', () => {
      expect(readCodes({ memberId: '', type: 'arisan', direction: '', amount: 'banyak', date: '5 Jan' })).toEqual([
        'MEMBER_NOT_FOUND', 'SAVINGS_TYPE_INVALID', 'SAVINGS_DIRECTION_INVALID', 'AMOUNT_INVALID', 'DATE_INVALID',
      ]);
    });
  });

  describe('savingsMovementProblems', () => {
    it('accepts a wajib or sukarela deposit and a sukarela withdrawal', () => {
      expect(codes({})).toEqual([]);
      expect(codes({ type: 'wajib' })).toEqual([]);
      expect(codes({ direction: 'withdrawal' })).toEqual([]);
    });

    it('refuses a wajib withdrawal (returned only on leaving)', () => {
      expect(codes({ type: 'wajib', direction: 'withdrawal' })).toEqual(['SAVINGS_WAJIB_NOT_WITHDRAWABLE']);
      expect(codes({ type: 'wajib', direction: 'withdrawal' }, '2026-03-03')).toEqual(['SAVINGS_WAJIB_NOT_WITHDRAWABLE', 'DATE_AFTER_TODAY']);
    });

    it('refuses a day after today or before she joined', () => {
      expect(codes({}, '2026-03-03')).toEqual(['DATE_AFTER_TODAY']);
      expect(codes({}, '2026-01-04')).toEqual(['DATE_BEFORE_JOIN']);
      expect(codes({}, '2026-01-05')).toEqual([]);
      expect(memberDateProblems(siti, '5 Jan 2026', '2026-03-02')).toEqual([{ code: 'DATE_INVALID', params: { date: '5 Jan 2026' }, where: 'date' }]);
    });
  });

  describe('sukarelaAvailableOn', () => {
    it('is her balance today when nothing is dated later', () => {
      expect(sukarelaAvailableOn(sitiPassbook().sukarela, '2026-03-02')).toBe(70_000);
    });

    it('is the lowest balance from that day on, so a back-dated withdrawal leaves no later day below zero', () => {
      // On 10 Jan she had 100.000, but on 1 Feb only 20.000 was left.
      expect(sukarelaAvailableOn(sitiPassbook().sukarela, '2026-01-10')).toBe(20_000);
      expect(sukarelaAvailableOn(sitiPassbook().sukarela, '2026-01-04')).toBe(0);
    });
  });

  describe('paymentsOf', () => {
    it('lists her wajib payments by date', () => {
      expect(paymentsOf(sitiPassbook().wajib)).toEqual([{ date: '2026-01-05', amount: 20_000 }, { date: '2026-02-10', amount: 40_000 }]);
    });
  });
});
