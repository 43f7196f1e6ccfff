import { createWorkspace, Workspace } from '../../local/emulator';
import { triggerFailures } from '../../local/emulator/script';
import { depositForm, formApp, GOOD_DEPOSIT, plainWorkspace, recordCalls, scriptApp } from './script-helpers';

const MISSING = 'No item with the given ID could be found, or you do not have permission to access it.';
const HEADERS = ['Timestamp', 'Nomor anggota', 'Jenis simpanan', 'Jumlah', 'Tanggal', 'Keperluan', 'Kepuasan'];

function ledger(ws: Workspace): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return ws.globals.SpreadsheetApp.getActiveSpreadsheet();
}

/** The deposit form feeding the active spreadsheet, plus a handler installed on that spreadsheet. */
function linked(ws: Workspace) {
  const form = depositForm(ws);
  const ss = ledger(ws);
  form.setDestination(formApp(ws).DestinationType.SPREADSHEET, ss.getId());
  const calls = recordCalls(ws, 'onSheetSubmit');
  scriptApp(ws).newTrigger('onSheetSubmit').forSpreadsheet(ss).onFormSubmit().create();
  return { form, ss, calls };
}

describe('Form destination', () => {
  it('adds "Form Responses 1" as the first tab with the header row, at setDestination', () => {
    const ws = createWorkspace();
    const form = depositForm(ws);
    const ss = ledger(ws);
    form.setDestination(formApp(ws).DestinationType.SPREADSHEET, ss.getId());
    expect([form.getDestinationId(), form.getDestinationType()]).toEqual([ss.getId(), 'SPREADSHEET']);
    const tab = ss.getSheets()[0];
    expect(tab.getName()).toBe('Form Responses 1');
    expect(tab.getRange(1, 1, 1, 7).getValues()).toEqual([HEADERS]);
    const other = formApp(ws).create('Pinjaman').setCollectEmail(true);
    other.addTextItem().setTitle('Jumlah pinjaman');
    other.setDestination(formApp(ws).DestinationType.SPREADSHEET, ss.getId());
    expect(ss.getSheets().map((s) => s.getName()).slice(0, 2)).toEqual(['Form Responses 2', 'Form Responses 1']);
    expect(ss.getSheetByName('Form Responses 2')!.getRange(1, 1, 1, 3).getValues()).toEqual([['Timestamp', 'Email Address', 'Jumlah pinjaman']]);
  });

  it('refuses a missing spreadsheet and reports a removed destination', () => {
    const ws = createWorkspace();
    const form = depositForm(ws);
    expect(() => form.setDestination(formApp(ws).DestinationType.SPREADSHEET, 'nope')).toThrow(MISSING);
    form.setDestination(formApp(ws).DestinationType.SPREADSHEET, ledger(ws).getId()).removeDestination();
    expect(() => form.getDestinationId()).toThrow('This form does not currently have a response destination.');
  });

  it('appends each response as a row below the last, numbers and dates typed', () => {
    const ws = createWorkspace();
    const { form, ss } = linked(ws);
    ws.submitForm(form.getId(), GOOD_DEPOSIT);
    ws.submitForm(form.getId(), { ...GOOD_DEPOSIT, 'Jenis simpanan': 'sukarela', Jumlah: '1000', Tanggal: '', Keperluan: [] });
    const tab = ss.getSheetByName('Form Responses 1')!;
    expect(tab.getLastRow()).toBe(3);
    expect(tab.getRange(2, 1, 2, 7).getValues()).toEqual([
      // 2026-01-15 is midnight in Jakarta: 2026-01-14 17:00 UTC.
      [new Date('2026-01-05T02:00:00Z'), 'A-0001', 'wajib', 50000, new Date('2026-01-14T17:00:00Z'), 'tabungan, pendidikan', 4],
      [new Date('2026-01-05T02:00:00Z'), 'A-0001', 'sukarela', 1000, '', '', 4],
    ]);
  });
});

it('keeps an answer that looks like a formula as text, and drops a phone number\'s leading zero as Sheets does', () => {
  const ws = createWorkspace();
  const form = formApp(ws).create('Catatan');
  form.setPublished(true);
  form.addTextItem().setTitle('Catatan');
  form.addTextItem().setTitle('Telepon');
  const ss = ledger(ws);
  form.setDestination(formApp(ws).DestinationType.SPREADSHEET, ss.getId());
  ws.submitForm(form.getId(), { Catatan: '=IMPORTRANGE("x")', Telepon: '0812345' });
  expect(ss.getSheetByName('Form Responses 1')!.getRange(2, 2, 1, 2).getValues()).toEqual([['=IMPORTRANGE("x")', 812345]]);
});

describe('Form submit triggers', () => {
  it('fires a spreadsheet trigger with Google\'s event: values, namedValues, range, source', () => {
    const ws = createWorkspace();
    const { form, ss, calls } = linked(ws);
    ws.submitForm(form.getId(), GOOD_DEPOSIT);
    expect(calls).toHaveLength(1);
    const e = calls[0].event;
    const values = ['1/5/2026 9:00:00', 'A-0001', 'wajib', '50000', '1/15/2026', 'tabungan, pendidikan', '4'];
    expect(e.values).toEqual(values);
    expect(e.namedValues).toEqual(Object.fromEntries(HEADERS.map((h, i) => [h, [values[i]]])));
    expect([e.authMode, e.triggerUid]).toEqual(['FULL', scriptApp(ws).getProjectTriggers()[0].getUniqueId()]);
    expect([e.range.getRow(), e.range.getNumColumns(), e.range.getSheet().getName()]).toEqual([2, 7, 'Form Responses 1']);
    expect(e.source.getId()).toBe(ss.getId());
  });

  it('fires a form trigger with the response and the form', () => {
    const ws = plainWorkspace();
    const form = depositForm(ws);
    const calls = recordCalls(ws, 'onFormSubmit');
    const t = scriptApp(ws).newTrigger('onFormSubmit').forForm(form).onFormSubmit().create();
    ws.submitForm(form.getId(), GOOD_DEPOSIT);
    const e = calls[0].event;
    expect([e.authMode, e.triggerUid, e.source.getId()]).toEqual(['FULL', t.getUniqueId(), form.getId()]);
    expect(e.response.getId()).toBe(form.getResponses()[0].getId());
    expect(e.response.getItemResponses()[0].getResponse()).toBe('A-0001');
  });

  it('runs the handler as the trigger\'s creator, not as the member', () => {
    const ws = createWorkspace({ user: 'ketua@koperasi.example' });
    const { form, calls } = linked(ws);
    ws.setUser('bendahara@koperasi.example');
    ws.submitForm(form.getId(), GOOD_DEPOSIT, {});
    expect(calls.map((c) => c.user)).toEqual(['ketua@koperasi.example']);
    expect(ws.runtime.state.user).toBe('bendahara@koperasi.example');
  });

  it('delivers the same event twice when firedTwice, for one row', () => {
    const ws = createWorkspace();
    const { form, ss, calls } = linked(ws);
    ws.submitForm(form.getId(), GOOD_DEPOSIT, { firedTwice: true });
    expect(calls).toHaveLength(2);
    expect(calls[1].event.values).toEqual(calls[0].event.values);
    expect(ss.getSheetByName('Form Responses 1')!.getLastRow()).toBe(2);
  });

  it('sends a blank twin a few seconds later when spuriousBlank, with no second row', () => {
    const ws = createWorkspace();
    const { form, ss, calls } = linked(ws);
    ws.submitForm(form.getId(), GOOD_DEPOSIT, { spuriousBlank: true });
    expect(calls.map((c) => c.event.values)).toEqual([
      ['1/5/2026 9:00:00', 'A-0001', 'wajib', '50000', '1/15/2026', 'tabungan, pendidikan', '4'],
      ['1/5/2026 9:00:03', '', '', '', '', '', ''],
    ]);
    expect(calls[1].event.namedValues['Nomor anggota']).toEqual(['']);
    expect(ss.getSheetByName('Form Responses 1')!.getLastRow()).toBe(2);
    expect(form.getResponses()).toHaveLength(1);
  });

  it('records the response even when the handler throws, and lists the failure', () => {
    const ws = createWorkspace();
    const { form, ss } = linked(ws);
    ws.defineFunctions({ onSheetSubmit: () => { throw new Error('ledger locked'); } });
    expect(() => ws.submitForm(form.getId(), GOOD_DEPOSIT)).not.toThrow();
    expect(form.getResponses()).toHaveLength(1);
    expect(ss.getSheetByName('Form Responses 1')!.getLastRow()).toBe(2);
    expect(triggerFailures(ws.runtime).map((f) => [f.handler, f.eventType, f.message])).toEqual([
      ['onSheetSubmit', 'ON_FORM_SUBMIT', 'Error: ledger locked'],
    ]);
  });

  it('continues a saved workspace: the next response lands on the next row and fires again', () => {
    const ws = createWorkspace();
    const { form } = linked(ws);
    ws.submitForm(form.getId(), GOOD_DEPOSIT);
    const again = createWorkspace({ state: ws.save() });
    const calls = recordCalls(again, 'onSheetSubmit');
    again.submitForm(form.getId(), GOOD_DEPOSIT);
    expect(calls.map((c) => c.event.range.getRow())).toEqual([3]);
  });
});
