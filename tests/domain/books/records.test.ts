import { createHash } from 'crypto';
import * as fc from 'fast-check';
import {
  canonicalRecord, entriesOfRecords, lastChainState, recordsOfEntries, type JournalRecord,
} from '../../../src/domain/books/records';
import type { JournalEntry } from '../../../src/domain/types';
import { chart, meta, quarterScenario } from '../books-fixtures';
import { postMemberJoin } from '../../../src/domain/members/postings';

const AT = '2026-05-04 10:00:00';
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const join = postMemberJoin(chart, meta('J-000001', '2026-01-05', { recordedBy: 'bendahara@koperasi.id' }), {
  memberId: 'A-0001', pokok: 100_000, wajib: 25_000, moneyAccount: '1-1100',
});

describe('journal-records', () => {
  describe('recordsOfEntries', () => {
    it('writes one row per line, the entry fields repeated and absent tags as empty cells', () => {
      const rows = recordsOfEntries([join], { nextSeq: 7, prevHash: '', recordedAt: AT });
      expect(rows.map((r) => [r.seq, r.entryId, r.account, r.debit, r.credit, r.memberId, r.savingsType, r.recordedBy])).toEqual([
        [7, 'J-000001', '1-1100', 125_000, 0, '', '', 'bendahara@koperasi.id'],
        [8, 'J-000001', '3-1100', 0, 100_000, 'A-0001', 'pokok', 'bendahara@koperasi.id'],
        [9, 'J-000001', '3-1200', 0, 25_000, 'A-0001', 'wajib', 'bendahara@koperasi.id'],
      ]);
      expect(rows.every((r) => r.date === '2026-01-05' && r.kind === 'member_join' && r.recordedAt === AT && r.reason === '')).toBe(true);
    });

    it('chains each row to the one before: sha256(previous hash, newline, the row as a JSON list of texts)', () => {
      const [first, second] = recordsOfEntries([join], { nextSeq: 1, prevHash: '', recordedAt: AT });
      const firstText =
        '["1","J-000001","2026-01-05","member_join","memo J-000001","1-1100","125000","0","","","","","","","","","bendahara@koperasi.id","2026-05-04 10:00:00"]';
      expect(canonicalRecord(first)).toBe(firstText);
      expect(first.hash).toBe(sha(`\n${firstText}`));
      expect(second.hash).toBe(sha(`${first.hash}\n${canonicalRecord(second)}`));
      expect(second.hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('continues a chain: posting in two batches gives the same rows as one batch', () => {
      const entries = quarterScenario();
      const all = recordsOfEntries(entries, { nextSeq: 1, prevHash: '', recordedAt: AT });
      const head = recordsOfEntries(entries.slice(0, 4), { nextSeq: 1, prevHash: '', recordedAt: AT });
      const tail = recordsOfEntries(entries.slice(4), { ...lastChainState(head), recordedAt: AT });
      expect([...head, ...tail]).toEqual(all);
      expect(all).toHaveLength(21);
    });

    it('gives a different hash when text moves from one cell to the next', () => {
      const [row] = recordsOfEntries([join], { nextSeq: 1, prevHash: '', recordedAt: AT });
      const a: JournalRecord = { ...row, memo: 'Setoran', reason: 'pokok' };
      const b: JournalRecord = { ...row, memo: 'Setoran","pokok', reason: '' };
      const c: JournalRecord = { ...row, memo: 'Setoranpokok', reason: '' };
      const texts = new Set([a, b, c].map(canonicalRecord));
      expect(texts.size).toBe(3);
    });

    it('reads a money cell that came back as text the same as the number', () => {
      const [row] = recordsOfEntries([join], { nextSeq: 1, prevHash: '', recordedAt: AT });
      expect(canonicalRecord({ ...row, debit: '125000' as unknown as number })).toBe(canonicalRecord(row));
      expect(canonicalRecord({ ...row, debit: 125_001 })).not.toBe(canonicalRecord(row));
    });
  });

  describe('entriesOfRecords', () => {
    it('rebuilds the entries exactly, empty cells read as absent', () => {
      const entries = quarterScenario();
      expect(entriesOfRecords(recordsOfEntries(entries, { nextSeq: 1, prevHash: '', recordedAt: AT }))).toStrictEqual(entries);
    });

    it('round-trips any entries (property)', () => {
      const text = fc.string({ minLength: 1, maxLength: 12 });
      const line = fc.record(
        {
          account: fc.constantFrom('1-1100', '2-1100', '3-1100', '1-1300'),
          debit: fc.nat(10_000_000), credit: fc.nat(10_000_000),
          memberId: text, savingsType: fc.constantFrom('pokok', 'wajib', 'sukarela'),
          loanId: text, party: fc.constantFrom('member', 'non_member'),
        },
        { requiredKeys: ['account', 'debit', 'credit'], noNullPrototype: true },
      );
      const entry = fc.record(
        {
          id: text, date: fc.constant('2026-02-03'), kind: fc.constantFrom('savings_deposit', 'reversal'), memo: fc.string(),
          lines: fc.array(line, { minLength: 1, maxLength: 4 }),
          reverses: text, reason: text, receipt: text, idempotencyKey: text, recordedBy: text,
        },
        { requiredKeys: ['id', 'date', 'kind', 'memo', 'lines'], noNullPrototype: true },
      );
      // Neighbouring entries need different ids: consecutive rows of one id are one entry.
      const journal = fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 6 });
      fc.assert(
        fc.property(journal, (entries) => {
          const es = entries as unknown as JournalEntry[];
          expect(entriesOfRecords(recordsOfEntries(es, { nextSeq: 1, prevHash: '', recordedAt: AT }))).toStrictEqual(es);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('lastChainState', () => {
    it('starts an empty journal at line 1 after an empty hash', () => {
      expect(lastChainState([])).toEqual({ nextSeq: 1, prevHash: '' });
    });

    it('continues after the last row Lumbung wrote, not after a row typed in by hand', () => {
      const rows = recordsOfEntries([join], { nextSeq: 1, prevHash: '', recordedAt: AT });
      const typed: JournalRecord = { ...rows[2], seq: 4, hash: '' };
      expect(lastChainState([...rows, typed])).toEqual({ nextSeq: 4, prevHash: rows[2].hash });
    });
  });
});

describe('facts: decisions with no money line', () => {
  const fact: JournalEntry = {
    id: 'J-000002', date: '2026-01-06', kind: 'loan_decision', memo: 'Pengajuan P-1 disetujui', lines: [],
    idempotencyKey: 'keputusan:P-1', recordedBy: 'ketua@koperasi.id', data: '{"applicationId":"P-1","approve":true}',
  };

  it('is one row with no account and no amount, its data hashed, and reads back as the same entry', () => {
    const rows = recordsOfEntries([join, fact], { nextSeq: 1, prevHash: '', recordedAt: AT });
    expect(rows).toHaveLength(4);
    const row = rows[3];
    expect([row.account, row.debit, row.credit, row.kind, row.data]).toEqual(['', 0, 0, 'loan_decision', fact.data]);
    expect(JSON.parse(canonicalRecord(row)).at(-1)).toBe(fact.data);
    const [, back] = entriesOfRecords(rows);
    expect(back).toEqual(fact);
  });

  it('leaves the hash of a row without data as it was before the column existed', () => {
    const [row] = recordsOfEntries([join], { nextSeq: 1, prevHash: '', recordedAt: AT });
    expect(row.data).toBe('');
    expect(JSON.parse(canonicalRecord(row))).toHaveLength(18);
    expect(row.hash).toBe(sha(`\n${canonicalRecord(row)}`));
  });

  it('changes the hash when its data is retyped', () => {
    const [row] = recordsOfEntries([fact], { nextSeq: 1, prevHash: '', recordedAt: AT });
    const [retyped] = recordsOfEntries([{ ...fact, data: '{"applicationId":"P-1","approve":false}' }], { nextSeq: 1, prevHash: '', recordedAt: AT });
    expect(retyped.hash).not.toBe(row.hash);
  });
});
