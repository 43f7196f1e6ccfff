import { memberProblems, nextMemberId } from '../../../src/domain/members/member';

const siti = { name: 'Siti Aminah', nik: '1571014501800001', phone: '081234567890', address: 'Jl. Sultan Thaha 1, Jambi', email: 'siti@example.com', joinDate: '2026-01-05', group: 'Mawar', note: '' };

describe('members', () => {
  describe('nextMemberId', () => {
    it('numbers the first member A-0001 and never reuses a number', () => {
      expect(nextMemberId([])).toBe('A-0001');
      expect(nextMemberId(['A-0001', 'A-0007', 'A-0003'])).toBe('A-0008');
      expect(nextMemberId(['A-9999'])).toBe('A-10000');
    });
  });

  describe('memberProblems', () => {
    it('accepts a complete registration', () => {
      expect(memberProblems(siti)).toEqual([]);
    });

    it('requires a name and a real date, and checks NIK, phone and email when given', () => {
      const codes = memberProblems({ ...siti, name: '  ', nik: '12345', phone: 'abc', email: 'siti@', joinDate: '2026-02-30' }).map((p) => p.code);
      expect(codes).toEqual(['MEMBER_NAME_REQUIRED', 'MEMBER_NIK_INVALID', 'MEMBER_PHONE_INVALID', 'MEMBER_EMAIL_INVALID', 'DATE_INVALID']);
    });

    it('accepts +62 phone numbers and leaves optional fields empty', () => {
      expect(memberProblems({ ...siti, phone: '+62 812-3456-7890', nik: '', email: '' })).toEqual([]);
    });

    it('refuses a NIK an active member already has', () => {
      const existing = [{ ...siti, id: 'A-0001', status: 'aktif' as const, exitDate: '' as const }];
      expect(memberProblems(siti, existing).map((p) => p.code)).toEqual(['MEMBER_NIK_DUPLICATE']);
    });
  });
});
