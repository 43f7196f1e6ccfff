/**
 * The managers keep the rules in the Pengaturan and Produk Pinjaman tabs, by hand: a mistyped value
 * must be answered in plain words (which setting, what is wrong), never by a crash, and must not
 * be half-applied. Every setting and every product cell is tried with the typos people make.
 */
import { createWorkspace, installGlobals, type Workspace } from '../../local/emulator';
import { recordSavings } from '../../src/app/savings';
import { recordLoanApplication } from '../../src/app/loan-applications';
import { showDashboard } from '../../src/app/dashboard';
import { LumbungError } from '../../src/domain/errors';
import { t } from '../../src/i18n';
import { BENDAHARA, KETUA, SEKRETARIS, as, spreadsheet } from './harness';
import { cooperative, sitiLoan } from './loan-fixture';

const TYPOS = ['', 'abc', '-5', '1,5', '=1+1', '999999999999999999', 'ya', '20.000', '0', '50%', '2026-13-45'];

let start: string;
let undo: (() => void) | undefined;
beforeAll(() => { start = cooperative().save(); });
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

describe('a mistyped setting', () => {
  it('is answered in plain words by every action, never by a crash', () => {
    const ws0 = fresh();
    const all = cells(ws0);
    expect(all.length).toBeGreaterThan(30);
    const crashes: string[] = [];
    for (const cell of all) {
      for (const typo of TYPOS) {
        const ws = fresh();
        spreadsheet(ws).getSheetByName(cell.tab)!.getRange(cell.row, cell.col).setValue(typo);
        const journal = () => spreadsheet(ws).getSheetByName('Jurnal')!.getLastRow();
        for (const [name, fn] of [
          ['dashboard', () => as(ws, BENDAHARA, () => showDashboard())],
          ['deposit', () => as(ws, BENDAHARA, () => recordSavings({ memberId: 'A-0001', type: 'wajib', direction: 'deposit', amount: 20_000, requestId: 'd' }))],
          ['application', () => as(ws, SEKRETARIS, () => recordLoanApplication(sitiLoan))],
        ] as const) {
          const before = journal();
          try {
            const said = outcome(ws, fn);
            // A refusal must say something readable, and a refused deposit writes nothing.
            if (said !== '' && (said.includes('undefined') || said.includes('{'))) crashes.push(`${cell.tab}!${cell.label}=${JSON.stringify(typo)} ${name}: "${said}"`);
            if (said !== '' && name === 'deposit' && journal() !== before) crashes.push(`${cell.tab}!${cell.label}=${JSON.stringify(typo)} ${name}: refused but wrote`);
          } catch (e) {
            crashes.push(`${cell.tab}!${cell.label}=${JSON.stringify(typo)} ${name}: ${(e as Error).message}`);
          }
        }
      }
    }
    expect(crashes).toEqual([]);
  }, 240_000);
});
