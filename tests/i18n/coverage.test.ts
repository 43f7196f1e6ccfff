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

  it('have an English text for every Indonesian one', () => {
    expect(messageCodes('en')).toEqual(messageCodes('id'));
  });

  it('fill their blanks and fall back to Indonesian', () => {
    expect(t('id', 'DRIVE_SELECTED', { count: 2 })).toBe('2 berkas dipilih');
    expect(t('en', 'DRIVE_SELECTED', { count: 2 })).toBe('2 files selected');
    expect(t('en', 'NO_SUCH_CODE')).toBe('NO_SUCH_CODE');
  });
});
