/**
 * The managers keep the rules in the Pengaturan and Produk Pinjaman tabs, by hand: a mistyped value
 * must be answered in plain words (which setting, what is wrong), never by a crash, and must not
 * be half-applied. Every setting and every product cell is tried with the typos people make.
 */
import { createWorkspace, installGlobals, type Workspace } from '../../local/emulator';
import { recordSavings } from '../../src/app/savings';
import { recordLoanApplication } from '../../src/app/loans/applications';
import { showDashboard } from '../../src/app/books/dashboard';
import { LumbungError } from '../../src/domain/errors';
import { t } from '../../src/i18n';
import { explain } from '../../src/addon/respond';
import { BENDAHARA, KETUA, SEKRETARIS, as, spreadsheet } from './harness';
import { cooperative, goTo, joinMember, runningLoan, sitiLoan } from './loans/fixture';
import { recordInstallment } from '../../src/app/loans/payments';
import { previewExit } from '../../src/app/members/exit';

const TYPOS = ['', 'abc', '-5', '1,5', '=1+1', '999999999999999999', 'ya', '20.000', '0', '50%', '2026-13-45'];

let start: string;
let undo: (() => void) | undefined;
beforeAll(() => {
  const ws = cooperative();
  runningLoan(ws); // Siti repays P-2026-0001
  as(ws, SEKRETARIS, () => joinMember('Rahma', 'rahma', '2025-01-10')); // A-0002, who will apply
  goTo(ws, '2026-05-20'); // an installment late: penalties count
  start = ws.save();
});
afterEach(() => { undo?.(); undo = undefined; });

function fresh(): Workspace {
  undo?.();
  const ws = createWorkspace({ state: start, user: KETUA });
  undo = installGlobals(ws);
  return ws;
}

/** The cells a manager may type into: (tab, row, column) of every settings value and product cell. */
function cells(ws: Workspace): { tab: string; row: number; col: number; label: string }[] {
  const out: { tab: string; row: number; col: number; label: string }[] = [];
  const settings = spreadsheet(ws).getSheetByName('Pengaturan')!.getDataRange().getValues();
  settings.slice(1).forEach((r, i) => out.push({ tab: 'Pengaturan', row: i + 2, col: 2, label: String(r[0]) }));
  const products = spreadsheet(ws).getSheetByName('Produk Pinjaman')!.getDataRange().getValues();
  products[0].forEach((h, c) => out.push({ tab: 'Produk Pinjaman', row: 2, col: c + 1, label: String(h) }));
  return out;
}

/** What a manager would be shown: the message in plain words, or '' when the action worked. */
function outcome(ws: Workspace, fn: () => unknown): string {
  try {
    fn();
    return '';
  } catch (e) {
    if (!(e instanceof LumbungError)) throw e;
    return [t('id', e.code, e.params), ...e.problems.map((p) => t('id', p.code, p.params ?? {}))].join(' ');
  }
}

/** The daily actions tried after each typo, on the cooperative as it stands (Siti late on her loan, Rahma applying). */
function actions(ws: Workspace): [string, () => unknown][] {
  return [
    ['dashboard', () => as(ws, BENDAHARA, () => showDashboard())],
    ['deposit', () => as(ws, BENDAHARA, () => recordSavings({ memberId: 'A-0001', type: 'wajib', direction: 'deposit', amount: 20_000, requestId: 'd' }))],
    ['application', () => as(ws, SEKRETARIS, () => recordLoanApplication({ ...sitiLoan, memberId: 'A-0002', requestId: 'a2' }))],
    ['installment', () => as(ws, BENDAHARA, () => recordInstallment({ loanId: 'P-2026-0001', amount: 120_000, requestId: 'i' }))],
    ['exit preview', () => as(ws, BENDAHARA, () => previewExit({ memberId: 'A-0001' }))],
  ];
}

describe('a mistyped setting', () => {
  it('leaves nothing to answer when no cell is mistyped: every action works', () => {
    const ws = fresh();
    expect(actions(ws).map(([name, fn]) => [name, outcome(ws, fn)])).toEqual(actions(ws).map(([name]) => [name, '']));
  });

  it('is answered in plain words by every action, never by a crash', () => {
    const all = cells(fresh());
    expect(all.length).toBeGreaterThan(30);
    const crashes: string[] = [];
    for (const cell of all) {
      for (const typo of TYPOS) {
        const ws = fresh();
        spreadsheet(ws).getSheetByName(cell.tab)!.getRange(cell.row, cell.col).setValue(typo);
        const journal = () => spreadsheet(ws).getSheetByName('Jurnal')!.getLastRow();
        for (const [name, fn] of actions(ws)) {
          const before = journal();
          const at = `${cell.tab}!${cell.label}=${JSON.stringify(typo)} ${name}`;
          try {
            const said = outcome(ws, fn);
            // A refusal must say something readable, and a refused posting writes nothing.
            if (said !== '' && (said.includes('undefined') || said.includes('{'))) crashes.push(`${at}: "${said}"`);
            if (said !== '' && journal() !== before) crashes.push(`${at}: refused but wrote`);
          } catch (e) {
            crashes.push(`${at}: ${(e as Error).message}`);
          }
        }
      }
    }
    expect(crashes).toEqual([]);
  }, 240_000);

  it('is shown under the product row it is on, each row named once', () => {
    const ws = fresh();
    const products = spreadsheet(ws).getSheetByName('Produk Pinjaman')!;
    const col = (h: string) => products.getRange(1, 1, 1, products.getLastColumn()).getValues()[0].indexOf(h) + 1;
    products.getRange(3, col('Bunga (%)')).setValue('satu');
    products.getRange(3, col('Denda')).setValue('banyak');
    products.getRange(4, col('Biaya Admin')).setValue('mahal');
    let refusal: LumbungError | undefined;
    try { as(ws, BENDAHARA, () => recordSavings({ memberId: 'A-0001', type: 'wajib', direction: 'deposit', amount: 20_000, requestId: 'x' })); } catch (e) { refusal = e as LumbungError; }
    expect(explain('id', refusal!).split('\n')).toEqual([
      'Ada 3 isian yang salah di tab Produk Pinjaman. Perbaiki dulu:',
      'Baris 3 di tab Produk Pinjaman (Pinjaman Darurat):',
      expect.stringContaining('Bunga (%)'),
      expect.stringContaining('Denda'),
      'Baris 4 di tab Produk Pinjaman (Pinjaman Investasi):',
      expect.stringContaining('Biaya Admin'),
    ]);
  });
});
