/**
 * The open spreadsheet and what an execution needs around it: the document lock, the active user,
 * and the document's own properties (where the ledger's schema version lives).
 */
import { LumbungError } from '../domain/errors';

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new LumbungError('NO_SPREADSHEET');
  return ss;
}

/** How long a click waits for another manager's posting to finish before saying "try again". */
const LOCK_WAIT_MS = 10_000;

/**
 * Runs `fn` holding the document lock, so two managers' postings never interleave; writes are
 * flushed before the lock is released, as PLATFORM.md asks.
 */
export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new LumbungError('NO_SPREADSHEET');
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new LumbungError('LEDGER_BUSY');
  try {
    const result = fn();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

/** The open spreadsheet's name, as its owner titled it. */
export function spreadsheetName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return ss.getName();
}

/** The spreadsheet's own time zone (Sheets' File > Settings), before the settings tab says one. */
export function spreadsheetTimeZone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return ss.getSpreadsheetTimeZone();
}

export function hasTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): boolean {
  return ss.getSheetByName(name) !== null;
}

export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

const SCHEMA_KEY = 'lumbung.schemaVersion';

/**
 * The ledger's layout version (document properties), read with one fetch of the store; moving it
 * forward writes only when it changes, so a repair of an up-to-date ledger costs no write.
 */
export function ledgerVersion(
  props: GoogleAppsScript.Properties.Properties = PropertiesService.getDocumentProperties(),
): { readonly version: number; moveTo(version: number): void } {
  const version = Number(props.getProperty(SCHEMA_KEY) ?? 0);
  return {
    version,
    moveTo: (next) => {
      if (next !== version) props.setProperty(SCHEMA_KEY, String(next));
    },
  };
}
