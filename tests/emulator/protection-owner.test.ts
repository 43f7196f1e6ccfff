import { createWorkspace } from '../../local/emulator';

const KETUA = 'ketua@koperasi.example'; // owns the ledger spreadsheet
const BENDAHARA = 'bendahara@koperasi.example';
const SEKRETARIS = 'sekretaris@gmail.com';
const PROTECTED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** The ketua's ledger; the bendahara, an editor, locks its settings tab down to no one else. */
function lockedDownByBendahara() {
  const ws = createWorkspace({ user: KETUA });
  const sheet = ws.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  ws.setUser(BENDAHARA);
  const p = sheet.protect().setDescription('Pengaturan');
  p.addEditor(SEKRETARIS);
  p.removeEditors([KETUA, BENDAHARA, SEKRETARIS]);
  p.setDomainEdit(false);
  return { ws, sheet, p };
}

describe('protection never binds the spreadsheet owner', () => {
  it('lets the owner write a tab an editor protected against everyone', () => {
    const { ws, sheet, p } = lockedDownByBendahara();
    ws.setUser(KETUA);
    expect(p.canEdit()).toBe(true);
    sheet.getRange('B2').setValue('Bunga 1,5%');
    expect(sheet.getRange('B2').getValue()).toBe('Bunga 1,5%');
  });

  it('keeps the owner off the editors list and the current user on it: neither can be removed', () => {
    const { ws, p } = lockedDownByBendahara();
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([BENDAHARA]);
    ws.setUser(SEKRETARIS);
    expect(p.canEdit()).toBe(false);
  });

  it('still blocks a manager who is neither the owner nor an editor', () => {
    const { ws, sheet } = lockedDownByBendahara();
    ws.setUser(SEKRETARIS);
    expect(() => sheet.getRange('B2').setValue('Bunga 3%')).toThrow(PROTECTED);
    expect(sheet.getRange('B2').getValue()).toBe('');
  });
});
