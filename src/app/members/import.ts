/**
 * Bringing the old books in: the managers paste the member list with each member's savings into the
 * "Impor" tab; one press imports every good row (her row in "Anggota", her opening savings in the
 * journal) and writes each row's outcome into its "Hasil Impor" cell. A refused row brings in nothing;
 * pressed again after the fixes, only the fixed rows land (the rest say "Sudah diimpor").
 */
import { accountFor } from '../../domain/books/accounts';
import { isIsoDate, type IsoDate } from '../../domain/dates';
import { LumbungError, type Problem } from '../../domain/errors';
import { checkImportAllowed, planImport, type ImportPlan, type ImportRowResult } from '../../domain/members/import';
import { t } from '../../i18n/index';
import { IMPORT, MEMBERS } from '../../workspace/schema';
import { appendRows } from '../../workspace/table';
import { writeTextColumn } from '../../workspace/table-column';
import { runAction } from '../context';
import { importRowsOf, resultText } from './import-sheet';
import { journalOf, planPosting, writePosting } from '../books/journal';
import { membersOf } from '../records';

/** Rows per press: the whole import fits a card action's 30 s with room to spare. */
export const MAX_IMPORT_ROWS = 1000;

export interface ImportOptions {
  /** The day the old books were closed: the opening entries are dated on it. Default: each member's join date. */
  readonly cutoverDate?: IsoDate;
}

export interface ImportedRow {
  /** The row in the sheet (2 = the first row under the header), as the manager finds it. */
  readonly sheetRow: number;
  readonly name: string;
  readonly status: ImportRowResult['status'];
  readonly memberId?: string;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

export interface ImportReport {
  readonly imported: number;
  readonly already: number;
  readonly refused: number;
  /** One per non-blank row, in sheet order. */
  readonly rows: readonly ImportedRow[];
  /** Opening-balance entries posted by this run. */
  readonly entriesPosted: number;
}

export function importOldRecords(options: ImportOptions = {}): ImportReport {
  return runAction('import', (ctx) => {
    const { cutoverDate } = options;
    if (cutoverDate !== undefined && !isIsoDate(cutoverDate)) throw new LumbungError('DATE_INVALID', { date: cutoverDate });
    if (cutoverDate !== undefined && cutoverDate > ctx.today) throw new LumbungError('IMPORT_CUTOVER_FUTURE', { date: cutoverDate });
    const table = ctx.table(IMPORT);
    const rows = importRowsOf(table);
    if (rows.length > MAX_IMPORT_ROWS) throw new LumbungError('IMPORT_TOO_MANY_ROWS', { count: rows.length, max: MAX_IMPORT_ROWS });

    const { entries } = journalOf(ctx);
    checkImportAllowed(entries);
    // Each member's opening balance carries its own key (import:A-0001), so a second press books only
    // what the first did not; the run's own key is never stored.
    let plan: ImportPlan | undefined;
    const planned = planPosting(ctx, 'import', (next) => {
      plan = planImport(rows, {
        existingMembers: membersOf(ctx),
        settings: ctx.settings,
        chart: ctx.chart,
        today: ctx.today,
        next,
        entries,
        ...(cutoverDate !== undefined ? { cutoverDate } : {}),
        // Against the opening-balance account, not kas: the cash brought over is opened against it too.
        openingAccount: accountFor(ctx.chart, 'opening_balance'),
        memo: (m) => t('id', 'MEMO_OPENING_BALANCE', { member: `${m.id} ${m.name}` }),
      });
      return plan.entries;
    });
    if (!plan || plan.results.length === 0) throw new LumbungError('IMPORT_EMPTY', { tab: IMPORT.name });
    const { results, members } = plan;

    // The journal is the truth, so its entries go last among the records: a failure before them leaves
    // members without balances, which the next press completes (planImport), never balances of nobody.
    appendRows(ctx.table(MEMBERS), members);
    writePosting(ctx, planned);
    const texts: string[] = rows.map(() => '');
    for (const r of results) texts[r.index] = resultText(r);
    writeTextColumn(table, 'result', texts);

    const count = (s: ImportRowResult['status']) => results.filter((r) => r.status === s).length;
    return {
      imported: count('imported'),
      already: count('already_imported'),
      refused: count('refused'),
      rows: results.map((r) => ({
        sheetRow: r.index + 2, name: String(rows[r.index].name ?? '').trim(), status: r.status,
        ...(r.memberId ? { memberId: r.memberId } : {}), problems: r.problems, warnings: r.warnings,
      })),
      entriesPosted: planned.entries.length,
    };
  });
}
