import { planImport, type ImportOptions, type ImportRow } from '../../../src/domain/members/import';
import { defaultChartOfAccounts as chart } from '../../../src/domain/books/accounts';
import { defaultSettings } from '../../../src/domain/settings/cooperative';
import { memberSavings, replayJournal } from '../../../src/domain/books/ledger';
import type { Member } from '../../../src/domain/types';
import { show } from '../books-fixtures';
import { postMemberJoin } from '../../../src/domain/members/postings';
import { entryId } from '../../../src/domain/books/numbering';
import type { NextMeta } from '../../../src/domain/books/posting';

// Two members already registered in Lumbung; the paper books bring in the rest.
const siti: Member = {
  id: 'A-0001', name: 'Siti Aminah', nik: '1571014501800001', phone: '081234567890', address: 'Jambi', email: '',
  joinDate: '2026-01-05', group: 'Mawar', status: 'aktif', exitDate: '', note: '',
};
const existing: Member[] = [siti, { ...siti, id: 'A-0002', name: 'Rina', nik: '' }];

/** Entry meta as journalPost hands it out, numbered from J-0000<first>. */
const numberedFrom = (first: number): NextMeta => {
  let n = first;
  return (f) => ({ id: entryId(n++), date: f.date, memo: f.memo, recordedBy: 'bendahara@kop.id', ...(f.key ? { idempotencyKey: f.key } : {}) });
};

const options = (more: Partial<ImportOptions> = {}): ImportOptions => ({
  existingMembers: existing, settings: defaultSettings, chart, today: '2026-05-15', next: numberedFrom(41), ...more,
});

const dewi: ImportRow = {
  memberId: '', name: 'Dewi Sartika', nik: '1571014501800002', phone: '081299990001', address: 'Jl. Kenari 3', joinDate: '2019-03-01',
  group: 'Melati', pokok: 'Rp100.000', wajib: 1_750_000, sukarela: '250rb',
};
const yuni: ImportRow = { memberId: 'A-0010', name: 'Yuni', joinDate: '2020-07-15', pokok: 50_000, wajib: '1.200.000', sukarela: '' };

describe('import', () => {
  describe('planImport', () => {
    it('gives each good row its member and one opening entry crediting her three savings', () => {
      const plan = planImport([dewi, {}, yuni], options());
      // A-0010 is written in the paste, so Dewi (no number) gets the next one after it: A-0011.
      expect(plan.results.map((r) => [r.index, r.status, r.memberId])).toEqual([[0, 'imported', 'A-0011'], [2, 'imported', 'A-0010']]);
      expect(plan.members.map((m) => [m.id, m.name, m.status, m.joinDate, m.group])).toEqual([
        ['A-0011', 'Dewi Sartika', 'aktif', '2019-03-01', 'Melati'],
        ['A-0010', 'Yuni', 'aktif', '2020-07-15', ''],
      ]);
      // Dewi: 100.000 + 1.750.000 + 250.000 = 2.100.000 from kas, dated the day she joined.
      const [e1, e2] = plan.entries;
      expect(e1).toMatchObject({ id: 'J-000041', date: '2019-03-01', kind: 'opening_balance', idempotencyKey: 'import:A-0011', recordedBy: 'bendahara@kop.id' });
      expect(show(e1)).toEqual([
        'Dr Kas 2100000',
        'Cr Simpanan Pokok 100000 [A-0011 pokok]',
        'Cr Simpanan Wajib 1750000 [A-0011 wajib]',
        'Cr Simpanan Sukarela 250000 [A-0011 sukarela]',
      ]);
      // Yuni: 50.000 + 1.200.000 = 1.250.000; no sukarela line.
      expect(e2.id).toBe('J-000042');
      expect(show(e2)).toEqual(['Dr Kas 1250000', 'Cr Simpanan Pokok 50000 [A-0010 pokok]', 'Cr Simpanan Wajib 1200000 [A-0010 wajib]']);
      expect(memberSavings(replayJournal(chart, plan.entries), 'A-0011')).toEqual({ pokok: 100_000, wajib: 1_750_000, sukarela: 250_000 });
    });

    it('points out a pokok unlike today\'s without refusing it', () => {
      const [r] = planImport([yuni], options()).results;
      expect(r).toMatchObject({ ok: true, problems: [] });
      expect(r.warnings).toEqual([{ code: 'IMPORT_POKOK_DIFFERS', params: { amount: 50_000, expected: 100_000 }, where: 'pokok' }]);
    });

    it('refuses a bad row whole, with every problem, and still imports the others', () => {
      const bad: ImportRow = { name: 'Lina', nik: 1571014501800003, joinDate: '2026-06-01', pokok: 100_000, wajib: 'abc', sukarela: -5000 };
      const plan = planImport([bad, dewi], options());
      expect(plan.results[0]).toMatchObject({ index: 0, ok: false, status: 'refused' });
      expect(plan.results[0].memberId).toBeUndefined();
      expect(plan.results[0].problems.map((p) => [p.code, p.where])).toEqual([
        ['IMPORT_NIK_AS_NUMBER', 'nik'], ['AMOUNT_INVALID', 'wajib'], ['IMPORT_AMOUNT_NEGATIVE', 'sukarela'], ['IMPORT_JOIN_DATE_FUTURE', 'joinDate'],
      ]);
      // Nothing of Lina: no member, no pokok. Dewi takes the first free number and the first entry id.
      expect(plan.members.map((m) => m.id)).toEqual(['A-0003']);
      expect(plan.entries.map((e) => [e.id, e.idempotencyKey])).toEqual([['J-000041', 'import:A-0003']]);
    });

    it('refuses a member number or NIK that is already someone else\'s', () => {
      const plan = planImport([{ ...dewi, memberId: 'a-0001' }, { ...dewi, nik: siti.nik, name: 'Dewi' }], options());
      expect(plan.results.map((r) => r.problems.map((p) => p.code))).toEqual([['IMPORT_MEMBER_ID_TAKEN'], ['MEMBER_NIK_DUPLICATE']]);
      expect(plan.results[0].problems[0].params).toEqual({ id: 'A-0001', name: 'Siti Aminah' });
      expect(plan.members).toEqual([]);
      expect(plan.entries).toEqual([]);
    });

    it('refuses every row of a number or NIK written twice in the paste: which one is right is unknown', () => {
      const plan = planImport([yuni, { ...yuni, name: 'Yuni B' }, dewi, { ...dewi, name: 'Dewi S.' }, { ...dewi, nik: '', name: 'Ani' }], options());
      expect(plan.results.map((r) => [r.status, r.problems.map((p) => p.code).join()])).toEqual([
        ['refused', 'IMPORT_ID_REPEATED'], ['refused', 'IMPORT_ID_REPEATED'],
        ['refused', 'IMPORT_NIK_REPEATED'], ['refused', 'IMPORT_NIK_REPEATED'], ['imported', ''],
      ]);
      expect(plan.members.map((m) => [m.id, m.name])).toEqual([['A-0011', 'Ani']]);
    });

    it('lands once when the same paste is imported twice', () => {
      const noSavings: ImportRow = { name: 'Ani', joinDate: '2021-01-04', phone: 81234500001 };
      const first = planImport([dewi, yuni, noSavings], options());
      expect(first.members.map((m) => [m.id, m.phone])).toEqual([['A-0011', '081299990001'], ['A-0010', ''], ['A-0012', '081234500001']]);
      expect(first.entries).toHaveLength(2); // Ani has no savings yet: a member without an entry
      const again = planImport([dewi, yuni, noSavings], options({ existingMembers: [...existing, ...first.members], entries: first.entries, next: numberedFrom(43) }));
      expect(again.results.map((r) => [r.ok, r.status, r.memberId, r.warnings.length])).toEqual([
        [true, 'already_imported', 'A-0011', 0], [true, 'already_imported', 'A-0010', 0], [true, 'already_imported', 'A-0012', 0],
      ]);
      expect(again.members).toEqual([]);
      expect(again.entries).toEqual([]);
    });

    it('says so when a row imported before now shows other balances, and changes nothing', () => {
      const first = planImport([yuni], options());
      const again = planImport([{ ...yuni, wajib: 1_300_000 }], options({ existingMembers: [...existing, ...first.members], entries: first.entries }));
      expect(again.results[0]).toMatchObject({ ok: true, status: 'already_imported', memberId: 'A-0010' });
      expect(again.results[0].warnings).toEqual([{ code: 'IMPORT_ALREADY_DIFFERENT', params: { id: 'A-0010', entry: 'J-000041' }, where: 'memberId' }]);
      expect(again.entries).toEqual([]);
    });

    it('asks about a row without number or NIK whose name and join date match a member already registered', () => {
      // Registered in Lumbung, so her pokok is in the journal.
      const joined = postMemberJoin(chart, { id: 'J-000007', date: '2026-01-05', memo: 'Simpanan pokok A-0002 Rina' }, { memberId: 'A-0002', pokok: 100_000, moneyAccount: '1-1100' });
      const plan = planImport([{ name: 'rina ', joinDate: '2026-01-05', pokok: 100_000 }], options({ entries: [joined] }));
      expect(plan.results[0].problems).toEqual([{ code: 'IMPORT_MAYBE_REGISTERED', params: { id: 'A-0002', name: 'Rina', date: '2026-01-05' }, where: 'name' }]);
      expect(plan.entries).toEqual([]);
    });

    it('completes an import cut off between its two writes: her row is in, nothing of hers in the journal', () => {
      const first = planImport([dewi, yuni], options());
      // The member rows landed; the journal write did not. Pressed again:
      const again = planImport([dewi, yuni], options({ existingMembers: [...existing, ...first.members] }));
      expect(again.results.map((r) => [r.status, r.memberId, r.problems])).toEqual([['imported', 'A-0011', []], ['imported', 'A-0010', []]]);
      expect(again.members).toEqual([]);
      expect(again.entries).toEqual(first.entries);
    });

    it('dates the entries on the cutover day when one is given, and refuses members who joined after it', () => {
      const late: ImportRow = { name: 'Tuti', joinDate: '2026-04-02', pokok: 100_000 };
      const plan = planImport([dewi, late], options({ cutoverDate: '2026-03-31' }));
      expect(plan.entries.map((e) => e.date)).toEqual(['2026-03-31']);
      expect(plan.results[1].problems.map((p) => p.code)).toEqual(['IMPORT_JOIN_AFTER_CUTOVER']);
    });

    it('books against the opening account the cooperative chose', () => {
      const withClearing = [...chart, { code: '3-9000', name: 'Saldo Awal', nameEn: 'Opening balances', type: 'equity' as const }];
      const plan = planImport([yuni], options({ chart: withClearing, openingAccount: '3-9000', memo: (m) => `Saldo awal ${m.name}` }));
      expect(plan.entries[0].lines[0]).toEqual({ account: '3-9000', debit: 1_250_000, credit: 0 });
      expect(plan.entries[0].memo).toBe('Saldo awal Yuni');
      expect(() => planImport([yuni], options({ openingAccount: '3-9000' }))).toThrow(RangeError);
    });

    it('skips blank rows silently', () => {
      expect(planImport([{}, { name: '  ', pokok: '' }, { memberId: null }], options())).toEqual({ results: [], members: [], entries: [] });
    });
  });
});
