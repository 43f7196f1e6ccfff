import { createWorkspace, Workspace } from '../../local/emulator';
import { evictCache } from '../../local/emulator/properties';

type CacheSvc = GoogleAppsScript.Cache.CacheService;

function bound(): { ws: Workspace; CacheService: CacheSvc } {
  const ws = createWorkspace();
  ws.runtime.state.activeSpreadsheetId = 'ledger-sheet';
  return { ws, CacheService: ws.globals.CacheService };
}

describe('CacheService', () => {
  describe('caches', () => {
    it('getDocumentCache is null when no document is open', () => {
      const { ws, CacheService } = bound();
      ws.runtime.state.activeSpreadsheetId = null;
      expect(CacheService.getDocumentCache()).toBeNull();
    });

    it('document, script and user caches are separate; the user cache is per user', () => {
      const { ws, CacheService } = bound();
      CacheService.getDocumentCache()!.put('k', 'doc');
      CacheService.getScriptCache().put('k', 'script');
      CacheService.getUserCache().put('k', 'bendahara');
      expect(CacheService.getDocumentCache()!.get('k')).toBe('doc');
      expect(CacheService.getScriptCache().get('k')).toBe('script');
      ws.setUser('ketua@koperasi.example');
      expect(CacheService.getUserCache().get('k')).toBeNull();
    });
  });

  describe('Cache', () => {
    it('get of a missing key is null; put then get returns the value as a string', () => {
      const cache = bound().CacheService.getScriptCache();
      expect(cache.get('members')).toBeNull();
      cache.put('count', 42 as unknown as string);
      expect(cache.get('count')).toBe('42');
    });

    it('an entry lives 600 s by default', () => {
      const { ws, CacheService } = bound();
      const cache = CacheService.getScriptCache();
      cache.put('k', 'v');
      ws.advanceTime(599_000);
      expect(cache.get('k')).toBe('v');
      ws.advanceTime(1_000);
      expect(cache.get('k')).toBeNull();
    });

    it('a 2 s expiry works', () => {
      const { ws, CacheService } = bound();
      const cache = CacheService.getScriptCache();
      cache.put('k', 'v', 2);
      ws.advanceTime(1_999);
      expect(cache.get('k')).toBe('v');
      ws.advanceTime(1);
      expect(cache.get('k')).toBeNull();
    });

    it('an expiry over 6 hours is clamped to 21,600 s without error', () => {
      const { ws, CacheService } = bound();
      const cache = CacheService.getScriptCache();
      cache.put('k', 'v', 86_400);
      ws.advanceTime(21_599_000);
      expect(cache.get('k')).toBe('v');
      ws.advanceTime(1_000);
      expect(cache.get('k')).toBeNull();
    });

    it('putAll and getAll work on several keys; getAll leaves out the missing ones', () => {
      const cache = bound().CacheService.getUserCache();
      cache.putAll({ a: '1', b: '2' });
      expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    });

    it('putAll takes one expiry for all its entries', () => {
      const { ws, CacheService } = bound();
      const cache = CacheService.getUserCache();
      cache.putAll({ a: '1', b: '2' }, 10);
      ws.advanceTime(10_000);
      expect(cache.getAll(['a', 'b'])).toEqual({});
    });

    it('remove and removeAll delete entries', () => {
      const cache = bound().CacheService.getScriptCache();
      cache.putAll({ a: '1', b: '2', c: '3' });
      cache.remove('a');
      cache.removeAll(['b', 'zzz']);
      expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
    });
  });

  describe('limits (texts unverified against a live deployment)', () => {
    it('a key of 250 characters is fine; 251 throws "Argument too large: key"', () => {
      const cache = bound().CacheService.getScriptCache();
      cache.put('k'.repeat(250), 'v');
      expect(cache.get('k'.repeat(250))).toBe('v');
      expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    });

    it('a value of 100 KB is fine; one byte more throws "Argument too large: value"', () => {
      const cache = bound().CacheService.getScriptCache();
      cache.put('ok', 'x'.repeat(102_400));
      expect(() => cache.put('big', 'x'.repeat(102_401))).toThrow('Argument too large: value');
      expect(cache.get('big')).toBeNull();
    });

    it('putAll with one value too large stores none of the batch', () => {
      const cache = bound().CacheService.getScriptCache();
      expect(() => cache.putAll({ small: 's', big: 'x'.repeat(102_401) })).toThrow('Argument too large: value');
      expect(cache.get('small')).toBeNull();
    });
  });

  describe('eviction', () => {
    it('evictCache makes every read miss, as Google may drop entries at any time', () => {
      const { ws, CacheService } = bound();
      CacheService.getDocumentCache()!.put('a', '1');
      CacheService.getScriptCache().put('b', '2');
      CacheService.getUserCache().put('c', '3');
      evictCache(ws.runtime);
      expect(CacheService.getDocumentCache()!.get('a')).toBeNull();
      expect(CacheService.getScriptCache().get('b')).toBeNull();
      expect(CacheService.getUserCache().get('c')).toBeNull();
    });
  });

  describe('saved state and counts', () => {
    it('a reloaded workspace keeps unexpired entries and their expiry', () => {
      const { ws, CacheService } = bound();
      CacheService.getScriptCache().put('k', 'v', 60);
      const again = createWorkspace({ state: ws.save() });
      const cache = again.globals.CacheService.getScriptCache();
      expect(cache.get('k')).toBe('v');
      again.advanceTime(60_000);
      expect(cache.get('k')).toBeNull();
    });

    it('counts each call by class and method', () => {
      const { ws, CacheService } = bound();
      ws.resetCallCounts();
      const cache = CacheService.getScriptCache();
      cache.put('a', '1');
      cache.get('a');
      cache.get('b');
      expect(ws.callCounts()).toEqual({
        'CacheService.Cache.get': 2,
        'CacheService.Cache.put': 1,
        'CacheService.getScriptCache': 1,
      });
    });
  });
});
