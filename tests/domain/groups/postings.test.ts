import { postGroupCover, postGroupCoverRepayment } from '../../../src/domain/groups/postings';
import { replayJournal, coverOutstanding } from '../../../src/domain/books/ledger';
import { postLoanDisbursement } from '../../../src/domain/loans/postings';
import { chart, meta, show } from '../books-fixtures';

const KAS = '1-1100';
const LOAN = 'P-2026-0007';

// Ani (A-0007) cannot pay her Rp300.000 installment (Rp50.000 interest + Rp250.000 principal);
// Budi covers Rp100.000 and Citra Rp200.000.
const cover = postGroupCover(chart, meta('J-000021', '2026-03-10'), {
  defaulterId: 'A-0007',
  loanId: LOAN,
  parts: { penalty: 0, interest: 50_000, principal: 250_000 },
  coverers: [
    { memberId: 'A-0008', amount: 100_000 },
    { memberId: 'A-0009', amount: 200_000 },
  ],
  moneyAccount: KAS,
});

describe('postings-cover', () => {
  describe('postGroupCover', () => {
    it("pays the defaulter's installment and records what each coverer is owed", () => {
      expect(cover.kind).toBe('group_cover');
      expect(show(cover)).toEqual([
        'Dr Kas 300000',
        `Cr Pendapatan Jasa Pinjaman 50000 [A-0007 ${LOAN}]`,
        `Cr Piutang Pinjaman Anggota 250000 [A-0007 ${LOAN}]`,
        `Dr Piutang Tanggung Renteng 100000 [A-0008 ${LOAN}]`,
        `Cr Utang Tanggung Renteng 100000 [A-0008 ${LOAN}]`,
        `Dr Piutang Tanggung Renteng 200000 [A-0009 ${LOAN}]`,
        `Cr Utang Tanggung Renteng 200000 [A-0009 ${LOAN}]`,
      ]);
    });

    it('refuses shares that do not add up to the installment', () => {
      expect(() =>
        postGroupCover(chart, meta('J-21'), {
          defaulterId: 'A-0007', loanId: LOAN, parts: { penalty: 0, interest: 50_000, principal: 250_000 },
          coverers: [{ memberId: 'A-0008', amount: 100_000 }], moneyAccount: KAS,
        }),
      ).toThrow(expect.objectContaining({ code: 'COVER_NOT_EQUAL_TO_INSTALLMENT', params: { covered: 100_000, installment: 300_000 } }));
    });

    it('shows in the ledger what each member has outstanding and what the loan still owes', () => {
      const lend = postLoanDisbursement(chart, meta('J-000020', '2026-01-10'), { memberId: 'A-0007', loanId: LOAN, principal: 3_000_000, fee: 0, moneyAccount: KAS });
      const ledger = replayJournal(chart, [lend, cover]);
      expect(coverOutstanding(ledger, 'A-0008')).toBe(100_000);
      expect(coverOutstanding(ledger, 'A-0009')).toBe(200_000);
      // 3.000.000 lent - 250.000 covered = 2.750.000; 300.000 of cover on the loan.
      expect(ledger.loans.get(LOAN)).toEqual({ principal: 2_750_000, interestReceivable: 0, penaltyReceivable: 0, cover: 300_000 });
    });
  });

  describe('postGroupCoverRepayment', () => {
    it('passes her repayment to a coverer in cash', () => {
      const e = postGroupCoverRepayment(chart, meta('J-000022', '2026-04-10'), {
        loanId: LOAN, repayments: [{ memberId: 'A-0008', amount: 60_000, outstanding: 100_000 }], payout: 'cash', moneyAccount: KAS,
      });
      expect(show(e)).toEqual([
        'Dr Kas 60000',
        `Cr Piutang Tanggung Renteng 60000 [A-0008 ${LOAN}]`,
        `Dr Utang Tanggung Renteng 60000 [A-0008 ${LOAN}]`,
        'Cr Kas 60000',
      ]);
      // Budi covered 100.000 and got 60.000 back: 40.000 still outstanding.
      expect(coverOutstanding(replayJournal(chart, [cover, e]), 'A-0008')).toBe(40_000);
    });

    it("or credits it to the coverer's sukarela", () => {
      const e = postGroupCoverRepayment(chart, meta('J-000022'), {
        loanId: LOAN, repayments: [{ memberId: 'A-0009', amount: 200_000, outstanding: 200_000 }], payout: 'sukarela', moneyAccount: KAS,
      });
      expect(show(e)[3]).toBe('Cr Simpanan Sukarela 200000 [A-0009 sukarela]');
    });

    it('refuses paying a coverer more than she is owed', () => {
      expect(() =>
        postGroupCoverRepayment(chart, meta('J-22'), {
          loanId: LOAN, repayments: [{ memberId: 'A-0008', amount: 100_001, outstanding: 100_000 }], payout: 'cash', moneyAccount: KAS,
        }),
      ).toThrow(expect.objectContaining({ code: 'COVER_REPAYMENT_TOO_LARGE' }));
    });
  });
});
