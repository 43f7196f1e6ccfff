import * as fc from 'fast-check';
import { lastChainState, recordsOfEntries, HASHED_FIELDS, type JournalRecord } from '../../../src/domain/books/records';
import { verifyJournal, type TamperReport } from '../../../src/domain/books/tamper';
import { messages } from '../../../src/i18n/books/tamper';
import { chart, quarterScenario } from '../books-fixtures';

/**
 * The quarter's journal as the sheet holds it: 21 rows, sheet rows 2..22. Rows 7-8 are J-000003
 * (Siti's sukarela deposit of 2,000,000), rows 9-11 J-000004, rows 12-14 J-000005, 21-22 J-000009.
 */
const original = recordsOfEntries(quarterScenario(), { nextSeq: 1, prevHash: '', recordedAt: '2026-05-04 10:00:00' });
const rows = () => original.map((r) => ({ ...r }));
const at = (row: number) => row - 2;

/** What the manager reads: each finding's Indonesian message. */
function read(report: TamperReport): string[] {
  const id: Record<string, string> = messages.id;
  return report.findings.map((f) => id[f.details.code].replace(/\{(\w+)\}/g, (_, k: string) => String(f.details.params?.[k])));
}
const UNBALANCED = (entry: string, row: number) =>
  `Catatan ${entry} (mulai baris ${row}) tidak seimbang atau tidak lengkap. Jumlahnya tidak bisa dipercaya.`;

describe('tamper', () => {
  describe('verifyJournal', () => {
    it('finds nothing in a journal as Lumbung wrote it', () => {
      const report = verifyJournal(original, chart);
      expect(report).toEqual({ ok: true, lines: 21, findings: [], counts: { deleted: 0, inserted: 0, moved: 0, edited: 0, codeMissing: 0, unbalanced: 0 } });
    });

    it('reports an edited amount once, and the entry it unbalances', () => {
      const sheet = rows();
      sheet[at(7)] = { ...sheet[at(7)], debit: 2_500_000 };
      const report = verifyJournal(sheet, chart);
      expect(read(report)).toEqual(['Baris 7 (J-000003) diubah dengan tangan setelah dicatat.', UNBALANCED('J-000003', 7)]);
      expect(report.findings[0]).toMatchObject({ kind: 'edited', index: 5, seq: 6, entryId: 'J-000003' });
      expect(report.counts).toEqual({ deleted: 0, inserted: 0, moved: 0, edited: 1, codeMissing: 0, unbalanced: 1 });
      expect(report.ok).toBe(false);
    });

    it('reports both rows when an entry is edited so that it still balances', () => {
      const sheet = rows();
      sheet[at(7)] = { ...sheet[at(7)], debit: 200_000 };
      sheet[at(8)] = { ...sheet[at(8)], credit: 200_000 };
      expect(read(verifyJournal(sheet, chart))).toEqual([
        'Baris 7 (J-000003) diubah dengan tangan setelah dicatat.',
        'Baris 8 (J-000003) diubah dengan tangan setelah dicatat.',
      ]);
    });

    it('reports an edited last row', () => {
      const sheet = rows();
      sheet[at(22)] = { ...sheet[at(22)], memo: 'Pendapatan lain' };
      expect(read(verifyJournal(sheet, chart))).toEqual(['Baris 22 (J-000009) diubah dengan tangan setelah dicatat.']);
    });

    it('reports a row whose cells outside the hash were retyped (the kind\'s word) as edited, once', () => {
      const sheet = rows();
      sheet[at(8)] = { ...sheet[at(8)], credit: 1 };
      expect(read(verifyJournal(original, chart, { relabelled: [at(7)] }))).toEqual(['Baris 7 (J-000003) diubah dengan tangan setelah dicatat.']);
      // A row already found edited by its hash is not named twice.
      expect(verifyJournal(sheet, chart, { relabelled: [at(8)] }).counts.edited).toBe(1);
    });

    it('reports a retyped line number as that row edited, not as rows deleted', () => {
      const sheet = rows();
      sheet[at(6)] = { ...sheet[at(6)], seq: 50 };
      expect(read(verifyJournal(sheet, chart))).toEqual(['Baris 6 (J-000002) diubah dengan tangan setelah dicatat.']);
    });

    it('reports a changed or emptied hash cell as such, the row itself still genuine', () => {
      const sheet = rows();
      const h = sheet[at(5)].hash;
      sheet[at(5)] = { ...sheet[at(5)], hash: (h[0] === 'a' ? 'b' : 'a') + h.slice(1) };
      sheet[at(12)] = { ...sheet[at(12)], hash: '' };
      expect(read(verifyJournal(sheet, chart))).toEqual([
        'Kode pengaman di baris 5 (J-000002) diubah atau dihapus. Isi barisnya masih asli.',
        'Kode pengaman di baris 12 (J-000005) hilang. Isi barisnya masih asli.',
      ]);
    });

    it('reports the hash column cleared as codes missing on those rows, not as rows deleted and typed in', () => {
      const sheet = rows().map((r) => ({ ...r, hash: '' }));
      const report = verifyJournal(sheet, chart, { tip: lastChainState(original) });
      expect(read(report)).toEqual([
        'Kode pengaman hilang di 21 baris (baris 2–22). Isi baris itu tidak bisa diperiksa sampai kodenya dikembalikan (lihat riwayat versi spreadsheet).',
      ]);
      expect(report.counts).toEqual({ deleted: 0, inserted: 0, moved: 0, edited: 0, codeMissing: 1, unbalanced: 0 });
    });

    it('reports the last row\'s code cleared as missing, and its neighbours\' codes cleared as one run', () => {
      const sheet = rows();
      for (const r of [20, 21, 22]) sheet[at(r)] = { ...sheet[at(r)], hash: '' };
      expect(read(verifyJournal(sheet, chart, { tip: lastChainState(original) }))).toEqual([
        'Kode pengaman hilang di 3 baris (baris 20–22). Isi baris itu tidak bisa diperiksa sampai kodenya dikembalikan (lihat riwayat versi spreadsheet).',
      ]);
    });

    it('still finds an amount changed in a row whose code was cleared, at the row below it', () => {
      const sheet = rows();
      sheet[at(7)] = { ...sheet[at(7)], hash: '', debit: 2_500_000 };
      const found = read(verifyJournal(sheet, chart, { tip: lastChainState(original) }));
      expect(found).toContain(UNBALANCED('J-000003', 7));
    });

    it('reports a deleted row by its number and where it was, not its neighbour as edited', () => {
      const sheet = rows();
      sheet.splice(at(11), 1); // J-000004's fee line, No 10
      const report = verifyJournal(sheet, chart);
      expect(read(report)).toEqual([UNBALANCED('J-000004', 9), '1 baris dihapus (No 10), di antara baris 10 dan baris 11.']);
      expect(report.findings[1]).toMatchObject({ kind: 'deleted', index: 9, seq: 10, entryId: '' });
    });

    it('reports a whole entry deleted as the rows missing, at the start too', () => {
      const sheet = rows();
      sheet.splice(at(15), 2); // J-000006, No 14-15
      sheet.splice(0, 3); // J-000001, No 1-3
      expect(read(verifyJournal(sheet, chart))).toEqual([
        '3 baris dihapus (No 1–3), sebelum baris 2.',
        '2 baris dihapus (No 14–15), di antara baris 11 dan baris 12.',
      ]);
    });

    it('sees rows deleted at the end only against the chain state saved after the last posting', () => {
      const sheet = rows().slice(0, -2);
      expect(verifyJournal(sheet, chart).findings.map((f) => f.kind)).toEqual([]);
      expect(read(verifyJournal(sheet, chart, { tip: lastChainState(original) }))).toEqual(['2 baris dihapus (No 20–21), sesudah baris 20.']);
    });

    it('reports a row typed in by hand, and the lines after it still verify', () => {
      const sheet = rows();
      const typed: JournalRecord = { ...sheet[at(8)], seq: 0, credit: 500_000, recordedBy: '', hash: '' };
      sheet.splice(at(9), 0, typed); // lands on row 9, inside J-000003
      const report = verifyJournal(sheet, chart);
      expect(read(report)).toEqual([UNBALANCED('J-000003', 7), 'Baris 9 (J-000003) ditambahkan dengan tangan, bukan lewat Lumbung.']);
      expect(report.counts).toEqual({ deleted: 0, inserted: 1, moved: 0, edited: 0, codeMissing: 0, unbalanced: 1 });
    });

    it('reports a copied row (same number, same hash) as typed in', () => {
      const sheet = rows();
      sheet.splice(at(12), 0, { ...sheet[at(11)] }); // row 11 copied just below itself
      expect(read(verifyJournal(sheet, chart))).toEqual([
        UNBALANCED('J-000004', 9),
        'Baris 12 (J-000004) ditambahkan dengan tangan, bukan lewat Lumbung.',
      ]);
    });

    it('reports a balanced entry appended by hand at the end, numbered on', () => {
      const sheet = rows();
      const line = { ...sheet[at(21)], entryId: 'J-000010', recordedBy: '', hash: '' };
      sheet.push({ ...line, seq: 22, debit: 7_000, credit: 0 }, { ...sheet[at(22)], entryId: 'J-000010', seq: 23, credit: 7_000, hash: '' });
      expect(read(verifyJournal(sheet, chart))).toEqual([
        'Baris 23 (J-000010) ditambahkan dengan tangan, bukan lewat Lumbung.',
        'Baris 24 (J-000010) ditambahkan dengan tangan, bukan lewat Lumbung.',
      ]);
    });

    it('reports two swapped rows as one moved row, even across entries', () => {
      const sheet = rows();
      [sheet[at(14)], sheet[at(15)]] = [sheet[at(15)], sheet[at(14)]]; // last of J-000005, first of J-000006
      const report = verifyJournal(sheet, chart);
      expect(read(report)).toEqual(['Baris 15 (J-000005) dipindahkan dari urutan aslinya.']);
      expect(report.findings[0]).toMatchObject({ kind: 'moved', index: 13, seq: 13 });
    });

    it('reports two rows swapped far apart as those two rows moved, naming them, and nothing else', () => {
      const sheet = rows();
      [sheet[at(4)], sheet[at(19)]] = [sheet[at(19)], sheet[at(4)]]; // J-000001's last line and J-000008's
      const report = verifyJournal(sheet, chart);
      expect(read(report)).toEqual([
        'Baris 4 (J-000008) dipindahkan dari urutan aslinya.',
        'Baris 19 (J-000001) dipindahkan dari urutan aslinya.',
      ]);
      expect(report.counts).toMatchObject({ moved: 2, edited: 0, inserted: 0, deleted: 0 });
    });

    it('names a note below the journal as one row typed in, and reads its rows by their sheet rows', () => {
      const sheet = rows();
      sheet.splice(at(10), 1); // a blank row 10 left where a line was cleared: not a row, its line missing
      const rowNumbers = sheet.map((_, i) => (i < at(10) ? i + 2 : i + 3));
      const report = verifyJournal(sheet, chart, { rowNumbers, notes: [300] });
      expect(read(report)).toEqual([
        UNBALANCED('J-000004', 9),
        '1 baris dihapus (No 9), di antara baris 9 dan baris 11.',
        'Baris 300 di bawah jurnal diisi dengan tangan. Itu bukan catatan jurnal: pindahkan tulisan itu ke tab lain.',
      ]);
    });

    it('reports any two rows swapped as one or two of those rows moved, and nothing changed (property)', () => {
      fc.assert(
        fc.property(fc.nat(original.length - 1), fc.nat(original.length - 1), (i, j) => {
          fc.pre(i !== j);
          const sheet = rows();
          [sheet[i], sheet[j]] = [sheet[j], sheet[i]];
          const findings = verifyJournal(sheet, chart).findings;
          expect(findings.every((f) => f.kind === 'moved' && (f.index === i || f.index === j))).toBe(true);
          expect(findings.length).toBe(Math.abs(i - j) === 1 ? 1 : 2);
        }),
        { numRuns: 200 },
      );
    });

    it('reports a row moved to the end as that one row moved', () => {
      const sheet = rows();
      sheet.push(...sheet.splice(at(4), 1));
      expect(read(verifyJournal(sheet, chart))).toEqual(['Baris 22 (J-000001) dipindahkan dari urutan aslinya.']);
    });

    it('checks a later block of rows from the chain state where it starts', () => {
      const tail = original.slice(10);
      expect(verifyJournal(tail, chart, { from: lastChainState(original.slice(0, 10)) }).ok).toBe(true);
      expect(read(verifyJournal(tail, chart)).slice(0, 1)).toEqual(['10 baris dihapus (No 1–10), sebelum baris 2.']);
    });

    it('verifies any untampered chain, and finds any single cell changed (property)', () => {
      const field = fc.constantFrom(...HASHED_FIELDS);
      fc.assert(
        fc.property(fc.nat(original.length - 1), field, fc.string({ maxLength: 8 }), (i, key, text) => {
          expect(verifyJournal(original, chart).ok).toBe(true);
          const sheet = rows();
          const old = sheet[i][key];
          const value = typeof old === 'number' ? old + 1 + text.length : `${old}${text || 'x'}`;
          sheet[i] = { ...sheet[i], [key]: value };
          const report = verifyJournal(sheet, chart);
          expect(report.ok).toBe(false);
          expect(report.findings.filter((f) => f.kind !== 'unbalanced')).toEqual([expect.objectContaining({ kind: 'edited', index: i })]);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('messages', () => {
    it('says the same things with the same blanks in Bahasa Indonesia and English', () => {
      const blanks = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const id: Record<string, string> = messages.id;
      const en: Record<string, string> = messages.en;
      expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
      for (const code of Object.keys(id)) expect([code, blanks(en[code])]).toEqual([code, blanks(id[code])]);
    });
  });
});
