/**
 * A ledger tab read and written as a table: one read of the whole tab per operation, columns found
 * by header (a manager's extra column breaks nothing), and one block of values per write. Values go
 * into rows that setup (or a growing append) already formatted, text columns as plain text, so a
 * member named "=IMPORTRANGE(...)" or a phone "+62812..." stays exactly that text.
 */
import { LumbungError } from '../domain/errors';
import { ColumnSpec, TableSpec } from './schema';
import { formatRows, SPARE_ROWS } from './row-formats';
import { isoDateIn, isoDateTimeIn, midnightIn } from './timezone';

export type Cell = string | number | boolean | Date;
/** A row as the code sees it: column key -> value (ISO strings for dates, numbers for money). */
export type Row = Record<string, string | number>;

/** A record whose every field is a cell's value (a Member, an application): what a tab's row holds. */
export type RowOf<T> = { readonly [K in keyof T]: string | number };

export interface Table {
  readonly spec: TableSpec;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** Header texts as found in row 1 (including columns the code does not know). */
  readonly headers: readonly string[];
  /** Column key -> 0-based column index. */
  readonly columnOf: ReadonlyMap<string, number>;
  /**
   * Data rows as read: the block from row 2 down to the first blank row, or on to the last row that
   * looks like data (most known cells filled), so a row cleared inside the data keeps its place.
   */
  readonly rows: readonly Row[];
  /** Sheet rows below the data, past a blank gap, where someone typed a note: not data, never written over. */
  readonly notes: readonly number[];
  /** The grid as read, for writing back a row with a manager's extra columns untouched. */
  readonly grid: readonly (readonly Cell[])[];
  readonly timeZone: string;
}

const normal = (h: unknown) => String(h).trim().toLowerCase();

/** Reads a whole tab once. A missing tab or column is a clear error telling to run setup. */
export function readTable(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: TableSpec, timeZone: string): Table {
  const sheet = ss.getSheetByName(spec.name);
  if (!sheet) throw new LumbungError('LEDGER_TAB_MISSING', { tab: spec.name });
  return tableOf(sheet, spec, timeZone, true);
}

/**
 * A tab's rows as they stand before setup repairs it: a missing tab reads as no rows and a missing
 * column as blank cells, so that setup can read the roles and then put the rest back.
 */
export function readRowsAsFound(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: TableSpec, timeZone: string): Row[] {
  const sheet = ss.getSheetByName(spec.name);
  return sheet ? [...tableOf(sheet, spec, timeZone, false).rows] : [];
}

function tableOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: TableSpec, timeZone: string, strict: boolean): Table {
  const values = sheet.getDataRange().getValues() as Cell[][];
  const headers = (values[0] ?? []).map((h) => String(h));
  const index = new Map(headers.map((h, i) => [normal(h), i]));
  const columnOf = new Map<string, number>();
  for (const c of spec.columns) {
    const i = index.get(normal(c.header));
    if (i === undefined && strict) throw new LumbungError('LEDGER_COLUMN_MISSING', { tab: spec.name, column: c.header });
    if (i !== undefined) columnOf.set(c.key, i);
  }
  const { end, notes } = dataBlock(values, [...columnOf.values()]);
  const grid = values.slice(1, end);
  const rows = grid.map((r) => rowFrom(r, spec.columns, columnOf, timeZone));
  return { spec, sheet, headers, columnOf, rows, notes, grid, timeZone };
}

const isBlank = (cells: readonly Cell[]) => cells.every((v) => v === '');

/**
 * Where the data ends (an index into values) and the notes below it: a note is a row past the end
 * with something typed in it, but too little to be a record (fewer than 3 known cells, or than half).
 */
function dataBlock(values: readonly (readonly Cell[])[], known: readonly number[]): { end: number; notes: number[] } {
  const enough = Math.max(1, Math.min(3, Math.ceil(known.length / 2)));
  const looksLikeData = (cells: readonly Cell[]) => known.filter((i) => cells[i] !== '' && cells[i] !== undefined).length >= enough;
  let end = 1;
  while (end < values.length && !isBlank(values[end])) end++;
  for (let i = values.length - 1; i >= end; i--) {
    if (looksLikeData(values[i])) {
      end = i + 1;
      break;
    }
  }
  const notes: number[] = [];
  for (let i = end; i < values.length; i++) if (!isBlank(values[i])) notes.push(i + 1);
  return { end, notes };
}

function rowFrom(cells: readonly Cell[], columns: readonly ColumnSpec[], columnOf: ReadonlyMap<string, number>, tz: string): Row {
  const row: Row = {};
  for (const c of columns) {
    const i = columnOf.get(c.key);
    row[c.key] = fromCell(i === undefined ? '' : cells[i], c, tz);
  }
  return row;
}

function fromCell(v: Cell, c: ColumnSpec, tz: string): string | number {
  // Most cells are plain text or numbers: answer those first (this runs for every cell of a tab).
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v === '' && (c.type === 'money' || c.type === 'number') ? 0 : v;
  if (v === null || v === undefined) return c.type === 'money' || c.type === 'number' ? 0 : '';
  if (v instanceof Date) return c.type === 'datetime' ? isoDateTimeIn(v, tz) : isoDateIn(v, tz);
  return String(v);
}

function toCell(v: string | number | undefined, c: ColumnSpec, tz: string): Cell {
  if (v === undefined || v === '' || (v === 0 && c.blankZero)) return '';
  if (c.type === 'date') return midnightIn(String(v), tz);
  if (c.type === 'datetime') return wallTimeIn(String(v), tz);
  if (c.type === 'text') return String(v);
  return v;
}

/** 'YYYY-MM-DD HH:mm:ss' read as wall time in the zone. */
function wallTimeIn(text: string, tz: string): Date {
  const [day, time = '00:00:00'] = text.split(' ');
  const [h, m, sec] = time.split(':').map(Number);
  return new Date(midnightIn(day, tz).getTime() + ((h * 60 + m) * 60 + (sec || 0)) * 1000);
}

/** The cells of a row, laid out by the tab's actual columns; `base` keeps unknown columns as they were. */
function cellsOf(table: Table, row: Row, base?: readonly Cell[]): Cell[] {
  const out: Cell[] = base ? [...base] : new Array(table.headers.length).fill('');
  while (out.length < table.headers.length) out.push('');
  for (const c of table.spec.columns) {
    if (c.key in row) out[table.columnOf.get(c.key)!] = toCell(row[c.key], c, table.timeZone);
  }
  return out;
}

/**
 * Appends rows right after the data, into the formatted spare rows below it: one block of values,
 * so the data never has a blank row inside. When the spare rows have run out, Google refuses the
 * block ("The coordinates of the range are outside the dimensions of the sheet.", in the user's
 * language, so not matched by its text); that, or a note typed where the block would go, is the one
 * time an append inserts rows (pushing the note down, never writing over it), formats them, keeps
 * SPARE_ROWS more, and writes again.
 * Writing the same block twice is harmless: the second write puts the same values in the same cells.
 */
export function appendRows<T extends RowOf<T>>(table: Table, rows: readonly T[]): void {
  if (rows.length === 0) return;
  const first = table.grid.length + 2;
  // Each field of T is a cell's value (RowOf), so a record is a row keyed by its column keys.
  const cells = rows.map((r) => cellsOf(table, r as Readonly<Record<keyof T, string | number>> as Row));
  const write = () => table.sheet.getRange(first, 1, cells.length, table.headers.length).setValues(cells);
  const notes = table.notes as number[];
  const grow = () => {
    const added = cells.length + SPARE_ROWS;
    table.sheet.insertRowsAfter(first - 1, added);
    try {
      formatRows(table.sheet, table.spec, table.columnOf, first, added);
    } catch (failed) {
      // Never leave rows without their formats for a later append to write text into. (A tab with
      // no data row cannot lose all its rows; "Periksa dan perbaiki tab" formats them again.)
      try {
        table.sheet.deleteRows(first, added);
      } catch {
        /* the failure that matters is the one thrown below */
      }
      throw failed;
    }
    notes.forEach((n, k) => (notes[k] = n + added));
  };
  if (notes.some((n) => n < first + cells.length)) {
    grow();
    write();
  } else {
    try {
      write();
    } catch {
      grow();
      write();
    }
  }
  // The table stays what the sheet now holds, so a second append in the same operation follows on.
  (table.grid as Cell[][]).push(...cells);
  (table.rows as Row[]).push(...cells.map((c) => rowFrom(c, table.spec.columns, table.columnOf, table.timeZone)));
}

/**
 * Rewrites the given data rows (0-based indexes into table.rows) with changed fields, as one block
 * spanning those rows and the changed columns only: every other cell keeps what is there, formats
 * included, and an unchanged name or phone is never written again.
 */
export function updateRows(table: Table, changes: ReadonlyMap<number, Row>): void {
  if (changes.size === 0) return;
  const indexes = [...changes.keys()].sort((a, b) => a - b);
  const from = indexes[0];
  const to = indexes[indexes.length - 1];
  const block: Cell[][] = [];
  for (let i = from; i <= to; i++) {
    block.push(cellsOf(table, changes.get(i) ?? {}, table.grid[i]));
  }
  const keys = new Set([...changes.values()].flatMap((r) => Object.keys(r)));
  const cols = table.spec.columns.filter((c) => keys.has(c.key)).map((c) => table.columnOf.get(c.key)!);
  if (cols.length === 0) return;
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  table.sheet.getRange(from + 2, left + 1, block.length, right - left + 1).setValues(block.map((r) => r.slice(left, right + 1)));
  block.forEach((cells, k) => {
    (table.grid as Cell[][])[from + k] = cells;
    (table.rows as Row[])[from + k] = rowFrom(cells, table.spec.columns, table.columnOf, table.timeZone);
  });
}
