import {
  checkPokokPayment,
  checkSukarelaWithdrawal,
  defaultSavingsSettings,
  pokokStatus,
  sukarelaWithdrawalProblems,
  validateSavingsSettings,
  wajibAmountFor,
  type SavingsSettings,
} from '../../../src/domain/savings/rules';
import { LumbungError } from '../../../src/domain/errors';
import { codeOf } from '../refusal';


describe('savings', () => {
  describe('validateSavingsSettings', () => {
    it('accepts the defaults', () => {
      expect(validateSavingsSettings(defaultSavingsSettings)).toEqual([]);
    });

    it('keeps sukarela interest off by default', () => {
      expect(defaultSavingsSettings.sukarelaInterest.ratePercentPerYear).toBe(0);
    });

    it('lists every wrong setting with where it is', () => {
      const bad: SavingsSettings = {
        pokokAmount: 0,
        wajibRates: [
          { from: '2026-13', amount: 20_000 },
          { from: '2026-01', amount: 1.5 },
          { from: '2026-01', amount: 25_000 },
        ],
        wajibDueDay: 32,
        wajibStarts: 'join_month',
        sukarelaInterest: { ratePercentPerYear: 2.125, basis: 'lowest_monthly_balance', minimumBalance: -1, rounding: 'down' },
      };
      expect(validateSavingsSettings(bad).map((p) => `${p.code}@${p.where}`)).toEqual([
        'SAVINGS_POKOK_AMOUNT_INVALID@pokokAmount',
        'WAJIB_RATE_MONTH_INVALID@wajibRates[0]',
        'WAJIB_RATE_AMOUNT_INVALID@wajibRates[1]',
        'WAJIB_RATE_MONTH_DUPLICATE@wajibRates[2]',
        'WAJIB_DUE_DAY_INVALID@wajibDueDay',
        'SUKARELA_RATE_INVALID@sukarelaInterest.ratePercentPerYear',
        'SUKARELA_MIN_BALANCE_INVALID@sukarelaInterest.minimumBalance',
      ]);
    });

    it('needs at least one wajib amount', () => {
      const s = { ...defaultSavingsSettings, wajibRates: [] };
      expect(validateSavingsSettings(s).map((p) => p.code)).toEqual(['WAJIB_RATES_EMPTY']);
    });
  });

  describe('wajibAmountFor', () => {
    const rates = [
      { from: '2026-04', amount: 25_000 },
      { from: '2020-01', amount: 20_000 },
    ];
    it('uses the amount in force that month, so a raise does not rewrite the past', () => {
      expect(wajibAmountFor('2026-03', rates)).toBe(20_000);
      expect(wajibAmountFor('2026-04', rates)).toBe(25_000);
      expect(wajibAmountFor('2027-01', rates)).toBe(25_000);
    });
    it('lets the earliest amount cover the months before it', () => {
      expect(wajibAmountFor('2019-06', rates)).toBe(20_000);
    });
  });

  describe('pokokStatus', () => {
    it('says not paid when nothing was recorded', () => {
      expect(pokokStatus([])).toEqual({ paid: false });
    });
    it('says paid, with the first payment', () => {
      expect(pokokStatus([{ date: '2026-02-01', amount: 100_000 }])).toEqual({ paid: true, paidOn: '2026-02-01', amount: 100_000 });
    });
  });

  describe('checkPokokPayment', () => {
    it('accepts the first pokok of the set amount', () => {
      expect(codeOf(() => checkPokokPayment([], 100_000, defaultSavingsSettings))).toBe('no error');
    });
    it('refuses a second pokok, naming when the first was paid', () => {
      let err: unknown;
      try {
        checkPokokPayment([{ date: '2025-07-14', amount: 100_000 }], 100_000, defaultSavingsSettings);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(LumbungError);
      expect((err as LumbungError).code).toBe('POKOK_ALREADY_PAID');
      expect((err as LumbungError).params.date).toBe('2025-07-14');
    });
    it('refuses a pokok of another amount', () => {
      expect(codeOf(() => checkPokokPayment([], 50_000, defaultSavingsSettings))).toBe('POKOK_AMOUNT_WRONG');
    });
  });

  describe('sukarela withdrawal', () => {
    it('allows taking out the whole balance', () => {
      expect(sukarelaWithdrawalProblems(150_000, 150_000)).toEqual([]);
    });
    it('refuses going below zero and says how much is available', () => {
      expect(sukarelaWithdrawalProblems(150_000, 150_001)).toEqual([
        { code: 'SAVINGS_INSUFFICIENT', params: { available: 150_000, requested: 150_001 }, where: 'amount' },
      ]);
    });
    it('refuses a zero, negative or fractional amount', () => {
      expect(sukarelaWithdrawalProblems(150_000, 0)[0].code).toBe('SAVINGS_AMOUNT_NOT_POSITIVE');
      expect(sukarelaWithdrawalProblems(150_000, -5)[0].code).toBe('SAVINGS_AMOUNT_NOT_POSITIVE');
      expect(sukarelaWithdrawalProblems(150_000, 10.5)[0].code).toBe('SAVINGS_AMOUNT_NOT_POSITIVE');
    });
    it('throws SAVINGS_INSUFFICIENT with the available amount', () => {
      try {
        checkSukarelaWithdrawal(40_000, 50_000);
        throw new Error('expected a refusal');
      } catch (e) {
        expect((e as LumbungError).code).toBe('SAVINGS_INSUFFICIENT');
        expect((e as LumbungError).params.available).toBe(40_000);
      }
    });
  });
});
