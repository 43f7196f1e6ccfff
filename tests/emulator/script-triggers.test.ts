import { createWorkspace } from '../../local/emulator';
import { plainWorkspace, scriptApp } from './script-helpers';

describe('ScriptApp triggers', () => {
  it('creates a clock trigger and lists it with its handler, type and source', () => {
    const ws = plainWorkspace();
    const ScriptApp = scriptApp(ws);
    const t = ScriptApp.newTrigger('closeMonth').timeBased().everyDays(1).atHour(2).create();
    expect(typeof t.getUniqueId()).toBe('string');
    expect(t.getHandlerFunction()).toBe('closeMonth');
    expect(t.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(t.getTriggerSourceId()).toBeNull();
    expect(String(t)).toBe('Trigger');
    expect(ScriptApp.getProjectTriggers().map((x) => x.getUniqueId())).toEqual([t.getUniqueId()]);
  });

  it('creates spreadsheet and form triggers by id, found again with getUserTriggers', () => {
    const ws = plainWorkspace();
    const ScriptApp = scriptApp(ws);
    const s = ScriptApp.newTrigger('onSubmit').forSpreadsheet('sheet-1').onFormSubmit().create();
    ScriptApp.newTrigger('onOpenSheet').forSpreadsheet('sheet-1').onOpen().create();
    const f = ScriptApp.newTrigger('onFormSubmit').forForm('form-1').onFormSubmit().create();
    expect([s.getEventType(), s.getTriggerSource(), s.getTriggerSourceId()]).toEqual(['ON_FORM_SUBMIT', 'SPREADSHEETS', 'sheet-1']);
    expect([f.getTriggerSource(), f.getTriggerSourceId()]).toEqual(['FORMS', 'form-1']);
    const form = ws.globals.FormApp.create('Setoran');
    ScriptApp.newTrigger('h').forForm(form).onFormSubmit().create();
    expect(ScriptApp.getUserTriggers(form).map((t) => t.getHandlerFunction())).toEqual(['h']);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(4);
  });

  it('takes a spreadsheet object for forSpreadsheet as Google does, without a getId call of the script', () => {
    const ws = createWorkspace();
    const ss = ws.globals.SpreadsheetApp.getActiveSpreadsheet();
    const ScriptApp = scriptApp(ws);
    ws.resetCallCounts();
    const t = ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
    expect(t.getTriggerSourceId()).toBe(ss.getId());
    expect(ScriptApp.getUserTriggers(ss)).toHaveLength(1);
    expect(ws.callCounts()['SpreadsheetApp.Spreadsheet.getId']).toBe(1); // the test's own, above
  });

  it('shows each user only her own triggers, and deleteTrigger removes one', () => {
    const ws = plainWorkspace({ user: 'ketua@koperasi.example' });
    const ScriptApp = scriptApp(ws);
    const mine = ScriptApp.newTrigger('a').timeBased().everyHours(1).create();
    ws.setUser('bendahara@koperasi.example');
    ScriptApp.newTrigger('b').timeBased().everyHours(1).create();
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['b']);
    ws.setUser('ketua@koperasi.example');
    ScriptApp.deleteTrigger(mine);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    // Not a trigger: Google's signature error, with its token for the argument.
    expect(() => ScriptApp.deleteTrigger(true as never)).toThrow("The parameters (Boolean) don't match the method signature for ScriptApp.deleteTrigger.");
  });

  it('refuses the 21st trigger of one user with Google\'s text', () => {
    const ws = plainWorkspace();
    const ScriptApp = scriptApp(ws);
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`h${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('h20').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    ws.setUser('ketua@koperasi.example');
    expect(() => ScriptApp.newTrigger('other').timeBased().everyHours(1).create()).not.toThrow();
  });

  it('accepts everyMinutes 1, 5, 10, 15 and 30 only', () => {
    const ScriptApp = scriptApp(plainWorkspace());
    for (const n of [1, 5, 10, 15, 30]) ScriptApp.newTrigger('h').timeBased().everyMinutes(n).create();
    expect(() => ScriptApp.newTrigger('h').timeBased().everyMinutes(7)).toThrow(/everyMinutes/);
    expect(() => ScriptApp.newTrigger('h').timeBased().create()).toThrow(/schedule/);
  });

  it('exposes the enums and script facts', () => {
    const ScriptApp = scriptApp(plainWorkspace());
    expect(ScriptApp.AuthMode.FULL).toBe('FULL');
    expect(Object.keys(ScriptApp.AuthMode)).toEqual(['NONE', 'LIMITED', 'CUSTOM_FUNCTION', 'FULL']);
    expect(ScriptApp.AuthorizationStatus.REQUIRED).toBe('REQUIRED');
    expect(typeof ScriptApp.getScriptId()).toBe('string');
    expect(ScriptApp.getScriptId()).toBe(ScriptApp.getScriptId());
    expect(ScriptApp.getOAuthToken().length).toBeGreaterThan(0);
  });
});

describe('ScriptApp add-on limits', () => {
  it('refuses an add-on clock trigger that recurs more often than hourly', () => {
    const ScriptApp = scriptApp(createWorkspace());
    expect(() => ScriptApp.newTrigger('h').timeBased().everyMinutes(30).create()).toThrow(
      'The recurrence interval for an Add-on trigger must be at least one hour.',
    );
    expect(() => ScriptApp.newTrigger('h').timeBased().everyHours(1).create()).not.toThrow();
    expect(() => ScriptApp.newTrigger('once').timeBased().after(60_000).create()).not.toThrow();
  });

  it('allows an add-on one trigger of each type per user per document', () => {
    const ws = createWorkspace();
    ws.runtime.state.activeSpreadsheetId = 'ledger';
    const ScriptApp = scriptApp(ws);
    ScriptApp.newTrigger('onSubmit').forSpreadsheet('ledger').onFormSubmit().create();
    ScriptApp.newTrigger('onOpenLedger').forSpreadsheet('ledger').onOpen().create();
    expect(() => ScriptApp.newTrigger('again').forSpreadsheet('ledger').onFormSubmit().create()).toThrow(/one trigger of each type/);
    ws.setUser('ketua@koperasi.example');
    expect(() => ScriptApp.newTrigger('again').forSpreadsheet('ledger').onFormSubmit().create()).not.toThrow();
  });

  it('refuses an add-on trigger for a file other than the one in use', () => {
    const ws = createWorkspace();
    ws.runtime.state.activeSpreadsheetId = 'ledger';
    const ScriptApp = scriptApp(ws);
    expect(() => ScriptApp.newTrigger('h').forSpreadsheet('another').onFormSubmit().create()).toThrow(/file in which the add-on is used/);
    expect(() => ScriptApp.newTrigger('h').forForm('a-form').onFormSubmit().create()).toThrow(/file in which the add-on is used/);
  });
});

describe('ScriptApp bookkeeping', () => {
  it('counts each call by class and method', () => {
    const ws = plainWorkspace();
    const ScriptApp = scriptApp(ws);
    ScriptApp.newTrigger('h').timeBased().everyHours(2).create();
    ScriptApp.getProjectTriggers();
    expect(ws.callCounts()).toEqual({
      'ScriptApp.newTrigger': 1,
      'ScriptApp.TriggerBuilder.timeBased': 1,
      'ScriptApp.ClockTriggerBuilder.everyHours': 1,
      'ScriptApp.ClockTriggerBuilder.create': 1,
      'ScriptApp.getProjectTriggers': 1,
    });
  });

  it('refuses trigger calls when the manifest lacks script.scriptapp', () => {
    const ws = createWorkspace({ manifest: { oauthScopes: ['https://www.googleapis.com/auth/forms'] } });
    expect(() => scriptApp(ws).getProjectTriggers()).toThrow(
      'You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  it('keeps triggers across save() and createWorkspace({ state })', () => {
    const ws = plainWorkspace();
    const t = scriptApp(ws).newTrigger('h').timeBased().everyDays(1).create();
    const again = createWorkspace({ state: ws.save(), manifest: {} });
    const listed = scriptApp(again).getProjectTriggers();
    expect(listed.map((x) => [x.getUniqueId(), x.getHandlerFunction()])).toEqual([[t.getUniqueId(), 'h']]);
    expect(scriptApp(again).getScriptId()).toBe(scriptApp(ws).getScriptId());
  });
});
