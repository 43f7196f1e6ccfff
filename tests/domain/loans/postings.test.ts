import {
  postInstallmentPayment,
  postLoanDisbursement,
  postLoanLossProvision,
  postLoanWriteOff,
  postPenaltyCharge,
  postPenaltyWaiver,
  provisionAdjustment,
} from '../../../src/domain/loans/postings';
import { chart, meta, show } from '../books-fixtures';

const KAS = '1-1100';
const ids = { memberId: 'A-0001', loanId: 'P-2026-0001' };
const tag = '[A-0001 P-2026-0001]';

describe('postings-loans', () => {
  describe('postLoanDisbursement', () => {
    const facts = { ...ids, principal: 5_000_000, fee: 50_000, moneyAccount: KAS };
    it('by default takes the fee off the cash she receives', () => {
      // Rp5.000.000 lent, 1% provisi = Rp50.000, so Rp4.950.000 leaves the till.
      const e = postLoanDisbursement(chart, meta('J-000010'), facts);
      expect(show(e)).toEqual([
        `Dr Piutang Pinjaman Anggota 5000000 ${tag}`,
        'Cr Kas 4950000',
        'Cr Pendapatan Provisi dan Administrasi 50000 [A-0001]',
      ]);
    });
    it('shows the fee paid in on its own line when the cooperative asks it paid separately', () => {
      const e = postLoanDisbursement(chart, meta('J-000010'), facts, { loanFeeMode: 'paid_separately' });
      expect(show(e)).toEqual([
        `Dr Piutang Pinjaman Anggota 5000000 ${tag}`,
        'Cr Kas 5000000',
        'Dr Kas 50000',
        'Cr Pendapatan Provisi dan Administrasi 50000 [A-0001]',
      ]);
    });
    it('refuses a fee that would eat the whole loan', () => {
      expect(() => postLoanDisbursement(chart, meta('J-10'), { ...facts, fee: 5_000_000 })).toThrow(expect.objectContaining({ code: 'FEE_NOT_BELOW_PRINCIPAL' }));
    });
  });

  describe('postInstallmentPayment', () => {
    const parts = { penalty: 10_000, interest: 75_000, principal: 416_667 };
    it('books penalty, interest and principal as income and a smaller loan when nothing was booked before', () => {
      // 10.000 + 75.000 + 416.667 = 501.667 received.
      const e = postInstallmentPayment(chart, meta('J-000011'), { ...ids, parts, moneyAccount: KAS });
      expect(show(e)).toEqual([
        'Dr Kas 501667',
        `Cr Pendapatan Denda 10000 ${tag}`,
        `Cr Pendapatan Jasa Pinjaman 75000 ${tag}`,
        `Cr Piutang Pinjaman Anggota 416667 ${tag}`,
      ]);
    });
    it('clears a penalty already charged instead of counting it as income twice', () => {
      // Rp6.000 of the Rp10.000 penalty was charged earlier: 6.000 clears it, 4.000 is new income.
      const e = postInstallmentPayment(chart, meta('J-000011'), { ...ids, parts, booked: { penalty: 6_000 }, moneyAccount: KAS });
      expect(show(e).slice(1, 3)).toEqual([`Cr Piutang Denda 6000 ${tag}`, `Cr Pendapatan Denda 4000 ${tag}`]);
    });
    it('throws a RangeError for an empty payment (the edge never lets one through)', () => {
      expect(() => postInstallmentPayment(chart, meta('J-11'), { ...ids, parts: { penalty: 0, interest: 0, principal: 0 }, moneyAccount: KAS })).toThrow(RangeError);
    });
  });

  describe('penalties', () => {
    it('charges a penalty as a receivable', () => {
      expect(show(postPenaltyCharge(chart, meta('J-000012'), { ...ids, amount: 5_000 }))).toEqual([
        `Dr Piutang Denda 5000 ${tag}`,
        `Cr Pendapatan Denda 5000 ${tag}`,
      ]);
    });
    it('waives a charged penalty with its reason kept on the entry', () => {
      const e = postPenaltyWaiver(chart, meta('J-000013'), { ...ids, amount: 5_000, reason: 'Sakit, surat dokter', penaltyReceivable: 5_000 });
      expect(e.reason).toBe('Sakit, surat dokter');
      expect(show(e)).toEqual([`Dr Pendapatan Denda 5000 ${tag}`, `Cr Piutang Denda 5000 ${tag}`]);
    });
    it('refuses a waiver without a reason, or of more than she owes', () => {
      const facts = { ...ids, amount: 5_000, reason: ' ', penaltyReceivable: 5_000 };
      expect(() => postPenaltyWaiver(chart, meta('J-13'), facts)).toThrow(expect.objectContaining({ code: 'REASON_REQUIRED' }));
      expect(() => postPenaltyWaiver(chart, meta('J-13'), { ...facts, reason: 'x', penaltyReceivable: 4_999 })).toThrow(
        expect.objectContaining({ code: 'PENALTY_WAIVER_TOO_LARGE', params: { amount: 5_000, owed: 4_999 } }),
      );
    });
  });

  describe('postLoanWriteOff', () => {
    it('writes principal off the reserve, the shortfall as a cost, and takes back booked interest and penalty', () => {
      // Rp3.000.000 principal, reserve holds Rp2.500.000: 2.500.000 from the reserve, 500.000 a cost now.
      const e = postLoanWriteOff(chart, meta('J-000014'), {
        ...ids, balances: { principal: 3_000_000, interest: 45_000, penalty: 20_000 }, reserveBalance: 2_500_000, reason: 'Macet 2 tahun, RAT setuju',
      });
      expect(e.kind).toBe('loan_write_off');
      expect(show(e)).toEqual([
        'Dr Cadangan Kerugian Piutang 2500000',
        'Dr Beban Penyisihan Piutang 500000',
        `Dr Pendapatan Jasa Pinjaman 45000 ${tag}`,
        `Dr Pendapatan Denda 20000 ${tag}`,
        `Cr Piutang Denda 20000 ${tag}`,
        `Cr Piutang Jasa Pinjaman 45000 ${tag}`,
        `Cr Piutang Pinjaman Anggota 3000000 ${tag}`,
      ]);
    });
  });

  describe('loan-loss provision', () => {
    it('tops up the reserve to what collectibility requires, or releases the excess', () => {
      // Required 1.200.000, reserve 1.000.000: add 200.000. Required 900.000: release 100.000.
      expect(provisionAdjustment(1_200_000, 1_000_000)).toBe(200_000);
      expect(provisionAdjustment(900_000, 1_000_000)).toBe(-100_000);
      expect(show(postLoanLossProvision(chart, meta('J-000015'), { amount: 200_000 }))).toEqual([
        'Dr Beban Penyisihan Piutang 200000',
        'Cr Cadangan Kerugian Piutang 200000',
      ]);
      expect(show(postLoanLossProvision(chart, meta('J-000016'), { amount: -100_000 }))).toEqual([
        'Dr Cadangan Kerugian Piutang 100000',
        'Cr Beban Penyisihan Piutang 100000',
      ]);
    });
    it('throws a RangeError for a zero change (a programmer error)', () => {
      expect(() => postLoanLossProvision(chart, meta('J-15'), { amount: 0 })).toThrow(RangeError);
    });
  });
});
