import { createWorkspace, Workspace } from '../../local/emulator';

type LockSvc = GoogleAppsScript.Lock.LockService;
const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

function bound(): { ws: Workspace; LockService: LockSvc } {
  const ws = createWorkspace();
  ws.runtime.state.activeSpreadsheetId = 'ledger-sheet';
  return { ws, LockService: ws.globals.LockService };
}

describe('LockService', () => {
  describe('getDocumentLock', () => {
    it('returns a lock when the add-on is bound to a spreadsheet', () => {
      const { LockService } = bound();
      const lock = LockService.getDocumentLock();
      expect(lock).not.toBeNull();
      expect(lock.tryLock(1000)).toBe(true);
    });

    it('returns null when no document is open', () => {
      const { ws, LockService } = bound();
      ws.runtime.state.activeSpreadsheetId = null;
      expect(LockService.getDocumentLock()).toBeNull();
    });
  });

  describe('Lock', () => {
    it('tryLock takes a free lock and hasLock reports it until releaseLock', () => {
      const lock = bound().LockService.getScriptLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(500)).toBe(true);
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });

    it('is re-entrant for the execution that holds it, through another Lock object too', () => {
      const { LockService } = bound();
      LockService.getDocumentLock().waitLock(1000);
      const again = LockService.getDocumentLock();
      expect(again.hasLock()).toBe(true);
      expect(again.tryLock(0)).toBe(true);
    });

    it('refuses a negative timeout: tryLock(-100) is false, waitLock(-100) throws', () => {
      const lock = bound().LockService.getUserLock();
      expect(lock.tryLock(-100)).toBe(false);
      expect(() => lock.waitLock(-100)).toThrow(TIMEOUT);
      expect(lock.hasLock()).toBe(false);
    });

    it('keeps document, script and user locks apart', () => {
      const { ws, LockService } = bound();
      LockService.getDocumentLock().waitLock(10);
      expect(LockService.getScriptLock().hasLock()).toBe(false);
      expect(LockService.getUserLock().hasLock()).toBe(false);
      ws.faults.holdLock('script');
      expect(LockService.getDocumentLock().tryLock(10)).toBe(true);
    });

    it('a user lock belongs to the active user', () => {
      const { ws, LockService } = bound();
      LockService.getUserLock().waitLock(10);
      ws.setUser('ketua@koperasi.example');
      expect(LockService.getUserLock().hasLock()).toBe(false);
    });
  });

  describe('contention with another execution', () => {
    it('while another execution holds the document lock, tryLock is false after waiting its timeout', () => {
      const { ws, LockService } = bound();
      ws.faults.holdLock('document');
      const start = ws.now().getTime();
      expect(LockService.getDocumentLock().tryLock(3000)).toBe(false);
      expect(ws.now().getTime() - start).toBe(3000);
    });

    it('a waitLock(10000) that fails throws Google\'s text and moved the clock 10 s', () => {
      const { ws, LockService } = bound();
      ws.faults.holdLock('document');
      const start = ws.now().getTime();
      const lock = LockService.getDocumentLock();
      expect(() => lock.waitLock(10000)).toThrow(TIMEOUT);
      expect(ws.now().getTime() - start).toBe(10000);
      expect(lock.hasLock()).toBe(false);
    });

    it('the error is an Exception, as Apps Script names service errors', () => {
      const { ws, LockService } = bound();
      ws.faults.holdLock('script');
      let caught: unknown;
      try {
        LockService.getScriptLock().waitLock(1);
      } catch (e) {
        caught = e;
      }
      expect((caught as Error).name).toBe('Exception');
      expect(String(caught)).toBe(`Exception: ${TIMEOUT}`);
    });

    it('once the other execution releases, the lock can be taken', () => {
      const { ws, LockService } = bound();
      ws.faults.holdLock('document');
      expect(LockService.getDocumentLock().tryLock(100)).toBe(false);
      ws.faults.releaseLock('document');
      expect(LockService.getDocumentLock().tryLock(100)).toBe(true);
    });
  });

  describe('execution end', () => {
    it('releases the locks an invoked function held, so the next execution can lock', () => {
      const { ws, LockService } = bound();
      const seen: boolean[] = [];
      ws.defineFunctions({
        post: () => {
          const lock = LockService.getDocumentLock();
          seen.push(lock.hasLock());
          lock.waitLock(30000); // forgets to release, as a crashing handler would
        },
      });
      ws.invoke('post');
      ws.invoke('post');
      expect(seen).toEqual([false, false]);
      expect(LockService.getDocumentLock().hasLock()).toBe(false);
    });

    it('releases locks even when the execution throws', () => {
      const { ws, LockService } = bound();
      ws.defineFunctions({
        crash: () => {
          LockService.getScriptLock().waitLock(10);
          throw new Error('boom');
        },
      });
      expect(() => ws.invoke('crash')).toThrow('boom');
      expect(LockService.getScriptLock().hasLock()).toBe(false);
    });

    it('lock state is not saved: a workspace loaded from save() holds no lock', () => {
      const { ws, LockService } = bound();
      LockService.getDocumentLock().waitLock(10);
      const state = ws.save();
      expect(Object.keys(JSON.parse(state).services)).not.toContain('lock');
      const again = createWorkspace({ state });
      const lock = again.globals.LockService.getDocumentLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(10)).toBe(true);
    });
  });

  describe('call counts', () => {
    it('counts each service and lock call by class and method', () => {
      const { ws, LockService } = bound();
      ws.resetCallCounts();
      const lock = LockService.getDocumentLock();
      lock.tryLock(10);
      lock.hasLock();
      lock.releaseLock();
      expect(ws.callCounts()).toEqual({
        'LockService.Lock.hasLock': 1,
        'LockService.Lock.releaseLock': 1,
        'LockService.Lock.tryLock': 1,
        'LockService.getDocumentLock': 1,
      });
    });

    it('a member the emulator lacks throws "not implemented"', () => {
      const lock = bound().LockService.getScriptLock() as unknown as Record<string, () => void>;
      expect(() => lock.isLocked()).toThrow('not implemented in the emulator: LockService.Lock.isLocked');
    });
  });
});
