import { emptyDigest, foldDigest, journalDigest, newDigestKey } from '../../../src/domain/books/digest';
import { HASHED_FIELDS, recordsOfEntries, type JournalRecord } from '../../../src/domain/books/records';
import { postMemberJoin } from '../../../src/domain/members/postings';
import { chart, meta } from '../books-fixtures';

const KEY = '0123456789abcdef';
const entry = (id: string) => postMemberJoin(chart, meta(id, '2026-01-05', { recordedBy: 'bendahara@koperasi.id' }), {
  memberId: 'A-0001', pokok: 100_000, wajib: 25_000, moneyAccount: '1-1100',
});
const rows = recordsOfEntries([entry('J-000001'), entry('J-000002')], { nextSeq: 1, prevHash: '', recordedAt: '2026-05-04 10:00:00' });
const edited = (i: number, change: Partial<JournalRecord>) => rows.map((r, k) => (k === i ? { ...r, ...change } : r));

describe('the journal digest', () => {
  it('is a fold: the digest of the rows before, extended by new rows, is the digest of all of them', () => {
    expect(foldDigest(KEY, journalDigest(KEY, rows.slice(0, 2)), rows.slice(2))).toBe(journalDigest(KEY, rows));
    expect(journalDigest(KEY, [])).toBe(emptyDigest(KEY));
    expect(journalDigest(KEY, rows)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when any hashed field of any row changes, by one digit or one letter', () => {
    const whole = journalDigest(KEY, rows);
    for (const field of HASHED_FIELDS) {
      const value = rows[3][field];
      const changed = typeof value === 'number' ? value + 1 : `${value}x`;
      expect([field, journalDigest(KEY, edited(3, { [field]: changed }))]).not.toEqual([field, whole]);
    }
  });

  it('changes when rows are swapped, deleted or inserted, or text moves between cells', () => {
    const whole = journalDigest(KEY, rows);
    expect(journalDigest(KEY, [rows[1], rows[0], ...rows.slice(2)])).not.toBe(whole);
    expect(journalDigest(KEY, rows.slice(0, -1))).not.toBe(whole);
    expect(journalDigest(KEY, [...rows.slice(0, 2), rows[2], ...rows.slice(2)])).not.toBe(whole);
    expect(journalDigest(KEY, edited(0, { memo: `${rows[0].memo}A`, reason: '' })))
      .not.toBe(journalDigest(KEY, edited(0, { memo: rows[0].memo, reason: 'A' })));
  });

  it('depends on the key, which no one reading the sheet has', () => {
    const other = newDigestKey(() => 0.5);
    expect(other).toMatch(/^[0-9a-f]{16}$/);
    expect(journalDigest(other, rows)).not.toBe(journalDigest(KEY, rows));
  });
});
