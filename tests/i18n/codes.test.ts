/**
 * Message codes are a type: a mistyped code, or an English table that misses or adds a code, does not
 * compile. Each `@ts-expect-error` below fails the typecheck (npm test) the day the typing loosens.
 */
import { t } from '../../src/i18n';
import { messageTable } from '../../src/i18n/table';
import { LumbungError, type Problem } from '../../src/domain/errors';

describe('message codes', () => {
  it('are only the real ones, in t(), in a problem and in an error', () => {
    // @ts-expect-error a typo is not a code
    const typo = (): string => t('id', 'AMOUNT_NOT_POSTIVE');
    // @ts-expect-error a typo is not a code
    const problem: Problem = { code: 'NOT_A_CODE' };
    // @ts-expect-error a typo is not a code
    const error = new LumbungError('NOT_A_CODE');
    // @ts-expect-error a typo is not a code
    const heading: Problem = { code: 'PRODUCTS_NONE', heading: { code: 'PRODUCT_ROW_HEADR' } };
    expect([typeof typo, problem.code, error.code, heading.heading?.code]).toEqual(['function', 'NOT_A_CODE', 'NOT_A_CODE', 'PRODUCT_ROW_HEADR']);
    // The real one says its message.
    const real: Problem = { code: 'SAVINGS_AMOUNT_NOT_POSITIVE' };
    expect(t('id', real.code, real.params)).toBe('Jumlah uang harus lebih dari nol dan tanpa sen.');
  });

  it('are worded in English exactly as in Bahasa Indonesia, no more and no fewer', () => {
    const id = { SAVED: 'Tersimpan.', GONE: 'Hilang.' };
    // @ts-expect-error English lacks GONE
    const missing = messageTable({ id, en: { SAVED: 'Saved.' } });
    // @ts-expect-error English has a code Indonesian does not
    const extra = messageTable({ id, en: { SAVED: 'Saved.', GONE: 'Gone.', LEFT_OVER: 'Left over.' } });
    const whole = messageTable({ id, en: { SAVED: 'Saved.', GONE: 'Gone.' } });
    expect([Object.keys(missing.en), Object.keys(extra.en).length, whole.en.GONE]).toEqual([['SAVED'], 3, 'Gone.']);
  });
});
