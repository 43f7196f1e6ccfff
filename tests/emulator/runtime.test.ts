import { createWorkspace, Exception, NotImplemented } from '../../local/emulator';
import { KIND, Runtime } from '../../local/emulator/runtime';
import { clockDate } from '../../local/emulator/clock-date';

/** A toy service, so the engine is pinned apart from any real service. */
class Toy {
  readonly [KIND] = 'ToyApp';
  hello(name: string): string {
    return `halo ${name}`;
  }
  child(): ToyChild {
    return new ToyChild();
  }
  _secret(): number {
    return 42;
  }
}
class ToyChild {
  readonly [KIND] = 'ToyApp.Child';
  ping(): string {
    return 'pong';
  }
}

function toyRuntime(manifest: object = {}): { rt: Runtime; toy: Toy } {
  const ws = createWorkspace({ manifest });
  const rt = ws.runtime;
  return { rt, toy: rt.expose(new Toy()) };
}

describe('emulator runtime', () => {
  describe('expose', () => {
    it('counts each call by class and method, children included', () => {
      const { rt, toy } = toyRuntime();
      toy.hello('Siti');
      toy.hello('Ani');
      toy.child().ping();
      expect(rt.callCounts()).toEqual({ 'ToyApp.hello': 2, 'ToyApp.child': 1, 'ToyApp.Child.ping': 1 });
      rt.resetCallCounts();
      expect(rt.callCounts()).toEqual({});
    });

    it('throws "not implemented" for a member the emulator lacks, and hides internals', () => {
      const { toy } = toyRuntime();
      expect(() => (toy as any).goodbye()).toThrow(NotImplemented);
      expect(() => (toy as any).goodbye()).toThrow('not implemented in the emulator: ToyApp.goodbye');
      expect(() => toy._secret()).toThrow('not implemented in the emulator: ToyApp._secret');
    });

    it('hands out the same wrapper for the same object', () => {
      const { rt } = toyRuntime();
      const raw = new Toy();
      expect(rt.expose(raw)).toBe(rt.expose(raw));
    });
  });

  describe('faults', () => {
    it('fails exactly the Nth call from now with an Exception, then works again', () => {
      const ws = createWorkspace({ manifest: {} });
      const toy = ws.runtime.expose(new Toy());
      ws.faults.failAt(2);
      expect(toy.hello('a')).toBe('halo a');
      let err: unknown;
      try {
        toy.hello('b');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(Exception);
      expect((err as Error).name).toBe('Exception');
      expect(toy.hello('c')).toBe('halo c');
    });

    it('fails only calls of a given key', () => {
      const ws = createWorkspace({ manifest: {} });
      const toy = ws.runtime.expose(new Toy());
      ws.faults.failAt(1, { key: 'ToyApp.Child.ping', message: 'boom' });
      expect(toy.hello('a')).toBe('halo a');
      expect(() => toy.child().ping()).toThrow('boom');
    });

    it('keeps an exhausted quota exhausted, with Google\'s daily-limit text', () => {
      const ws = createWorkspace({ manifest: {} });
      const toy = ws.runtime.expose(new Toy());
      ws.faults.exhaustQuota('ToyApp');
      expect(() => toy.hello('a')).toThrow('Service invoked too many times for one day: toyapp.');
      expect(() => toy.hello('a')).toThrow('Service invoked too many times for one day: toyapp.');
      ws.faults.clear();
      expect(toy.hello('a')).toBe('halo a');
    });
  });

  describe('scope check', () => {
    it('refuses a call whose scope the manifest lacks, as Google does', () => {
      const rt = createWorkspace({ manifest: { oauthScopes: [] } }).runtime;
      expect(() => rt.call('Session.getActiveUser')).toThrow(
        'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
      );
      expect(() => rt.call('SpreadsheetApp.Range.getValues')).toThrow(
        'Required permissions: (https://www.googleapis.com/auth/spreadsheets || https://www.googleapis.com/auth/spreadsheets.currentonly)',
      );
    });

    it('accepts any one of the scopes a call allows', () => {
      const rt = createWorkspace({ manifest: { oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] } }).runtime;
      expect(() => rt.call('SpreadsheetApp.Range.getValues')).not.toThrow();
      expect(() => rt.call('SpreadsheetApp.openById')).toThrow('Required permissions: https://www.googleapis.com/auth/spreadsheets');
    });

    it('refuses advanced-service calls with an API error', () => {
      const rt = createWorkspace({ manifest: { oauthScopes: [] } }).runtime;
      let err: any;
      try {
        rt.call('Drive.Files.create');
      } catch (e) {
        err = e;
      }
      expect(err.name).toBe('GoogleJsonResponseException');
      expect(err.message).toBe('API call to drive.files.create failed with error: Request had insufficient authentication scopes.');
    });

    it('passes every call the project\'s own manifest allows', () => {
      const rt = createWorkspace().runtime;
      for (const key of ['SpreadsheetApp.getActiveSpreadsheet', 'FormApp.create', 'Drive.Files.create', 'Calendar.Events.insert', 'MailApp.sendEmail', 'ScriptApp.newTrigger', 'Session.getActiveUser']) {
        expect(() => rt.call(key)).not.toThrow();
      }
      expect(() => rt.call('SpreadsheetApp.openById')).toThrow('You do not have permission');
      expect(() => rt.call('DriveApp.getFiles')).toThrow('You do not have permission');
    });
  });

  describe('state', () => {
    it('saves and loads the clock, the user and the id counter', () => {
      const ws = createWorkspace({ now: new Date('2026-03-01T00:00:00Z'), user: 'ketua@koperasi.example' });
      ws.advanceTime(60_000);
      const id = ws.runtime.newId();
      const again = createWorkspace({ state: ws.save() });
      expect(again.now().toISOString()).toBe('2026-03-01T00:01:00.000Z');
      expect(again.runtime.state.user).toBe('ketua@koperasi.example');
      expect(again.runtime.newId()).not.toBe(id);
    });
  });

  describe('clockDate', () => {
    it('reads now from the emulated clock and accepts host dates as instances', () => {
      let t = Date.UTC(2026, 4, 1);
      const D = clockDate(() => t);
      expect(new D().toISOString()).toBe('2026-05-01T00:00:00.000Z');
      t += 1000;
      expect(D.now()).toBe(Date.UTC(2026, 4, 1, 0, 0, 1));
      expect(new D('2026-01-02T00:00:00Z').getTime()).toBe(Date.UTC(2026, 0, 2));
      expect(new Date() instanceof D).toBe(true);
    });
  });
});
