import { readFileSync } from 'fs';
import { join } from 'path';
import { messages } from '../../src/i18n/ledger-tools';
import { messages as books } from '../../src/i18n/books';

// The import and loan-list files: every code they raise or report has a message in both languages.
const files = ['members/import', 'members/import-row', 'loans/portfolio', 'reports/dashboard'];
const codesInSource = new Set(
  files.flatMap((f) => readFileSync(join(__dirname, '../../src/domain', `${f}.ts`), 'utf8').match(/'[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+'/g) ?? []).map((c) => c.slice(1, -1)),
);

describe('i18n/ledger-tools', () => {
  it('has a message in Bahasa Indonesia and in English for every code the files use', () => {
    const known = (locale: 'id' | 'en', c: string) => c in messages[locale] || c in books[locale];
    expect([...codesInSource].filter((c) => !known('id', c) || !known('en', c))).toEqual([]);
    expect(codesInSource.size).toBeGreaterThan(10);
  });

  it('says the same things in both languages, with the same blanks', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.id).sort());
    const blanks = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const code of Object.keys(messages.id) as (keyof typeof messages.id)[]) {
      expect([code, blanks(messages.en[code])]).toEqual([code, blanks(messages.id[code])]);
    }
  });
});
