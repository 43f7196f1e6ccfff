/**
 * The "Impor" tab as the managers fill it, turned into the rows planImport reads, and each row's
 * result turned back into the plain words written in its "Hasil Impor" cell.
 */
import type { ImportCell, ImportRow } from '../../domain/members/import-row';
import type { ImportRowResult } from '../../domain/members/import';
import type { Problem } from '../../domain/errors';
import { isoDate, isIsoDate } from '../../domain/dates';
import { t, type Locale } from '../../i18n/index';
import { IMPORT } from '../../workspace/schema';
import type { Cell, Table } from '../../workspace/table';
import { isoDateIn } from '../../workspace/timezone';

/** The columns planImport reads ("Hasil Impor" is ours to write, not the manager's to fill). */
const FIELDS = IMPORT.columns.map((c) => c.key).filter((k) => k !== 'result');

/**
 * A date typed as text the way Indonesians write it, day first: 15/03/2019, 15-3-2019, 15.03.2019.
 * A sheet in an English locale leaves such a date as text rather than a date cell.
 */
function dayFirstDate(text: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return text;
  const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return isIsoDate(iso) ? iso : text;
}

function cellOf(v: Cell | undefined, timeZone: string, key: string): ImportCell {
  if (v instanceof Date) return isoDateIn(v, timeZone);
  if (key === 'joinDate' && typeof v === 'string') return dayFirstDate(v);
  return v;
}

/**
 * Every data row of the tab, blank ones included, so that result i sits on sheet row i + 2. Read
 * from the grid, not table.rows: a blank amount must stay blank (a blank row is skipped, not refused)
 * and a NIK typed into a number cell must reach planImport as the number it became.
 */
export function importRowsOf(table: Table): ImportRow[] {
  return table.grid.map((cells) => {
    const row: Record<string, ImportCell> = {};
    for (const key of FIELDS) row[key] = cellOf(cells[table.columnOf.get(key)!], table.timeZone, key);
    return row as ImportRow;
  });
}

const HEADER = new Map(IMPORT.columns.map((c) => [c.key, c.header]));

function words(p: Problem, locale: Locale): string {
  // A blank join date reads better as "not filled in" than as an unrecognised empty date.
  if (p.code === 'DATE_INVALID' && p.where === 'joinDate' && !p.params?.date) return t(locale, 'IMPORT_JOIN_DATE_MISSING');
  const text = t(locale, p.code, p.params ?? {});
  // Name the column of an amount the message does not name: three columns share the same messages.
  const column = p.where && ['pokok', 'wajib', 'sukarela'].includes(p.where) ? HEADER.get(p.where) : undefined;
  return column && !text.toLowerCase().includes(column.toLowerCase()) ? `${column}: ${text}` : text;
}

/** The plain words of a row's problems, one per line. */
export function problemLines(problems: readonly Problem[], locale: Locale): string[] {
  return problems.map((p) => words(p, locale));
}

/**
 * What the "Hasil Impor" cell of a row says: its outcome first, then one line per problem or note.
 * Always Bahasa Indonesia: the tab is the cooperative's, read by every manager.
 */
export function resultText(r: ImportRowResult): string {
  const first = r.status === 'imported' ? t('id', 'IMPORT_RESULT_IMPORTED', { id: r.memberId ?? '' })
    : r.status === 'already_imported' ? t('id', 'IMPORT_RESULT_ALREADY', { id: r.memberId ?? '' })
      : t('id', 'IMPORT_RESULT_REFUSED');
  const notes = problemLines(r.warnings, 'id').map((w) => t('id', 'IMPORT_RESULT_NOTE', { text: w }));
  return [first, ...problemLines(r.problems, 'id'), ...notes].join('\n');
}
