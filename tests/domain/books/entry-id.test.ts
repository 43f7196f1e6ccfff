import { parseEntryId } from '../../../src/domain/books/entry-id';

describe('parseEntryId', () => {
  it('reads the number however a manager types it', () => {
    expect(parseEntryId('J-000012')).toBe('J-000012');
    expect(parseEntryId(' j-12 ')).toBe('J-000012');
    expect(parseEntryId('J12')).toBe('J-000012');
    expect(parseEntryId('12')).toBe('J-000012');
    expect(parseEntryId('J-1234567')).toBe('J-1234567');
  });

  it('refuses what is no entry number', () => {
    for (const bad of ['', 'J-', 'J-0', 'KW-2026-00001', '12a', '-5']) {
      expect(() => parseEntryId(bad)).toThrow(expect.objectContaining({ code: 'ENTRY_ID_TEXT_INVALID' }));
    }
  });
});
