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
  return ws.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
}

export function formApp(ws: Workspace): GoogleAppsScript.Forms.FormApp {
  return ws.globals.FormApp as GoogleAppsScript.Forms.FormApp;
}

/** Records every call of the named handlers: [handler, event, active user at the time]. */
export function recordCalls(ws: Workspace, ...names: string[]): Array<{ name: string; event: any; user: string }> {
  const calls: Array<{ name: string; event: any; user: string }> = [];
  ws.defineFunctions(Object.fromEntries(names.map((name) => [name, (event?: unknown) => {
    calls.push({ name, event, user: ws.runtime.state.user });
  }])));
  return calls;
}
