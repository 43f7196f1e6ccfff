import {
  applicationProblems, checkDisbursable, decideApplication, firstDueDateFor, nextApplicationId, nextLoanId,
  type ApplicationInput, type LoanApplication,
} from '../../../src/domain/loans/application';
import { defaultLoanProducts } from '../../../src/domain/loans/products';
import type { Member } from '../../../src/domain/types';
import { installmentAllocation, waiverPlan } from '../../../src/domain/loans/repayment';
import type { LoanRecord } from '../../../src/domain/loans/portfolio';
import { history } from './fixtures';

const usaha = defaultLoanProducts[0];
const siti: Member = {
  id: 'A-0001', name: 'Siti Aminah', nik: '', phone: '', address: '', email: '', joinDate: '2025-06-01', group: '', status: 'aktif', exitDate: '', note: '',
};
const input: ApplicationInput = {
  member: siti, memberId: 'A-0001', product: usaha, productId: 'usaha', amount: 1_200_000, termMonths: 12, purpose: 'Modal warung',
  applicant: { savings: 400_000, openLoans: [] }, applications: [], today: '2026-03-02',
};
const waiting: LoanApplication = {
  id: 'PG-2026-0001', date: '2026-03-02', memberId: 'A-0001', productId: 'usaha', amount: 1_200_000, termMonths: 12, purpose: 'Modal warung',
  status: 'menunggu', source: 'kartu', recordedBy: 'sekretaris@k.id', decidedBy: '', decidedOn: '', reason: '', loanId: '', idempotencyKey: 'k',
};
const codes = (a: Partial<ApplicationInput>) => applicationProblems({ ...input, ...a }).map((p) => p.code);

describe('loan-application', () => {
  describe('nextApplicationId / nextLoanId', () => {
    it('number per year after the highest in use, never reusing one', () => {
      expect(nextLoanId([], '2026-03-02')).toBe('P-2026-0001');
      expect(nextLoanId(['P-2025-0031', 'P-2026-0002', 'P-2026-0009'], '2026-12-31')).toBe('P-2026-0010');
      expect(nextLoanId(['P-2026-0009'], '2027-01-01')).toBe('P-2027-0001');
      expect(nextApplicationId(['PG-2026-0001'], '2026-05-01')).toBe('PG-2026-0002');
    });
  });

  describe('applicationProblems', () => {
    it('accepts Rp1.200.000 against Rp400.000 saved (3 x savings exactly)', () => {
      expect(codes({})).toEqual([]);
    });

    it('refuses a member who left, with her name', () => {
      const p = applicationProblems({ ...input, member: { ...siti, status: 'keluar' } });
      expect(p[0]).toMatchObject({ code: 'APPLICATION_MEMBER_LEFT', params: { member: 'A-0001', name: 'Siti Aminah' } });
    });

    it('refuses a purpose longer than 300 characters', () => {
      expect(codes({ purpose: 'x'.repeat(301) })).toEqual(['APPLICATION_PURPOSE_TOO_LONG']);
    });

    it('refuses a new application while one is waiting or approved, not after a rejection', () => {
      expect(codes({ applications: [waiting] })).toEqual(['APPLICATION_ALREADY_OPEN']);
      expect(codes({ applications: [{ ...waiting, status: 'disetujui' }] })).toEqual(['APPLICATION_ALREADY_OPEN']);
      expect(codes({ applications: [{ ...waiting, status: 'ditolak' }] })).toEqual([]);
    });

    it('passes on the product\'s own rules: her loan in arrears refuses a new one', () => {
      expect(codes({ applicant: { savings: 400_000, openLoans: [{ collectibility: 'lancar', daysPastDue: 5 }] } })).toEqual(['LOAN_REFUSED_ARREARS', 'LOAN_TOO_MANY_OPEN']);
    });
  });

  describe('decideApplication', () => {
    it('approves, noting who and when', () => {
      expect(decideApplication(waiting, { approve: true }, 'ketua@k.id', '2026-03-03')).toMatchObject({ status: 'disetujui', decidedBy: 'ketua@k.id', decidedOn: '2026-03-03', reason: '' });
    });

    it('rejects only with a reason, and never twice', () => {
      expect(() => decideApplication(waiting, { approve: false, reason: '' }, 'ketua@k.id', '2026-03-03')).toThrow(expect.objectContaining({ code: 'APPLICATION_REJECT_REASON_REQUIRED' }));
      const rejected = decideApplication(waiting, { approve: false, reason: ' Belum lengkap ' }, 'ketua@k.id', '2026-03-03');
      expect([rejected.status, rejected.reason]).toEqual(['ditolak', 'Belum lengkap']);
      expect(() => decideApplication(rejected, { approve: true }, 'ketua@k.id', '2026-03-04')).toThrow(expect.objectContaining({ code: 'APPLICATION_NOT_WAITING' }));
    });

    it('refuses the person who recorded it, whatever the case of her email', () => {
      expect(() => decideApplication(waiting, { approve: true }, 'Sekretaris@K.id', '2026-03-03')).toThrow(expect.objectContaining({ code: 'SAME_PERSON_APPROVES' }));
    });

    it('refuses to decide an application whose recorder was erased, rather than skip the check', () => {
      for (const recordedBy of ['', '   ']) {
        expect(() => decideApplication({ ...waiting, recordedBy }, { approve: true }, 'ketua@k.id', '2026-03-03')).toThrow(expect.objectContaining({ code: 'RECORDER_UNKNOWN' }));
      }
    });

    it('lets only an approved application be paid out', () => {
      expect(() => checkDisbursable(waiting)).toThrow(expect.objectContaining({ code: 'APPLICATION_NOT_APPROVED' }));
      expect(() => checkDisbursable({ ...waiting, status: 'disetujui' })).not.toThrow();
    });
  });

  describe('firstDueDateFor', () => {
    it('is a month after the payout, clamped to the month\'s end', () => {
      expect(firstDueDateFor('2026-03-02')).toBe('2026-04-02');
      expect(firstDueDateFor('2026-01-31')).toBe('2026-02-28');
    });

    it('takes a date given after the payout, up to three months later', () => {
      expect(firstDueDateFor('2026-03-02', '2026-06-02')).toBe('2026-06-02');
      expect(() => firstDueDateFor('2026-03-02', '2026-03-02')).toThrow(expect.objectContaining({ code: 'FIRST_DUE_DATE_INVALID' }));
      expect(() => firstDueDateFor('2026-03-02', '2026-06-03')).toThrow(expect.objectContaining({ code: 'FIRST_DUE_DATE_INVALID' }));
    });
  });
});

describe('loan-repayment', () => {
  // The shared fixture loan: Rp1.200.000, 12 x Rp118.000 due on the 10th from 2026-02-10.
  const loan: LoanRecord = {
    id: 'P-2026-0001', memberId: 'A-0001', productId: 'usaha', principal: 1_200_000, termMonths: 12, ratePercent: 1.5, ratePer: 'month',
    method: 'flat', disbursedOn: '2026-01-10', firstDueDate: '2026-02-10', status: 'berjalan',
  };

  it('refuses a payment dated before the payout', () => {
    expect(() => installmentAllocation(loan, history([]), { date: '2026-01-09', amount: 118_000 }, '2026-02-10')).toThrow(expect.objectContaining({ code: 'PAYMENT_DATE_BEFORE_DISBURSEMENT' }));
  });

  it('refuses a payment once the schedule is all paid, even before the row says lunas', () => {
    // Paid off on 2026-02-10: principal Rp1.200.000 + installment 1's interest Rp18.000.
    const paid = history([{ date: '2026-02-10', amount: 1_218_000 }]);
    expect(() => installmentAllocation(loan, paid, { date: '2026-02-11', amount: 1_000 }, '2026-03-01')).toThrow(expect.objectContaining({ code: 'LOAN_ALREADY_PAID' }));
  });

  it('books as receivable only what the waiver forgives beyond what the books already hold', () => {
    // Installment 1 unpaid on 2026-03-01: 2% of Rp118.000 = Rp2.360 charged on 2026-02-18.
    const late = history([]);
    expect(waiverPlan(loan, late, { date: '2026-03-01', amount: 2_000, reason: 'Sakit' }, 0)).toEqual({ owed: 2_360, charge: 2_000 });
    expect(waiverPlan(loan, late, { date: '2026-03-01', amount: 2_000, reason: 'Sakit' }, 1_500)).toEqual({ owed: 2_360, charge: 500 });
    expect(waiverPlan(loan, late, { date: '2026-03-01', amount: 2_000, reason: 'Sakit' }, 2_360)).toEqual({ owed: 2_360, charge: 0 });
  });

  it('refuses a waiver without a reason, or beyond the penalty owed', () => {
    const late = history([]);
    expect(() => waiverPlan(loan, late, { date: '2026-03-01', amount: 1_000, reason: '  ' }, 0)).toThrow(expect.objectContaining({ code: 'PENALTY_WAIVER_REASON_REQUIRED' }));
    expect(() => waiverPlan(loan, late, { date: '2026-03-01', amount: 3_000, reason: 'Sakit' }, 0)).toThrow(expect.objectContaining({ code: 'WAIVER_ABOVE_PENALTY_OWED', params: { amount: 3_000, owed: 2_360, loan: loan.id } }));
  });
});
