import { postShuClosing, postShuDistribution, postShuPayout } from '../../../src/domain/shu/postings';
import { postInstallmentPayment } from '../../../src/domain/loans/postings';
import { postSukarelaInterest } from '../../../src/domain/savings/postings';
import { replayJournal } from '../../../src/domain/books/ledger';
import { chart, meta, show } from '../books-fixtures';

const KAS = '1-1100';

// The year 2025: Rp900.000 interest and Rp100.000 penalty earned, Rp150.000 jasa simpanan paid.
const year = [
  postInstallmentPayment(chart, meta('J-000001', '2025-06-10'), {
    memberId: 'A-0001', loanId: 'P-1', parts: { penalty: 100_000, interest: 900_000, principal: 0 }, moneyAccount: KAS,
  }),
  postSukarelaInterest(chart, meta('J-000002', '2025-12-31'), { memberId: 'A-0002', amount: 150_000 }),
];

describe('postings-shu', () => {
  describe('postShuClosing', () => {
    it("moves the year's income and costs into SHU Tahun Berjalan", () => {
      const e = postShuClosing(chart, meta('J-000003', '2025-12-31'), { year: 2025, totals: replayJournal(chart, year).accounts });
      // 900.000 + 100.000 - 150.000 = 850.000 SHU.
      expect(show(e)).toEqual([
        'Dr Pendapatan Jasa Pinjaman 900000',
        'Dr Pendapatan Denda 100000',
        'Cr Beban Jasa Simpanan 150000',
        'Cr SHU Tahun Berjalan 850000',
      ]);
      expect(e.idempotencyKey).toBe('shu_closing:2025');
    });
    it('books a loss on the debit side', () => {
      const costs = [postSukarelaInterest(chart, meta('J-000002', '2025-12-31'), { memberId: 'A-0002', amount: 150_000 })];
      const e = postShuClosing(chart, meta('J-000003', '2025-12-31'), { year: 2025, totals: replayJournal(chart, costs).accounts });
      expect(show(e)).toEqual(['Cr Beban Jasa Simpanan 150000', 'Dr SHU Tahun Berjalan 150000']);
    });
    it('refuses to close a year with nothing in it', () => {
      expect(() => postShuClosing(chart, meta('J-3'), { year: 2025, totals: new Map() })).toThrow(expect.objectContaining({ code: 'NOTHING_TO_CLOSE' }));
    });
  });

  describe('postShuDistribution', () => {
    // Of Rp850.000: 40% reserve = 340.000; 10% education = 85.000; members 425.000 (A-0001 300.000, A-0002 125.000).
    const facts = {
      year: 2025,
      available: 850_000,
      reserve: 340_000,
      funds: [{ account: '2-1420', amount: 85_000 }],
      members: [{ memberId: 'A-0001', amount: 300_000 }, { memberId: 'A-0002', amount: 125_000 }],
      moneyAccount: KAS,
    };
    it('by default holds members\' shares as SHU payable until they collect', () => {
      const e = postShuDistribution(chart, meta('J-000010', '2026-03-20'), facts);
      expect(e.idempotencyKey).toBe('shu_distribution:2025');
      expect(show(e)).toEqual([
        'Dr SHU Tahun Berjalan 850000',
        'Cr Cadangan 340000',
        'Cr Dana Pendidikan 85000',
        'Cr Dana SHU Belum Dibagikan 300000 [A-0001]',
        'Cr Dana SHU Belum Dibagikan 125000 [A-0002]',
      ]);
    });
    it('credits members to sukarela, or pays them in cash, as the settings say', () => {
      const toSukarela = postShuDistribution(chart, meta('J-000010'), facts, { shuMemberPayout: 'sukarela' });
      expect(show(toSukarela)[3]).toBe('Cr Simpanan Sukarela 300000 [A-0001 sukarela]');
      const inCash = postShuDistribution(chart, meta('J-000010'), facts, { shuMemberPayout: 'cash' });
      expect(show(inCash)[3]).toBe('Cr Kas 300000 [A-0001]');
    });
    it('refuses to hand out more than the SHU there is', () => {
      expect(() => postShuDistribution(chart, meta('J-10'), { ...facts, available: 849_999 })).toThrow(
        expect.objectContaining({ code: 'SHU_DISTRIBUTION_EXCEEDS', params: { total: 850_000, available: 849_999 } }),
      );
    });
    it('refuses a fund that is not a liability or equity account', () => {
      expect(() => postShuDistribution(chart, meta('J-10'), { ...facts, funds: [{ account: '1-1100', amount: 85_000 }] })).toThrow(
        expect.objectContaining({ code: 'FUND_ACCOUNT_INVALID' }),
      );
    });
  });

  describe('postShuPayout', () => {
    it('pays out SHU held for her, never more', () => {
      const e = postShuPayout(chart, meta('J-000011'), { memberId: 'A-0001', amount: 300_000, held: 300_000, moneyAccount: KAS });
      expect(show(e)).toEqual(['Dr Dana SHU Belum Dibagikan 300000 [A-0001]', 'Cr Kas 300000']);
      expect(() => postShuPayout(chart, meta('J-11'), { memberId: 'A-0001', amount: 300_001, held: 300_000, moneyAccount: KAS })).toThrow(
        expect.objectContaining({ code: 'SHU_PAYOUT_TOO_LARGE' }),
      );
    });
  });
});
