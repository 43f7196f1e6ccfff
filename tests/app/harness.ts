/**
 * Runs Lumbung's own src/ code on the emulator, as the bundle would (the services as globals, Date
 * on the emulated clock), with the cooperative's people as users.
 */
import { createWorkspace, installGlobals, Workspace } from '../../local/emulator';
import { defaultChartOfAccounts } from '../../src/domain/books/accounts';

export const KETUA = 'ketua@koperasi.example';
export const BENDAHARA = 'bendahara@koperasi.example';
export const SEKRETARIS = 'sekretaris@koperasi.example';
export const PENGAWAS = 'pengawas@koperasi.example';
export const STRANGER = 'tamu@example.com';

let undo: (() => void) | null = null;

/** A fresh workspace whose services are this process's globals until the test ends. */
export function useWorkspace(options: { now?: Date; user?: string } = {}): Workspace {
  undo?.();
  const ws = createWorkspace({ now: options.now ?? new Date('2026-03-02T02:00:00Z'), user: options.user ?? KETUA });
  undo = installGlobals(ws);
  return ws;
}

afterEach(() => {
  undo?.();
  undo = null;
});

export function as<T>(ws: Workspace, user: string, fn: () => T): T {
  const before = ws.runtime.state.user;
  ws.setUser(user);
  try {
    return fn();
  } finally {
    ws.setUser(before);
  }
}


/** The open spreadsheet, as a test reads it (through the emulator, uncounted calls aside). */
export function spreadsheet(ws: Workspace): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return ws.globals.SpreadsheetApp.getActiveSpreadsheet();
}

/** A tab's cells as getValues gives them, header included. */
export function tabValues(ws: Workspace, name: string): unknown[][] {
  const sheet = spreadsheet(ws).getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet.getDataRange().getValues();
}

/** A tab as objects keyed by header. */
export function tabRecords(ws: Workspace, name: string): Record<string, unknown>[] {
  const [header, ...rows] = tabValues(ws, name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** Types a value into the settings tab's "Nilai" cell of a key, as a manager would. */
export function setSetting(ws: Workspace, key: string, value: string): void {
  const sheet = spreadsheet(ws).getSheetByName('Pengaturan')!;
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === key);
  if (row < 1) throw new Error(`no setting ${key}`);
  sheet.getRange(row + 1, 2).setValue(value);
}

/** A journal line as the domain holds it (account code) or as the Jurnal tab shows it (Akun). */
type AnyLine = { account: string; debit: number; credit: number } | Record<string, unknown>;

const NAMES = new Map(defaultChartOfAccounts.map((a) => [a.code, a.name]));

/** The chart's name of an account code ("1-1100" -> "Kas"); a code not in the chart fails the test. */
export function accountName(code: string): string {
  const name = NAMES.get(code);
  if (!name) throw new Error(`No account ${code} in the default chart`);
  return name;
}

/**
 * What a posting did to each account, by the account's name, as the treasurer reads it:
 * { Kas: { debit: 250000, credit: 0 }, 'Simpanan Sukarela': { debit: 0, credit: 250000 } }.
 * Takes an entry (its lines) or rows of the Jurnal tab; lines on one account add up.
 */
export function linesByAccountName(lines: { lines: readonly AnyLine[] } | readonly AnyLine[]): Record<string, { debit: number; credit: number }> {
  const out: Record<string, { debit: number; credit: number }> = {};
  for (const l of 'lines' in lines ? lines.lines : lines) {
    const line = l as Record<string, unknown>;
    const name = accountName(String(line.account ?? line.Akun));
    const side = out[name] ?? (out[name] = { debit: 0, credit: 0 });
    side.debit += Number(line.debit ?? line.Debit ?? 0) || 0;
    side.credit += Number(line.credit ?? line.Kredit ?? 0) || 0;
  }
  return out;
}
