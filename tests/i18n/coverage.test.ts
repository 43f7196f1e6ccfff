import * as fs from 'fs';
import * as path from 'path';
import { messageCodes, t } from '../../src/i18n';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every error or problem code the code can raise, found in the source. */
function raisedCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sources(path.join(__dirname, '..', '..', 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/LumbungError\(\s*'([A-Z][A-Z0-9_]+)'/g)) codes.add(m[1]);
    for (const m of text.matchAll(/\bcode:\s*'([A-Z][A-Z0-9_]+)'/g)) codes.add(m[1]);
  }
  return [...codes].sort();
}

describe('messages', () => {
  it('say every code the code can raise, in Bahasa Indonesia and in English', () => {
    const id = new Set(messageCodes('id'));
    const en = new Set(messageCodes('en'));
    const missing = raisedCodes().filter((c) => !id.has(c) || !en.has(c));
    expect(missing).toEqual([]);
  });

  it('have an English text for every Indonesian one, with the same blanks', () => {
    expect(messageCodes('en')).toEqual(messageCodes('id'));
    const blanks = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const raw = (locale: 'id' | 'en', code: string) => t(locale, code);
    for (const code of messageCodes('id')) expect([code, blanks(raw('en', code))]).toEqual([code, blanks(raw('id', code))]);
  });

  it('word each code in one place only', () => {
    const dir = path.join(__dirname, '..', '..', 'src', 'i18n');
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f !== 'index.ts')) {
      for (const code of Object.keys(require(path.join(dir, file)).messages.id)) {
        if (owner.has(code)) twice.push(`${code} in ${owner.get(code)} and ${file}`);
        owner.set(code, file);
      }
    }
    expect(twice).toEqual([]);
  });

  it('fill their blanks and fall back to Indonesian', () => {
    expect(t('id', 'DRIVE_SELECTED', { count: 2 })).toBe('2 berkas dipilih');
    expect(t('en', 'DRIVE_SELECTED', { count: 2 })).toBe('2 files selected');
    expect(t('en', 'NO_SUCH_CODE')).toBe('NO_SUCH_CODE');
  });
});

describe('money in messages', () => {
  it('reads as Rupiah whether the template writes Rp{x} or a money blank {amount}', () => {
    expect(t('id', 'SAVINGS_INSUFFICIENT', { available: 150_000, requested: 200_000 })).toContain('Rp150.000');
    expect(t('id', 'SAVINGS_INSUFFICIENT', { available: 150_000, requested: 200_000 })).not.toContain('RpRp');
    expect(t('id', 'LOAN_BELOW_MINIMUM', { product: 'Pinjaman Usaha', min: 500_000 })).toBe('Pinjaman Usaha: pinjaman paling sedikit Rp500.000.');
  });
});
