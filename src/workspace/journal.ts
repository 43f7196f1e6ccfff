/**
 * The Jurnal tab: the one place the journal is read from and written to the spreadsheet. Rows
 * become JournalRecords cell by cell (numbers, dates as ISO text, text), records become rows with
 * their kind in words, and the chain tip is kept beside the sheet. Its columns: journal-columns.ts.
 */
import type { ChainState, JournalRecord } from '../domain/books/records';
import type { Digest64 } from '../domain/books/digest';
import { JOURNAL, KIND_LABEL_KEY, kindLabel, type NumberKey, type TextKey } from './journal-columns';
import { appendRows, type Row, type Table } from './table';

export { JOURNAL };

export interface JournalRead {
  readonly records: readonly JournalRecord[];
  /** Rows (0-based, as records) whose "Jenis" word is not the word for their hashed "Kode Jenis". */
  readonly relabelled: readonly number[];
}

/** A number cell: blank is 0 (table.ts reads it so), text that is no number is NaN (and fails the checks). */
function numberOf(value: string | number | undefined): number {
  if (typeof value === 'number') return value;
  const text = (value ?? '').trim();
  return text === '' ? 0 : Number(text);
}

const textOf = (value: string | number | undefined): string => (value === undefined ? '' : String(value));

function recordOf(row: Row): JournalRecord {
  const n = (key: NumberKey) => numberOf(row[key]);
  const s = (key: TextKey) => textOf(row[key]);
  return {
    seq: n('seq'), entryId: s('entryId'), date: s('date'), kind: s('kind'), memo: s('memo'), account: s('account'),
    debit: n('debit'), credit: n('credit'), memberId: s('memberId'), savingsType: s('savingsType'), loanId: s('loanId'),
    party: s('party'), reverses: s('reverses'), reason: s('reason'), receipt: s('receipt'),
    idempotencyKey: s('idempotencyKey'), recordedBy: s('recordedBy'), recordedAt: s('recordedAt'), data: s('data'), hash: s('hash'),
  };
}

/** The journal tab's rows as records (a table read once per operation: ctx.table(JOURNAL)). */
export function readJournal(table: Table): JournalRead {
  const records = table.rows.map(recordOf);
  const relabelled: number[] = [];
  table.rows.forEach((row, i) => {
    if (textOf(row[KIND_LABEL_KEY]) !== kindLabel(records[i].kind)) relabelled.push(i);
  });
  return { records, relabelled };
}

/** Appends records as one block of rows, each with its kind in words. */
export function appendJournal(table: Table, records: readonly JournalRecord[]): void {
  appendRows(table, records.map((r): Row => ({ ...r, [KIND_LABEL_KEY]: kindLabel(r.kind) })));
}

/*
 * The chain tip (where the hash chain stood after the last posting), kept in document properties
 * beside the sheet: rows deleted at the END of the tab leave no gap in the line numbers, so only a
 * record kept elsewhere shows them. Document properties belong to this spreadsheet (script
 * properties are shared by every cooperative using the add-on).
 */
const TIP_KEY = 'lumbung.journalTip';

type Store = GoogleAppsScript.Properties.Properties;

/** The document's properties, fetched once and handed to read and save (each fetch is a round trip). */
export function tipStore(): Store {
  return PropertiesService.getDocumentProperties();
}

/**
 * What Lumbung saved after its last write: the chain tip and, once sealed, how many rows it left
 * and the keyed digest of them (domain/books/digest.ts). Older ledgers saved the tip alone.
 */
export interface SavedTip extends ChainState {
  readonly rows?: number;
  readonly digest?: Digest64;
  readonly key?: Digest64;
}

/** The tip saved after the last posting; undefined when none was saved (or it was garbled). */
export function readChainTip(store: Store = tipStore()): SavedTip | undefined {
  const text = store.getProperty(TIP_KEY);
  if (!text) return undefined;
  try {
    const tip: unknown = JSON.parse(text);
    if (typeof tip !== 'object' || tip === null || !('nextSeq' in tip) || !('prevHash' in tip)) return undefined;
    const { nextSeq, prevHash } = tip;
    if (typeof nextSeq !== 'number' || !Number.isSafeInteger(nextSeq) || typeof prevHash !== 'string') return undefined;
    const { rows, digest, key } = tip as { rows?: unknown; digest?: unknown; key?: unknown };
    const isDigest64 = (v: unknown): v is Digest64 => typeof v === 'string' && /^[0-9a-f]{16}$/.test(v);
    const sealed = typeof rows === 'number' && Number.isSafeInteger(rows) && isDigest64(digest) && isDigest64(key);
    return sealed ? { nextSeq, prevHash, rows, digest, key } : { nextSeq, prevHash };
  } catch {
    return undefined;
  }
}

export function saveChainTip(tip: SavedTip, store: Store = tipStore()): void {
  const { nextSeq, prevHash, rows, digest, key } = tip;
  store.setProperty(TIP_KEY, JSON.stringify({ nextSeq, prevHash, rows, digest, key }));
}

const header = (key: string) => JOURNAL.columns.find((c) => c.key === key)!.header;

/**
 * Moves a journal written by an older layout forward, run by setup before it repairs the tabs.
 * Journal rows are append-only and a hashed cell rewritten breaks the chain, so no cell of theirs is
 * rewritten:
 * - 1 -> 2: the old "Jenis" column held the kind CODES, and its hashes cover them. It only gets the
 *   header "Kode Jenis" (the hash covers the code, as it always did), and a new "Jenis" column is
 *   inserted before it with the words. The words stay outside the hash: they follow from the code,
 *   so Periksa buku checks each against its code instead.
 * - 2 -> 3: a "Rincian" column (the data of decisions) at the end; a row with none hashes as before.
 * Each step can run again after an interruption. Returns the headers it added.
 */
export function upgradeJournal(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, fromVersion: number): string[] {
  const sheet = ss.getSheetByName(JOURNAL.name);
  if (!sheet || sheet.getLastColumn() === 0) return [];
  const added = fromVersion < 2 ? labelColumn(sheet) : [];
  if (fromVersion < 3) {
    const data = header('data');
    const width = sheet.getLastColumn();
    const headers = sheet.getRange(1, 1, 1, width).getValues()[0].map((h) => String(h).trim().toLowerCase());
    if (!headers.includes(data.toLowerCase())) {
      if (width === sheet.getMaxColumns()) sheet.insertColumnsAfter(width, 1);
      sheet.getRange(1, width + 1).setNumberFormat('@').setValue(data);
      added.push(data);
    }
  }
  return added;
}

function labelColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
  const [labelHeader, codeHeader] = [header(KIND_LABEL_KEY), header('kind')];
  const headersNow = () => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map((h) => String(h).trim().toLowerCase());
  let headers = headersNow();
  const added: string[] = [];
  const old = headers.indexOf(labelHeader.toLowerCase());
  if (old >= 0 && !headers.includes(codeHeader.toLowerCase())) {
    sheet.insertColumnsBefore(old + 1, 1);
    sheet.getRange(1, old + 1, 1, 2).setValues([[labelHeader, codeHeader]]);
    added.push(labelHeader);
    headers = headersNow();
  }
  const [labelCol, codeCol] = [labelHeader, codeHeader].map((h) => headers.indexOf(h.toLowerCase()) + 1);
  const rows = sheet.getLastRow() - 1;
  if (labelCol === 0 || codeCol === 0 || rows < 1) return added;
  // Fill the words missing (all of them, or those an interrupted run left blank); keep the rest.
  const codes = sheet.getRange(2, codeCol, rows, 1).getValues();
  const labels = sheet.getRange(2, labelCol, rows, 1).getValues();
  const filled = labels.map(([label], i) => [label === '' ? kindLabel(String(codes[i][0])) : label]);
  if (filled.some(([label], i) => label !== labels[i][0])) {
    sheet.getRange(2, labelCol, rows, 1).setNumberFormat('@').setValues(filled);
  }
  return added;
}
