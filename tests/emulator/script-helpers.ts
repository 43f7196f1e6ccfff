/** Shared set-up for the ScriptApp and FormApp emulator tests. */
import { createWorkspace, projectManifest, Workspace } from '../../local/emulator';

/** The project's manifest without `addOns`: a plain script, free of the add-on trigger limits. */
export function plainScriptManifest(): object {
  const m = { ...(projectManifest() as Record<string, unknown>) };
  delete m.addOns;
  return m;
}

export function plainWorkspace(options: { now?: Date; user?: string } = {}): Workspace {
  return createWorkspace({ manifest: plainScriptManifest(), ...options });
}

export function scriptApp(ws: Workspace): GoogleAppsScript.Script.ScriptApp {
  return ws.globals.ScriptApp;
}

/** Form with the publishing methods Google added in 2026, which @types/google-apps-script lacks. */
export type Form = GoogleAppsScript.Forms.Form & {
  setPublished(enabled: boolean): Form;
  isPublished(): boolean;
};

export type FormApp = Omit<GoogleAppsScript.Forms.FormApp, 'create' | 'openById' | 'openByUrl'> & {
  create(title: string): Form;
  openById(id: string): Form;
  openByUrl(url: string): Form;
};

export function formApp(ws: Workspace): FormApp {
  return ws.globals.FormApp as FormApp; // with the 2026 publishing methods  lacks
}

/** Records every call of the named handlers: [handler, event, active user at the time]. */
export function recordCalls(ws: Workspace, ...names: string[]): Array<{ name: string; event: any; user: string }> {
  const calls: Array<{ name: string; event: any; user: string }> = [];
  ws.defineFunctions(Object.fromEntries(names.map((name) => [name, (event?: unknown) => {
    calls.push({ name, event, user: ws.runtime.state.user });
  }])));
  return calls;
}

/**
 * A published deposit form as Lumbung would build it: member number (A-0000), kind of savings,
 * amount (> 0), date, purposes (checkboxes) and a satisfaction scale.
 */
export function depositForm(ws: Workspace): Form {
  const FormApp = formApp(ws);
  const form = FormApp.create('Setoran');
  form.setTitle('Setoran');
  form.setPublished(true);
  form.addTextItem().setTitle('Nomor anggota').setRequired(true)
    .setValidation(FormApp.createTextValidation().requireTextMatchesPattern('A-\\d{4}').build());
  form.addMultipleChoiceItem().setTitle('Jenis simpanan').setRequired(true).setChoiceValues(['pokok', 'wajib', 'sukarela']);
  form.addTextItem().setTitle('Jumlah').setRequired(true)
    .setValidation(FormApp.createTextValidation().setHelpText('Jumlah harus lebih dari 0').requireNumberGreaterThan(0).build());
  form.addDateItem().setTitle('Tanggal');
  form.addCheckboxItem().setTitle('Keperluan').setChoiceValues(['tabungan', 'pendidikan']);
  form.addScaleItem().setTitle('Kepuasan');
  return form;
}

export const GOOD_DEPOSIT = {
  'Nomor anggota': 'A-0001', 'Jenis simpanan': 'wajib', Jumlah: '50000',
  Tanggal: '2026-01-15', Keperluan: ['tabungan', 'pendidikan'], Kepuasan: '4',
};
