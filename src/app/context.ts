/**
 * What every use case runs inside: the document lock, the cooperative's settings read from its
 * tabs, the active user checked against the roles, and "today" in the cooperative's time zone.
 * Each tab is read at most once per operation (`ctx.table`), whatever the use case asks.
 */
import type { Account } from '../domain/types';
import type { IsoDate } from '../domain/dates';
import { defaultChartOfAccounts } from '../domain/books/accounts';
import { LumbungError } from '../domain/errors';
import { checkAllowed, type Action } from '../domain/roles';
import { defaultSettings, type CooperativeSettings } from '../domain/settings/cooperative';
import { settingsFromRows } from '../domain/settings/rows';
import { activeSpreadsheet, activeUserEmail, withDocumentLock } from '../workspace/document';
import { PRODUCTS, SETTINGS, type TableSpec } from '../workspace/schema';
import { readTable, type Table } from '../workspace/table';
import { isoDateIn, isoDateTimeIn } from '../workspace/timezone';

export interface Ctx {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly settings: CooperativeSettings;
  readonly chart: readonly Account[];
  /** The active user's email, lowercased. */
  readonly user: string;
  /** Today in the cooperative's time zone. */
  readonly today: IsoDate;
  /** Now, 'YYYY-MM-DD HH:mm:ss' in the cooperative's time zone: when a posting was recorded. */
  readonly recordedAt: string;
  /** A tab, read once per operation. */
  table(spec: TableSpec): Table;
}

/** Actions that still run when the settings tab has a problem: to repair it or to look. */
const RUN_WITH_BAD_SETTINGS: readonly Action[] = ['setup', 'verify_ledger', 'view_books'];

export function openContext(action: Action): Ctx {
  const ss = activeSpreadsheet();
  const tables = new Map<string, Table>();
  // The settings tabs hold no dates, so the zone they are read in does not matter: no call to ask it.
  const settingsTable = readTable(ss, SETTINGS, defaultSettings.timeZone);
  const productTable = readTable(ss, PRODUCTS, defaultSettings.timeZone);
  const { settings, problems, tabs } = settingsFromRows(settingsTable.rows, productTable.rows);
  if (problems.length > 0 && !RUN_WITH_BAD_SETTINGS.includes(action)) {
    throw new LumbungError('SETTINGS_INVALID', { count: problems.length, tabs: tabs.join(' / ') }, problems);
  }
  const user = activeUserEmail();
  checkAllowed(action, user, settings.roles);
  const now = new Date();
  tables.set(SETTINGS.key, settingsTable);
  tables.set(PRODUCTS.key, productTable);
  return {
    ss,
    settings,
    chart: defaultChartOfAccounts,
    user,
    today: isoDateIn(now, settings.timeZone),
    recordedAt: isoDateTimeIn(now, settings.timeZone),
    table(spec) {
      let t = tables.get(spec.key);
      if (!t) {
        t = readTable(ss, spec, settings.timeZone);
        tables.set(spec.key, t);
      }
      return t;
    },
  };
}

/** Runs a use case under the document lock, as the active user, refusing what her roles do not allow. */
export function runAction<T>(action: Action, fn: (ctx: Ctx) => T): T {
  return withDocumentLock(() => fn(openContext(action)));
}
