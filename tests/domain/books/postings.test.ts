import { defaultBooksSettings } from '../../../src/domain/books/postings';
import { postMemberJoin } from '../../../src/domain/members/postings';
import { postSavingsDeposit, postSukarelaInterest, postSukarelaWithdrawal } from '../../../src/domain/savings/postings';
import { chart, meta, show } from '../books-fixtures';

const KAS = '1-1100';
const BANK = '1-1200';

describe('postings (members and savings)', () => {
  it('has named defaults for the settings the rules read', () => {
    expect(defaultBooksSettings).toEqual({ loanFeeMode: 'deducted', shuMemberPayout: 'payable' });
  });

  describe('postMemberJoin', () => {
    it('books pokok and the first wajib as her equity, the cash as received', () => {
      // Rp100.000 pokok + Rp25.000 wajib = Rp125.000 into the till.
      const e = postMemberJoin(chart, meta('J-000001', '2026-01-10', { receipt: 'K-001' }), { memberId: 'A-0001', pokok: 100_000, wajib: 25_000, moneyAccount: KAS });
      expect(e).toMatchObject({ id: 'J-000001', date: '2026-01-10', kind: 'member_join', receipt: 'K-001' });
      expect(show(e)).toEqual([
        'Dr Kas 125000',
        'Cr Simpanan Pokok 100000 [A-0001 pokok]',
        'Cr Simpanan Wajib 25000 [A-0001 wajib]',
      ]);
    });
    it('leaves out the wajib line when she pays only pokok', () => {
      const e = postMemberJoin(chart, meta('J-000001'), { memberId: 'A-0001', pokok: 100_000, moneyAccount: KAS });
      expect(show(e)).toEqual(['Dr Kas 100000', 'Cr Simpanan Pokok 100000 [A-0001 pokok]']);
    });
    it('throws a RangeError for a zero pokok (a programmer error: settings refuse it)', () => {
      expect(() => postMemberJoin(chart, meta('J-1'), { memberId: 'A-0001', pokok: 0, moneyAccount: KAS })).toThrow(RangeError);
    });
  });

  describe('postSavingsDeposit', () => {
    it('books a wajib transfer to the bank', () => {
      const e = postSavingsDeposit(chart, meta('J-000002', '2026-02-05', { idempotencyKey: 'form:abc' }), { memberId: 'A-0002', savingsType: 'wajib', amount: 25_000, moneyAccount: BANK });
      expect(e.idempotencyKey).toBe('form:abc');
      expect(show(e)).toEqual(['Dr Bank 25000', 'Cr Simpanan Wajib 25000 [A-0002 wajib]']);
    });
    it('throws a RangeError for a fraction of a rupiah (parseRupiah never gives one)', () => {
      expect(() => postSavingsDeposit(chart, meta('J-2'), { memberId: 'A-0002', savingsType: 'sukarela', amount: 10.5, moneyAccount: KAS })).toThrow(RangeError);
    });
  });

  describe('postSukarelaWithdrawal', () => {
    const facts = { memberId: 'A-0003', moneyAccount: KAS };
    it('pays out of her sukarela', () => {
      const e = postSukarelaWithdrawal(chart, meta('J-000003'), { ...facts, amount: 40_000, balance: 150_000 });
      expect(show(e)).toEqual(['Dr Simpanan Sukarela 40000 [A-0003 sukarela]', 'Cr Kas 40000']);
    });
    it('lets her take out exactly all she has', () => {
      expect(() => postSukarelaWithdrawal(chart, meta('J-3'), { ...facts, amount: 150_000, balance: 150_000 })).not.toThrow();
    });
    it('never goes below zero: Rp150.001 from Rp150.000 is refused, naming what is there', () => {
      expect(() => postSukarelaWithdrawal(chart, meta('J-3'), { ...facts, amount: 150_001, balance: 150_000 })).toThrow(
        expect.objectContaining({ code: 'SAVINGS_INSUFFICIENT', params: { available: 150_000, requested: 150_001 } }),
      );
    });
  });

  describe('postSukarelaInterest', () => {
    it('adds jasa simpanan to her sukarela as a cost of the cooperative', () => {
      const e = postSukarelaInterest(chart, meta('J-000004', '2026-01-31'), { memberId: 'A-0003', amount: 1_250 });
      expect(e.kind).toBe('savings_interest');
      expect(show(e)).toEqual(['Dr Beban Jasa Simpanan 1250 [A-0003]', 'Cr Simpanan Sukarela 1250 [A-0003 sukarela]']);
    });
  });
});
