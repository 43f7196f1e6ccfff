import { createWorkspace } from '../../local/emulator';
import { loggedLines } from '../../local/emulator/session';

function setup(options: Parameters<typeof createWorkspace>[0] = {}) {
  const ws = createWorkspace(options);
  return { ws, Session: ws.globals.Session, Logger: ws.globals.Logger };
}

describe('Session', () => {
  it('gives the active and effective user, whose string form is the email', () => {
    const { Session } = setup({ user: 'ketua@koperasi.example' });
    expect(Session.getActiveUser().getEmail()).toBe('ketua@koperasi.example');
    expect(String(Session.getActiveUser())).toBe('ketua@koperasi.example');
    expect(Session.getEffectiveUser().getEmail()).toBe('ketua@koperasi.example');
  });

  it('follows a switch of the active user', () => {
    const { ws, Session } = setup();
    ws.setUser('pengawas@koperasi.example');
    expect(Session.getActiveUser().getEmail()).toBe('pengawas@koperasi.example');
  });

  it("reports the manifest's time zone and the user's locale", () => {
    const { Session } = setup({ manifest: { timeZone: 'Asia/Makassar' } });
    expect(Session.getScriptTimeZone()).toBe('Asia/Makassar');
    expect(Session.getActiveUserLocale()).toBe('id');
  });

  it('keeps a temporary user key stable per user and different between users', () => {
    const { ws, Session } = setup();
    const a = Session.getTemporaryActiveUserKey();
    expect(a).not.toBe('');
    expect(a).not.toContain('@');
    expect(Session.getTemporaryActiveUserKey()).toBe(a);
    ws.setUser('lain@koperasi.example');
    expect(Session.getTemporaryActiveUserKey()).not.toBe(a);
  });

  it('needs the userinfo.email scope to read the user, but not for the time zone', () => {
    const { Session } = setup({ manifest: { timeZone: 'Asia/Jakarta', oauthScopes: [] } });
    expect(() => Session.getActiveUser()).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(Session.getScriptTimeZone()).toBe('Asia/Jakarta');
  });

  it('counts calls', () => {
    const { ws, Session } = setup();
    ws.resetCallCounts();
    Session.getActiveUser().getEmail();
    Session.getScriptTimeZone();
    expect(ws.callCounts()).toEqual({ 'Session.User.getEmail': 1, 'Session.getActiveUser': 1, 'Session.getScriptTimeZone': 1 });
  });
});

describe('Logger', () => {
  it('keeps lines, formats with Java conversions, and clears', () => {
    const { ws, Logger } = setup();
    Logger.log('mulai');
    Logger.log('%s setor %d', 'Siti', 50000);
    Logger.log({ id: 'A-0001' } as any);
    expect(Logger.getLog()).toBe('mulai\nSiti setor 50000\n{"id":"A-0001"}');
    expect(loggedLines(ws.runtime)).toEqual(['mulai', 'Siti setor 50000', '{"id":"A-0001"}']);
    Logger.clear();
    expect(Logger.getLog()).toBe('');
  });

  it('survives a save and reload', () => {
    const { ws, Logger } = setup();
    Logger.log('sebelum');
    const again = createWorkspace({ state: ws.save() }).globals.Logger;
    expect(again.getLog()).toBe('sebelum');
  });

  it('has nothing but log, getLog and clear', () => {
    const { Logger } = setup();
    expect(() => (Logger as any).info('x')).toThrow('not implemented in the emulator: Logger.info');
  });
});
