import { readFileSync } from 'fs';
import { join } from 'path';
import { messages } from '../../src/i18n/members';

// The members' domain files: every code they raise or report must have a message in both languages.
const files = ['savings/rules', 'savings/wajib', 'savings/interest', 'shu/member-shares', 'shu/split', 'shu/bases', 'shu/flow', 'groups/cover', 'groups/cover-ledger', 'groups/scorecard'];
const codesInSource = new Set(
  files.flatMap((f) => readFileSync(join(__dirname, '../../src/domain', `${f}.ts`), 'utf8').match(/'[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+'/g) ?? []).map((c) => c.slice(1, -1)),
);

describe('i18n/members', () => {
  it('has a message in Bahasa Indonesia and in English for every code the domain uses', () => {
    const missing = [...codesInSource].filter((c) => !(c in messages.id) || !(c in messages.en));
    expect(missing).toEqual([]);
  });

  it('says the same things in both languages, with the same blanks', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.id).sort());
    const blanks = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const code of Object.keys(messages.id) as (keyof typeof messages.id)[]) {
      expect([code, blanks(messages.en[code])]).toEqual([code, blanks(messages.id[code])]);
    }
  });

  it('names every SHU basis label the basis builder can return', () => {
    for (const capital of ['POKOK_WAJIB', 'ALL_SAVINGS']) for (const m of ['YEAR_END', 'AVERAGE']) expect(messages.id).toHaveProperty(`SHU_BASIS_CAPITAL_${capital}_${m}`);
    expect(messages.id).toHaveProperty('SHU_BASIS_BUSINESS_LOAN_PRINCIPAL');
    expect(messages.id).toHaveProperty('SHU_BASIS_BUSINESS_INTEREST_PAID');
  });
});
