import {
  accountFor,
  balanceOnNormalSide,
  defaultChartOfAccounts,
  extraAccountProblems,
  mergeChartOfAccounts,
  normalSide,
} from '../../../src/domain/books/accounts';
import type { AccountRole } from '../../../src/domain/types';

describe('accounts', () => {
  describe('defaultChartOfAccounts', () => {
    it('has unique codes, each in the group its type belongs to', () => {
      const codes = defaultChartOfAccounts.map((a) => a.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect(extraAccountProblems([], defaultChartOfAccounts)).toEqual([]);
    });

    it('puts pokok and wajib in equity and sukarela in liabilities (SAK EP)', () => {
      const typeOf = (role: AccountRole) => defaultChartOfAccounts.find((a) => a.role === role)?.type;
      expect(typeOf('savings_pokok')).toBe('equity');
      expect(typeOf('savings_wajib')).toBe('equity');
      expect(typeOf('savings_sukarela')).toBe('liability');
      expect(typeOf('loan_loss_reserve')).toBe('contra_asset');
      expect(typeOf('shu_current_year')).toBe('equity');
    });

    it('gives each role to at most one account', () => {
      const roles = defaultChartOfAccounts.flatMap((a) => (a.role ? [a.role] : []));
      expect(new Set(roles).size).toBe(roles.length);
      expect(accountFor(defaultChartOfAccounts, 'cash')).toBe('1-1100');
    });
  });

  describe('normalSide', () => {
    it('is debit for assets and expenses, credit for the rest', () => {
      expect(normalSide('asset')).toBe('debit');
      expect(normalSide('expense')).toBe('debit');
      expect(normalSide('contra_asset')).toBe('credit');
      expect(normalSide('liability')).toBe('credit');
      expect(normalSide('equity')).toBe('credit');
      expect(normalSide('income')).toBe('credit');
    });
    it('reads a balance on that side', () => {
      // Cash: 500.000 in, 200.000 out -> 300.000; sukarela: 500.000 deposited, 200.000 withdrawn -> 300.000.
      expect(balanceOnNormalSide('asset', 500_000, 200_000)).toBe(300_000);
      expect(balanceOnNormalSide('liability', 200_000, 500_000)).toBe(300_000);
    });
  });

  describe('mergeChartOfAccounts', () => {
    it('adds a second bank account in code order', () => {
      const chart = mergeChartOfAccounts(defaultChartOfAccounts, [
        { code: '1-1210', name: 'Bank BRI', type: 'asset' },
      ]);
      const i = chart.findIndex((a) => a.code === '1-1210');
      expect(chart[i - 1].code).toBe('1-1200');
      expect(chart[i]).toEqual({ code: '1-1210', name: 'Bank BRI', nameEn: 'Bank BRI', type: 'asset' });
      expect(chart).toHaveLength(defaultChartOfAccounts.length + 1);
    });

    it('refuses duplicate codes, unknown types, bad codes and missing names, all at once', () => {
      const extras = [
        { code: '1-1100', name: 'Kas kecil', type: 'asset' },
        { code: '5-3100', name: 'Beban listrik', type: 'cost' },
        { code: '11-00', name: 'Aneh', type: 'asset' },
        { code: '5-3200', name: ' ', type: 'expense' },
        { code: '1-1700', name: 'Pendapatan sewa', type: 'income' },
        { code: '5-3300', name: 'A', type: 'expense' },
        { code: '5-3300', name: 'B', type: 'expense' },
      ];
      expect(extraAccountProblems(defaultChartOfAccounts, extras).map((p) => p.code)).toEqual([
        'ACCOUNT_CODE_DUPLICATE',
        'ACCOUNT_TYPE_UNKNOWN',
        'ACCOUNT_CODE_INVALID',
        'ACCOUNT_NAME_MISSING',
        'ACCOUNT_CODE_WRONG_GROUP',
        'ACCOUNT_CODE_DUPLICATE',
      ]);
      expect(() => mergeChartOfAccounts(defaultChartOfAccounts, extras)).toThrow(
        expect.objectContaining({ code: 'CHART_INVALID', params: { count: 6 } }),
      );
    });

    it('leaves the default chart untouched', () => {
      const before = defaultChartOfAccounts.length;
      mergeChartOfAccounts(defaultChartOfAccounts, [{ code: '5-3100', name: 'Beban listrik', type: 'expense' }]);
      expect(defaultChartOfAccounts).toHaveLength(before);
    });
  });
});
