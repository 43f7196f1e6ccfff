import { readFileSync } from 'fs';
import { join } from 'path';
import { messages } from '../../src/i18n/loans';

// Every error code the loan modules can raise needs a message in both languages.
const sources = ['loans/schedule', 'loans/products', 'loans/penalty', 'loans/allocation', 'loans/payoff', 'loans/eligibility'];
const codesIn = (file: string): string[] => {
  const text = readFileSync(join(__dirname, '../../src/domain', `${file}.ts`), 'utf8');
  return [...text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)].map((m) => m[1]);
};
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n/loans', () => {
  const codes = [...new Set(sources.flatMap(codesIn))];

  it('finds the codes it checks', () => {
    expect(codes).toEqual(expect.arrayContaining(['LOAN_TERMS_INVALID', 'PENALTY_WAIVER_REASON_REQUIRED', 'LOAN_REFUSED_MACET']));
  });

  it.each(codes)('%s has a message in Bahasa Indonesia and English', (code) => {
    expect(messages.id).toHaveProperty(code);
    expect(messages.en).toHaveProperty(code);
  });

  it('uses the same blanks in both languages', () => {
    const id: Record<string, string> = messages.id;
    const en: Record<string, string> = messages.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const key of Object.keys(id)) expect([key, placeholders(en[key])]).toEqual([key, placeholders(id[key])]);
  });
});
