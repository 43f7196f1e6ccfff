import { createWorkspace, Workspace } from '../../local/emulator';

type Props = GoogleAppsScript.Properties.PropertiesService;
const QUOTA = 'You have exceeded the property storage quota. Please remove some properties and try again.';

function bound(): { ws: Workspace; PropertiesService: Props } {
  const ws = createWorkspace();
  ws.runtime.state.activeSpreadsheetId = 'ledger-sheet';
  return { ws, PropertiesService: ws.globals.PropertiesService };
}

describe('PropertiesService', () => {
  describe('stores', () => {
    it('getDocumentProperties is null when no document is open', () => {
      const { ws, PropertiesService } = bound();
      ws.runtime.state.activeSpreadsheetId = null;
      expect(PropertiesService.getDocumentProperties()).toBeNull();
    });

    it('document, script and user stores are separate', () => {
      const { PropertiesService } = bound();
      PropertiesService.getDocumentProperties().setProperty('schema', '3');
      PropertiesService.getScriptProperties().setProperty('schema', 'script');
      expect(PropertiesService.getDocumentProperties().getProperty('schema')).toBe('3');
      expect(PropertiesService.getScriptProperties().getProperty('schema')).toBe('script');
      expect(PropertiesService.getUserProperties().getProperty('schema')).toBeNull();
    });

    it('document properties belong to their spreadsheet', () => {
      const { ws, PropertiesService } = bound();
      PropertiesService.getDocumentProperties().setProperty('cursor', '120');
      ws.runtime.state.activeSpreadsheetId = 'other-cooperative';
      expect(PropertiesService.getDocumentProperties().getProperty('cursor')).toBeNull();
    });

    it('user properties belong to the active user', () => {
      const { ws, PropertiesService } = bound();
      PropertiesService.getUserProperties().setProperty('lang', 'en');
      ws.setUser('ketua@koperasi.example');
      expect(PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
      ws.setUser('bendahara@koperasi.example');
      expect(PropertiesService.getUserProperties().getProperty('lang')).toBe('en');
    });
  });

  describe('Properties', () => {
    it('getProperty of a missing key is null', () => {
      expect(bound().PropertiesService.getScriptProperties().getProperty('nope')).toBeNull();
    });

    it('stores values as strings', () => {
      const p = bound().PropertiesService.getScriptProperties();
      p.setProperty('n', 5 as unknown as string);
      p.setProperty('flag', true as unknown as string);
      expect(p.getProperty('n')).toBe('5');
      expect(p.getProperty('flag')).toBe('true');
    });

    it('setProperty and deleteProperty chain', () => {
      const p = bound().PropertiesService.getScriptProperties();
      p.setProperty('a', '1').setProperty('b', '2').deleteProperty('a').setProperty('c', '3');
      expect(p.getProperties()).toEqual({ b: '2', c: '3' });
    });

    it('setProperties merges, or replaces everything when deleteAllOthers is true', () => {
      const p = bound().PropertiesService.getScriptProperties();
      p.setProperty('keep', 'k');
      p.setProperties({ x: 1, y: 'two' } as unknown as Record<string, string>);
      expect(p.getProperties()).toEqual({ keep: 'k', x: '1', y: 'two' });
      p.setProperties({ only: 'o' }, true);
      expect(p.getProperties()).toEqual({ only: 'o' });
    });

    it('getKeys lists the keys; deleteAllProperties empties the store and chains', () => {
      const p = bound().PropertiesService.getScriptProperties();
      p.setProperties({ a: '1', b: '2' });
      expect(p.getKeys().sort()).toEqual(['a', 'b']);
      expect(p.deleteAllProperties().getKeys()).toEqual([]);
    });

    it('getProperties returns a copy: changing it does not change the store', () => {
      const p = bound().PropertiesService.getScriptProperties();
      p.setProperty('a', '1');
      const copy = p.getProperties();
      copy.a = 'changed';
      expect(p.getProperty('a')).toBe('1');
    });
  });

  describe('limits', () => {
    it('accepts a value of exactly 9 KB and refuses one byte more with Google\'s quota text', () => {
      const p = bound().PropertiesService.getScriptProperties();
      p.setProperty('ok', 'x'.repeat(9216));
      expect(p.getProperty('ok')).toHaveLength(9216);
      expect(() => p.setProperty('big', 'x'.repeat(9217))).toThrow(QUOTA);
      expect(p.getProperty('big')).toBeNull();
    });

    it('counts bytes, not characters: 4,609 two-byte characters are over 9 KB', () => {
      const p = bound().PropertiesService.getScriptProperties();
      expect(() => p.setProperty('rp', 'é'.repeat(4609))).toThrow(QUOTA);
    });

    it('refuses a write that would take the store over 500 KB, keeping what was there', () => {
      const p = bound().PropertiesService.getDocumentProperties();
      // 500 KB is 512,000 bytes. Each entry is a 3-byte key and a 9,000-byte value (9,003 bytes):
      // 56 entries are 504,168 bytes and fit; a 57th makes 513,171 and does not.
      for (let i = 0; i < 56; i++) p.setProperty(`k${String(i).padStart(2, '0')}`, 'x'.repeat(9000));
      expect(() => p.setProperty('k56', 'x'.repeat(9000))).toThrow(QUOTA);
      expect(p.getKeys()).toHaveLength(56);
      expect(() => p.setProperties({ a: 'x'.repeat(9000), b: 'x'.repeat(9000) })).toThrow(QUOTA);
      expect(p.getProperty('a')).toBeNull();
    });

    it('the quota error is an Exception', () => {
      const p = bound().PropertiesService.getScriptProperties();
      let caught: unknown;
      try {
        p.setProperty('big', 'x'.repeat(10000));
      } catch (e) {
        caught = e;
      }
      expect(String(caught)).toBe(`Exception: ${QUOTA}`);
    });
  });

  describe('saved state', () => {
    it('a workspace created from save() has the same properties', () => {
      const { ws, PropertiesService } = bound();
      PropertiesService.getDocumentProperties().setProperty('schemaVersion', '2');
      PropertiesService.getScriptProperties().setProperty('s', 'script');
      PropertiesService.getUserProperties().setProperty('u', 'mine');
      const again = createWorkspace({ state: ws.save() });
      const props = again.globals.PropertiesService;
      expect(props.getDocumentProperties().getProperty('schemaVersion')).toBe('2');
      expect(props.getScriptProperties().getProperty('s')).toBe('script');
      expect(props.getUserProperties().getProperty('u')).toBe('mine');
    });
  });

  describe('call counts', () => {
    it('counts each call by class and method', () => {
      const { ws, PropertiesService } = bound();
      ws.resetCallCounts();
      const p = PropertiesService.getDocumentProperties();
      p.setProperty('a', '1').setProperty('b', '2');
      p.getProperties();
      expect(ws.callCounts()).toEqual({
        'PropertiesService.Properties.getProperties': 1,
        'PropertiesService.Properties.setProperty': 2,
        'PropertiesService.getDocumentProperties': 1,
      });
    });
  });
});
