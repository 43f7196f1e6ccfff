/**
 * "Siapkan koperasi": makes the open spreadsheet the cooperative's ledger, or repairs and migrates
 * one. Safe to run again at any time: it adds what is missing and changes no recorded row.
 */
import { LumbungError } from '../domain/errors';
import { checkAllowed } from '../domain/roles';
import { t } from '../i18n';
import { defaultSettings, type CooperativeSettings } from '../domain/settings/cooperative';
import { productsToRows, settingsFromRows, settingsToRows } from '../domain/settings/rows';
import { activeSpreadsheet, activeUserEmail, hasTab, ledgerVersion, spreadsheetName, spreadsheetTimeZone, withDocumentLock } from '../workspace/document';
import { readChainTip, tipStore, upgradeJournal } from '../workspace/journal';
import { JOURNAL, LEDGER_TABLES, PRODUCTS, SCHEMA_VERSION, SETTINGS } from '../workspace/schema';
import { ensureTab, requireTabAsRecorded, type TabRepair } from '../workspace/setup';
import { appendRows, readRowsAsFound, readTable } from '../workspace/table';

export interface SetupReport {
  readonly firstTime: boolean;
  readonly tabs: readonly TabRepair[];
  readonly settingsAdded: readonly string[];
  readonly productsAdded: number;
}

export function setupLedger(): SetupReport {
  return withDocumentLock(() => {
    const ss = activeSpreadsheet();
    const user = activeUserEmail();
    const zone = spreadsheetTimeZone(ss);
    // Read as found: a tab or column that is missing is what this run repairs, not a reason to stop.
    const settingRows = readRowsAsFound(ss, SETTINGS, zone);
    // Before the first setup nobody has a role: whoever sets the ledger up becomes its ketua. A first
    // setup cut off before the settings rows were written (they go in last) counts as not done. But
    // books set up before (their layout version is written last of all) whose Pengaturan is now empty
    // were emptied by someone: never a first setup, which would make whoever pressed it the ketua.
    const props = tipStore(); // one fetch of document properties for the layout version and the chain tip
    const layout = ledgerVersion(props);
    if (settingRows.length === 0 && layout.version > 0) throw new LumbungError('SETTINGS_EMPTIED', { tab: SETTINGS.name });
    const firstTime = settingRows.length === 0;
    const current: CooperativeSettings = firstTime
      ? { ...defaultSettings, roles: { ...defaultSettings.roles, ketua: [user] } }
      : settingsFromRows(settingRows, readRowsAsFound(ss, PRODUCTS, zone)).settings;
    if (!firstTime) checkAllowed('setup', user, current.roles);
    const managers = [...current.roles.ketua, ...current.roles.sekretaris, ...current.roles.bendahara];

    // Before the tabs are repaired, so that the journal's old kind column is renamed, not duplicated.
    const journalAdded = layout.version < SCHEMA_VERSION ? upgradeJournal(ss, layout.version) : [];
    // A ledger with postings never gets an empty Jurnal, or an empty Debit or Kredit, in place of a renamed one.
    if ((readChainTip(props)?.nextSeq ?? 1) > 1) requireTabAsRecorded(ss, JOURNAL);
    const tabs = LEDGER_TABLES.map((spec) => {
      const repair = ensureTab(ss, spec, managers);
      return spec === JOURNAL ? { ...repair, addedColumns: [...journalAdded, ...repair.addedColumns] } : repair;
    });
    const settingsTable = readTable(ss, SETTINGS, zone);
    const have = new Set(settingsTable.rows.map((r) => String(r.key).trim()));
    const missing = settingsToRows(current, (code, params) => t('id', code, params)).filter((r) => !have.has(r.key));
    appendRows(settingsTable, missing);
    const productTable = readTable(ss, PRODUCTS, zone);
    const products = productTable.rows.length === 0 ? productsToRows(current.products) : [];
    appendRows(productTable, products);
    layout.moveTo(SCHEMA_VERSION);
    return { firstTime, tabs, settingsAdded: missing.map((r) => r.key), productsAdded: products.length };
  });
}

export interface LedgerHome {
  /** The settings tab exists: setup has run at least once. */
  readonly ready: boolean;
  readonly spreadsheetName: string;
}

/** What the Sheets homepage shows before any action: whether to offer setup, and the file's name. */
export function ledgerHome(): LedgerHome {
  const ss = activeSpreadsheet();
  return { ready: hasTab(ss, SETTINGS.name), spreadsheetName: spreadsheetName(ss) };
}
