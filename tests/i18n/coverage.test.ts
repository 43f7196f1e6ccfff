/**
 * What the compiler does not hold about the messages: the same blanks in both languages, each code
 * worded in one file, blanks filled as people write them. (That a code has a message in both
 * languages is a type: see codes.test.ts.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { messageCodes, t } from '../../src/i18n';
import type { MessageCode } from '../../src/i18n';

const DIR = path.join(__dirname, '..', '..', 'src', 'i18n');

/** Every file that holds a table of messages, under src/i18n. */
function tableFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return tableFiles(p);
    return p.endsWith('.ts') && 'messages' in require(p) ? [p] : [];
  });
}

describe('messages', () => {
  it('have the same blanks in Bahasa Indonesia and English', () => {
    const blanks = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const codes = messageCodes('id') as MessageCode[];
    expect(codes.length).toBeGreaterThan(500);
    for (const code of codes) expect([code, blanks(t('en', code))]).toEqual([code, blanks(t('id', code))]);
  });

  it('word each code in one place only', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    const files = tableFiles(DIR);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      for (const code of Object.keys(require(file).messages.id)) {
        if (owner.has(code)) twice.push(`${code} in ${owner.get(code)} and ${path.relative(DIR, file)}`);
        owner.set(code, path.relative(DIR, file));
      }
    }
    expect(twice).toEqual([]);
  });

  it('fill their blanks in the language asked for', () => {
    expect(t('id', 'DRIVE_SELECTED', { count: 2 })).toBe('2 berkas dipilih');
    expect(t('en', 'DRIVE_SELECTED', { count: 2 })).toBe('2 files selected');
  });
});

describe('money in messages', () => {
  it('reads as Rupiah whether the template writes Rp{x} or a money blank {amount}', () => {
    expect(t('id', 'SAVINGS_INSUFFICIENT', { available: 150_000, requested: 200_000 })).toContain('Rp150.000');
    expect(t('id', 'SAVINGS_INSUFFICIENT', { available: 150_000, requested: 200_000 })).not.toContain('RpRp');
    expect(t('id', 'LOAN_BELOW_MINIMUM', { product: 'Pinjaman Usaha', min: 500_000 })).toBe('Pinjaman Usaha: pinjaman paling sedikit Rp500.000.');
  });
});
