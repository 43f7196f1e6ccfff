import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace, loadBundle } from '../../local/emulator';
import { builtBundle, DIST } from './harness';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'appsscript.json'), 'utf8'));

function runFunctions(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => runFunctions(n, found));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'runFunction' && typeof v === 'string') found.push(v);
      else runFunctions(v, found);
    }
  }
  return found;
}

describe('the manifest and the built bundle', () => {
  const code = builtBundle();

  it('names every runFunction as a top-level function of dist/Code.js', () => {
    const names = runFunctions(manifest);
    expect(names.length).toBeGreaterThanOrEqual(7);
    const context = loadBundle(createWorkspace(), code);
    for (const name of names) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
      expect(() => context.invoke(name, {})).not.toThrow(/Script function not found/);
    }
  });

  it('has a top-level function for every card action a button names', () => {
    const addon = path.join(__dirname, '..', '..', 'src', 'addon');
    const named = new Set<string>();
    for (const file of fs.readdirSync(addon, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      for (const m of fs.readFileSync(path.join(addon, file), 'utf8').matchAll(/'(on[A-Z]\w+)'/g)) named.add(m[1]);
    }
    expect(named.size).toBeGreaterThan(20);
    const missing = [...named].filter((name) => !new RegExp(`^function ${name}\\(`, 'm').test(code));
    expect(missing).toEqual([]);
  });

  it('is copied beside the bundle unchanged', () => {
    expect(JSON.parse(fs.readFileSync(path.join(DIST, 'appsscript.json'), 'utf8'))).toEqual(manifest);
  });

  it('declares a V8 add-on on Sheets, Drive and Calendar in Asia/Jakarta with Calendar v3 and Drive v3', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Jakarta');
    expect(Object.keys(manifest.addOns).sort()).toEqual(['calendar', 'common', 'drive', 'sheets']);
    expect(manifest.addOns.drive.onItemsSelectedTrigger.runFunction).toBeTruthy();
    expect(manifest.addOns.calendar.eventOpenTrigger.runFunction).toBeTruthy();
    const services = manifest.dependencies.enabledAdvancedServices.map((s: any) => `${s.userSymbol} ${s.version}`).sort();
    expect(services).toEqual(['Calendar v3', 'Drive v3']);
  });

  it('asks for no restricted scope', () => {
    const restricted = ['auth/drive', 'auth/drive.readonly', 'auth/gmail.readonly', 'auth/gmail.modify', 'mail.google.com', 'auth/spreadsheets.readonly'];
    for (const scope of manifest.oauthScopes as string[]) {
      expect(restricted.some((r) => scope.endsWith(r))).toBe(false);
    }
  });

  it('carries nothing of the emulator or the tests into the pushed file', () => {
    expect(code).not.toMatch(/local\/emulator|tests\/|jest/);
  });
});
