/**
 * Money never goes out against a journal edited by hand: the attacks a dishonest manager tried
 * (DESIGN.md, "Trust model"), each followed by a withdrawal, a payout or an exit that must be
 * refused in plain words with every tab as it was; and the tip never left behind by a failed write.
 */
import type { Workspace } from '../../../local/emulator';
import { runAction } from '../../../src/app/context';
import { recordSavings } from '../../../src/app/savings';
import { decideLoanApplication, recordLoanApplication } from '../../../src/app/loans/applications';
import { disburseLoan } from '../../../src/app/loans/disbursement';
import { recordExit } from '../../../src/app/members/exit';
import { chainHash, lastChainState, recordsOfEntries, type JournalRecord } from '../../../src/domain/books/records';
import { t } from '../../../src/i18n';
import { JOURNAL, readJournal } from '../../../src/workspace/journal';
import { KIND_LABEL_KEY, kindLabel } from '../../../src/workspace/journal-columns';
import { BENDAHARA, KETUA, SEKRETARIS, as, spreadsheet } from '../harness';
import { cooperative, refusal, sitiLoan } from '../loans/fixture';

const sheetOf = (ws: Workspace) => spreadsheet(ws).getSheetByName('Jurnal')!;
const everyTab = (ws: Workspace) => spreadsheet(ws).getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]);
const records = (ws: Workspace): JournalRecord[] => as(ws, KETUA, () => runAction('verify_ledger', (ctx) => [...readJournal(ctx.table(JOURNAL)).records]));
/** The sheet column (1-based) of a Jurnal header. */
const column = (ws: Workspace, header: string) => sheetOf(ws).getRange(1, 1, 1, sheetOf(ws).getLastColumn()).getValues()[0].indexOf(header) + 1;

let request = 0;
const saving = (ws: Workspace, direction: 'deposit' | 'withdrawal', amount: number) =>
  as(ws, BENDAHARA, () => recordSavings({ memberId: 'A-0001', type: 'sukarela', direction, amount, requestId: `s${++request}` }));

/** Siti with two sukarela deposits of Rp100.000: the first one's lines sit in the middle of the journal. */
function books(): { ws: Workspace; rowOf: (entry: string, side: 'debit' | 'credit') => number } {
  const ws = cooperative();
  saving(ws, 'deposit', 100_000);
  saving(ws, 'deposit', 100_000);
  const rowOf = (entry: string, side: 'debit' | 'credit') => records(ws).findIndex((r) => r.entryId === entry && r[side] > 0) + 2;
  return { ws, rowOf };
}

/** Runs a money-out operation expected to be refused: the plain sentence, and nothing written. */
function refusedUnchanged(ws: Workspace, fn: () => unknown): void {
  const before = everyTab(ws);
  const e = refusal(fn);
  expect(e.code).toBe('JOURNAL_NOT_AS_LEFT');
  expect(t('id', e.code, e.params)).toMatch(/^Buku tidak sama dengan yang terakhir dicatat Lumbung: .* Jalankan Periksa buku\.$/);
  expect(everyTab(ws)).toEqual(before);
}

const withdraw = (ws: Workspace, amount: number) => () => saving(ws, 'withdrawal', amount);
const firstDeposit = (ws: Workspace) => records(ws).find((r) => r.savingsType === 'sukarela')!.entryId;

describe('before money goes out, the journal is checked whole against the one Lumbung left', () => {
  it('refuses a withdrawal after a credit retyped in the middle, and pays once the cell is put back', () => {
    const { ws, rowOf } = books();
    const cell = sheetOf(ws).getRange(rowOf(firstDeposit(ws), 'credit'), column(ws, 'Kredit'));
    cell.setValue(5_000_000);
    refusedUnchanged(ws, withdraw(ws, 1_000_000));
    cell.setValue(100_000);
    expect(saving(ws, 'withdrawal', 150_000).balance).toBe(50_000);
  });

  it('refuses after both lines of an entry are retyped so that it still balances', () => {
    const { ws, rowOf } = books();
    const entry = firstDeposit(ws);
    sheetOf(ws).getRange(rowOf(entry, 'debit'), column(ws, 'Debit')).setValue(5_000_000);
    sheetOf(ws).getRange(rowOf(entry, 'credit'), column(ws, 'Kredit')).setValue(5_000_000);
    refusedUnchanged(ws, withdraw(ws, 1_000_000));
  });

  it('refuses after a forged row is typed in the middle', () => {
    const { ws, rowOf } = books();
    const row = rowOf(firstDeposit(ws), 'credit');
    const sheet = sheetOf(ws);
    const copy = sheet.getRange(row, 1, 1, sheet.getLastColumn()).getValues();
    sheet.insertRowsAfter(row, 1);
    sheet.getRange(row + 1, 1, 1, copy[0].length).setValues(copy);
    refusedUnchanged(ws, withdraw(ws, 150_000));
  });

  it('refuses after forged rows, chained with SHA-256 as the bundle says, are typed into the spare rows below', () => {
    const { ws } = books();
    const all = records(ws);
    const template = all.filter((r) => r.entryId === firstDeposit(ws));
    const forged = recordsOfEntries([{
      id: 'J-000099', date: template[0].date, kind: template[0].kind as never, memo: 'Setoran sukarela', idempotencyKey: 'savings:forged', recordedBy: BENDAHARA,
      lines: [{ account: template[0].account, debit: 5_000_000, credit: 0 }, { account: template[1].account, debit: 0, credit: 5_000_000, memberId: 'A-0001', savingsType: 'sukarela' }],
    }], { ...lastChainState(all), recordedAt: template[0].recordedAt });
    const sheet = sheetOf(ws);
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    // Each forged row as the sheet holds it, column by column under the tab's headers.
    const rows = forged.map((r) => headers.map((h) => {
      const col = JOURNAL.columns.find((c) => c.header === h);
      return !col ? '' : col.key === KIND_LABEL_KEY ? kindLabel(r.kind) : r[col.key as keyof JournalRecord];
    }));
    sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, headers.length).setValues(rows);
    expect(records(ws).slice(-2).map((r) => r.hash)).toEqual(forged.map((r) => r.hash));
    refusedUnchanged(ws, withdraw(ws, 1_000_000));
  });

  it('refuses a payout after an amount is retyped and every SHA-256 after it recomputed', () => {
    const ws = cooperative();
    saving(ws, 'deposit', 100_000);
    saving(ws, 'deposit', 100_000);
    const { application } = as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan));
    as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }));
    // The attacker raises a deposit and recomputes the chain from there, as the bundle's rule says.
    const all = records(ws);
    const i = all.findIndex((r) => r.savingsType === 'sukarela');
    const edited = all.map((r, k) => (k === i ? { ...r, credit: 5_000_000 } : k === i - 1 ? { ...r, debit: 5_000_000 } : r));
    let prev = i - 2 >= 0 ? edited[i - 2].hash : '';
    const hashes = edited.slice(i - 1).map((r) => (prev = chainHash(prev, r)));
    const sheet = sheetOf(ws);
    sheet.getRange(i + 1, column(ws, 'Debit')).setValue(5_000_000);
    sheet.getRange(i + 2, column(ws, 'Kredit')).setValue(5_000_000);
    sheet.getRange(i + 1, column(ws, 'Hash'), hashes.length, 1).setValues(hashes.map((h) => [h]));
    expect(records(ws).map((r) => r.hash)).toEqual(hashes.length ? [...all.slice(0, i - 1).map((r) => r.hash), ...hashes] : []);
    refusedUnchanged(ws, () => as(ws, BENDAHARA, () => disburseLoan({ applicationId: application.id })));
  });

  it('refuses an exit after a retyped credit', () => {
    const { ws, rowOf } = books();
    sheetOf(ws).getRange(rowOf(firstDeposit(ws), 'credit'), column(ws, 'Kredit')).setValue(5_000_000);
    refusedUnchanged(ws, () => as(ws, BENDAHARA, () => recordExit({ memberId: 'A-0001', requestId: 'x1' })));
  });
});

describe('the tip is never left behind by a failed write', () => {
  it('a withdrawal whose tip save fails, pressed again, lands once; deleting its rows afterwards is caught', () => {
    const press = (w: Workspace) => as(w, BENDAHARA, () => recordSavings({ memberId: 'A-0001', type: 'sukarela', direction: 'withdrawal', amount: 50_000, requestId: 'w1' }));
    const strip = (rows: JournalRecord[]) => rows.map(({ recordedAt: _a, hash: _h, idempotencyKey: _k, ...r }) => r);
    const clean = books().ws;
    press(clean);
    const once = strip(records(clean));
    const { ws } = books();
    ws.faults.failAt(1, { key: 'PropertiesService.Properties.setProperty' });
    expect(() => press(ws)).toThrow();
    ws.faults.clear();
    expect(press(ws).repeated).toBe(true);
    expect(strip(records(ws))).toEqual(once);
    // The withdrawal's rows are Lumbung's now: deleting them (to withdraw again) is caught.
    const sheet = sheetOf(ws);
    sheet.deleteRows(sheet.getLastRow() - 1, 2);
    refusedUnchanged(ws, withdraw(ws, 50_000));
  });
});

describe('ledgers from before the digest', () => {
  const TIP = 'lumbung.journalTip';
  const props = (ws: Workspace) => ws.globals.PropertiesService.getDocumentProperties();
  /** The tip as Lumbung saved it before the digest: count and hash only. */
  const oldTip = (ws: Workspace) => {
    const { nextSeq, prevHash } = JSON.parse(props(ws).getProperty(TIP)!) as { nextSeq: number; prevHash: string };
    props(ws).setProperty(TIP, JSON.stringify({ nextSeq, prevHash }));
  };

  it('are sealed by their next posting once their whole chain verifies, and checked from then on', () => {
    const { ws, rowOf } = books();
    oldTip(ws);
    expect(saving(ws, 'withdrawal', 50_000).balance).toBe(150_000);
    expect(JSON.parse(props(ws).getProperty(TIP)!)).toMatchObject({ rows: records(ws).length, digest: expect.stringMatching(/^[0-9a-f]{16}$/) });
    sheetOf(ws).getRange(rowOf(firstDeposit(ws), 'credit'), column(ws, 'Kredit')).setValue(5_000_000);
    refusedUnchanged(ws, withdraw(ws, 50_000));
  });

  it('are not sealed over a hand edit: a retyped cell found by the chain is refused', () => {
    const { ws, rowOf } = books();
    oldTip(ws);
    sheetOf(ws).getRange(rowOf(firstDeposit(ws), 'credit'), column(ws, 'Kredit')).setValue(5_000_000);
    refusedUnchanged(ws, withdraw(ws, 50_000));
  });

  it('with rows and no tip at all (a copy of the spreadsheet) are not sealed silently', () => {
    const { ws } = books();
    props(ws).deleteProperty(TIP);
    refusedUnchanged(ws, withdraw(ws, 50_000));
  });
});
