import { setupLedger } from '../../src/app/setup';
import { postMemberJoin } from '../../src/domain/members/postings';
import { defaultChartOfAccounts as chart } from '../../src/domain/books/accounts';
import { HASHED_FIELDS, recordsOfEntries, type JournalRecord, type SameKeys } from '../../src/domain/books/records';
import { JOURNAL_COLUMNS, KIND_LABELS, type JournalColumn, type RecordKey } from '../../src/workspace/journal-columns';
import { appendJournal, JOURNAL, readJournal } from '../../src/workspace/journal';
import { readTable } from '../../src/workspace/table';
import { spreadsheet, tabRecords, useWorkspace } from '../app/harness';

const TZ = 'Asia/Jakarta';
const AT = '2026-01-05 09:30:00';
const join = postMemberJoin(chart, { id: 'J-000001', date: '2026-01-05', memo: 'Anggota baru A-0001', recordedBy: 'bendahara@koperasi.id' }, {
  memberId: 'A-0001', pokok: 100_000, wajib: 20_000, moneyAccount: '1-1100',
});

function journalWith(records: readonly JournalRecord[]) {
  const ws = useWorkspace();
  setupLedger();
  appendJournal(readTable(spreadsheet(ws), JOURNAL, TZ), records);
  const sheet = spreadsheet(ws).getSheetByName('Jurnal')!;
  const col = (header: string) => JOURNAL_COLUMNS.findIndex((c) => c.header === header) + 1;
  const read = () => readJournal(readTable(spreadsheet(ws), JOURNAL, TZ));
  return { ws, sheet, col, read };
}

describe('the Jurnal tab (workspace/journal.ts)', () => {
  it('writes each kind in words beside its code, and reads back the very records it wrote', () => {
    const records = recordsOfEntries([join], { nextSeq: 1, prevHash: '', recordedAt: AT });
    const { ws, read } = journalWith(records);
    expect(tabRecords(ws, 'Jurnal').map((r) => [r.Jenis, r['Kode Jenis'], r.Debit, r.Kredit])).toEqual([
      ['Anggota baru', 'member_join', 120_000, ''],
      ['Anggota baru', 'member_join', '', 100_000],
      ['Anggota baru', 'member_join', '', 20_000],
    ]);
    expect(read()).toEqual({ records, relabelled: [] });
  });

  it('reads each cell by its column type: a blank amount is 0, text in a money cell a number or NaN, a number in a text cell text', () => {
    const records = recordsOfEntries([join], { nextSeq: 1, prevHash: '', recordedAt: AT });
    const { sheet, col, read } = journalWith(records);
    sheet.getRange(3, col('Kredit')).setNumberFormat('@').setValue('seratus');
    sheet.getRange(4, col('Kredit')).setNumberFormat('@').setValue('20000');
    sheet.getRange(4, col('Keterangan')).setNumberFormat('0').setValue(42);
    const [first, second, third] = read().records;
    expect([first.credit, second.credit, third.credit, third.memo]).toEqual([0, NaN, 20_000, '42']);
    expect([first.date, first.recordedAt]).toEqual(['2026-01-05', AT]);
  });

  it('names the rows whose word for the kind no longer says what their code says', () => {
    const { sheet, col, read } = journalWith(recordsOfEntries([join], { nextSeq: 1, prevHash: '', recordedAt: AT }));
    sheet.getRange(3, col('Jenis')).setValue('Setoran sukarela');
    expect(read().relabelled).toEqual([1]);
  });

  it('has a plain word for every kind, none of them a code', () => {
    expect(Object.values(KIND_LABELS).every((w) => /^[A-Z][a-z]+( [a-zA-Z]+)*$/.test(w))).toBe(true);
    expect(new Set(Object.values(KIND_LABELS)).size).toBe(Object.keys(KIND_LABELS).length);
  });
});

// Checked by `npm run typecheck`: the Jurnal's columns and the hashed fields cannot drift apart.
describe('the Jurnal columns tied to JournalRecord by type', () => {
  it('refuses a column for no field, a field without a column, and a field outside the hash', () => {
    // @ts-expect-error 'stray' is no field of JournalRecord
    const stray = [...JOURNAL_COLUMNS, { key: 'stray', header: 'Nyasar', type: 'text' }] as const satisfies readonly JournalColumn[];
    // @ts-expect-error a record field (memo) without its column
    const noMemo: SameKeys<Exclude<RecordKey, 'memo'>, keyof JournalRecord> = true;
    // @ts-expect-error a record field (memo) the hash would not cover
    const unhashed: SameKeys<Exclude<(typeof HASHED_FIELDS)[number], 'memo'>, Exclude<keyof JournalRecord, 'hash'>> = true;
    const same: SameKeys<RecordKey, keyof JournalRecord> = true;
    expect([stray.length, noMemo, unhashed, same]).toEqual([JOURNAL_COLUMNS.length + 1, true, true, true]);
  });
});
