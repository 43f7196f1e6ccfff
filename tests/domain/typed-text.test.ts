import { MAX_TEXT, quoted, textProblems, type LumbungError } from '../../src/domain/errors';
import { readPenaltyWaiver } from '../../src/domain/loans/penalty';
import { memberProblems } from '../../src/domain/members/member';
import { parseRupiah } from '../../src/domain/money-text';

const codes = (ps: readonly { code: string }[]) => ps.map((p) => p.code);

describe('typed text (textProblems)', () => {
  it('takes text up to the limit and refuses one character more', () => {
    expect(textProblems('x'.repeat(MAX_TEXT), 'name')).toEqual([]);
    expect(textProblems('x'.repeat(MAX_TEXT + 1), 'name')).toEqual([{ code: 'TEXT_TOO_LONG', params: { max: 500, length: 501 }, where: 'name' }]);
  });
  it('refuses NUL, other control characters and DEL; tabs and line breaks only where the field is multi-line', () => {
    for (const c of ['\u0000', '\u0007', '\u001b', '\u007f', '\t', '\n']) expect(codes(textProblems(`a${c}b`, 'name'))).toEqual(['TEXT_CONTROL_CHARACTER']);
    expect(textProblems('Jl. Mawar 3\r\nRT 02\tJambi', 'address', { multiline: true })).toEqual([]);
    expect(codes(textProblems('a\u0000b', 'address', { multiline: true }))).toEqual(['TEXT_CONTROL_CHARACTER']);
    expect(textProblems('Siti Aminah <a href="x">', 'name')).toEqual([]);
  });
  it('quotes at most 40 characters of what was typed', () => {
    expect(quoted('seribu')).toBe('seribu');
    expect(quoted('x'.repeat(50_000))).toBe(`${'x'.repeat(40)}...`);
  });
});

describe('readers refuse bad text in plain words', () => {
  const member = { name: 'Budi', nik: '', phone: '', address: '', email: '', group: '', note: '', joinDate: '2026-03-02' };
  it('a member: a NUL in the name, an address too long', () => {
    expect(memberProblems({ ...member, name: 'Bu\u0000di', address: 'a'.repeat(501) }).map((p) => [p.code, p.where]))
      .toEqual([['TEXT_CONTROL_CHARACTER', 'name'], ['TEXT_TOO_LONG', 'address']]);
  });
  it('a waiver: a NUL in the reason, and a 50,001-character reason', () => {
    const read = (reason: string) => { try { readPenaltyWaiver({ amount: '1.000', reason }); return []; } catch (e) { return codes((e as LumbungError).problems); } };
    expect(read('Sakit\u0000')).toEqual(['TEXT_CONTROL_CHARACTER']);
    expect(read('x'.repeat(50_001))).toEqual(['TEXT_TOO_LONG']);
    expect(read('Sakit,\ndirawat')).toEqual([]);
  });
  it('an amount typed as a page is quoted back short', () => {
    expect(() => parseRupiah('a'.repeat(50_000))).toThrow(expect.objectContaining({ code: 'AMOUNT_INVALID', params: { text: `${'a'.repeat(40)}...` } }));
  });
});
