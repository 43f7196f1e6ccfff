import { readFileSync } from 'fs';
import { join } from 'path';
import { messages } from '../../src/i18n/books';
import { messageCodes } from '../../src/i18n';

const SOURCES = ['money-text', 'books/accounts', 'books/journal', 'books/postings', 'loans/postings', 'groups/postings', 'shu/postings', 'members/postings', 'books/ledger', 'savings/postings'];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n/books', () => {
  it('has a message in both languages for every code the books raise', () => {
    const codes = new Set<string>();
    for (const name of SOURCES) {
      const text = readFileSync(join(__dirname, '../../src/domain', `${name}.ts`), 'utf8');
      for (const m of text.matchAll(/(?:code: |LumbungError\()'([A-Z_]+)'/g)) codes.add(m[1]);
      for (const m of text.matchAll(/(?:'|\? )'([A-Z][A-Z_]+)'/g)) codes.add(m[1]);
    }
    expect(codes.size).toBeGreaterThan(30);
    // A code may be worded in another area's file (SAVINGS_INSUFFICIENT in members/member.ts): any area counts.
    const id = new Set(messageCodes('id'));
    const en = new Set(messageCodes('en'));
    for (const code of codes) {
      expect([code, id.has(code), en.has(code)]).toEqual([code, true, true]);
    }
  });

  it('says the same blanks in Bahasa Indonesia and English', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.id).sort());
    for (const [code, text] of Object.entries(messages.id)) {
      expect([code, placeholders(messages.en[code as keyof typeof messages.en])]).toEqual([code, placeholders(text)]);
    }
  });
});
