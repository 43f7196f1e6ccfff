import { createWorkspace } from '../../local/emulator';
import { formApp } from './script-helpers';

const MISSING = 'No item with the given ID could be found, or you do not have permission to access it.';

describe('FormApp', () => {
  it('creates a form named in Drive whose own title stays empty until set', () => {
    const ws = createWorkspace();
    const form = formApp(ws).create('Setoran Simpanan');
    expect(ws.runtime.state.files[form.getId()]).toMatchObject({ name: 'Setoran Simpanan', mimeType: 'application/vnd.google-apps.form' });
    expect(form.getTitle()).toBe('');
    form.setTitle('Setoran Simpanan').setDescription('Isi setiap kali menabung');
    expect([form.getTitle(), form.getDescription(), String(form)]).toEqual(['Setoran Simpanan', 'Isi setiap kali menabung', 'Form']);
  });

  it('starts unpublished but accepting, and keeps the settings it is given', () => {
    const form = formApp(createWorkspace()).create('f');
    expect([form.isPublished(), form.isAcceptingResponses(), form.collectsEmail()]).toEqual([false, true, false]);
    form.setPublished(true);
    form.setAcceptingResponses(false).setCollectEmail(true).setConfirmationMessage('Terima kasih');
    expect([form.isPublished(), form.isAcceptingResponses(), form.collectsEmail()]).toEqual([true, false, true]);
  });

  it('opens a form by id and by its edit or published URL', () => {
    const FormApp = formApp(createWorkspace());
    const id = FormApp.create('f').getId();
    const form = FormApp.openById(id);
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(id);
    expect(FormApp.openByUrl(form.getPublishedUrl()).getId()).toBe(id);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/);
  });

  it('refuses a missing id and a bad URL with Google\'s texts, and has no active form', () => {
    const FormApp = formApp(createWorkspace());
    expect(() => FormApp.openById('nope')).toThrow(MISSING);
    expect(() => FormApp.openByUrl('https://example.com/x')).toThrow('Invalid argument: url');
    expect(FormApp.getActiveForm()).toBeNull();
    expect(FormApp.DestinationType.SPREADSHEET).toBe('SPREADSHEET');
    expect(FormApp.ItemType.CHECKBOX).toBe('CHECKBOX');
  });
});

describe('Form items', () => {
  it('adds items with numeric ids and 0-based indexes, and reads them back by id', () => {
    const form = formApp(createWorkspace()).create('f');
    const name = form.addTextItem().setTitle('Nomor anggota').setRequired(true);
    const kind = form.addMultipleChoiceItem().setTitle('Jenis simpanan');
    expect(typeof name.getId()).toBe('number');
    expect([name.getIndex(), kind.getIndex()]).toEqual([0, 1]);
    expect([String(name), String(kind), name.getType()]).toEqual(['TextItem', 'MultipleChoiceItem', 'TEXT']);
    expect(name.isRequired()).toBe(true);
    expect(form.getItemById(kind.getId())!.getTitle()).toBe('Jenis simpanan');
    expect(form.getItemById(123)).toBeNull();
    expect(String(form.getItems()[0])).toBe('Item');
  });

  it('gives new choice items one empty choice, and replaces choices', () => {
    const form = formApp(createWorkspace()).create('f');
    const list = form.addListItem();
    expect(list.getChoices().map((c) => c.getValue())).toEqual(['']);
    list.setChoiceValues(['pokok', 'wajib']);
    expect(list.getChoices().map((c) => c.getValue())).toEqual(['pokok', 'wajib']);
    const box = form.addCheckboxItem();
    box.setChoices([box.createChoice('a'), box.createChoice('b')]);
    expect(box.getChoices().map((c) => c.getValue())).toEqual(['a', 'b']);
  });

  it('has Google\'s defaults for scale and section header items', () => {
    const form = formApp(createWorkspace()).create('f');
    const scale = form.addScaleItem();
    expect([scale.getLowerBound(), scale.getUpperBound()]).toEqual([1, 5]);
    expect(form.addSectionHeaderItem().getTitle()).toBe('');
    expect(String(form.addDateItem())).toBe('DateItem');
    expect(String(form.addParagraphTextItem())).toBe('ParagraphTextItem');
  });

  it('casts a generic item to its own type only', () => {
    const form = formApp(createWorkspace()).create('f');
    form.addListItem().setTitle('Jenis');
    const item = form.getItems()[0];
    expect(item.asListItem().getTitle()).toBe('Jenis');
    expect(() => item.asTextItem()).toThrow('Invalid conversion for item type: LIST.');
  });

  it('moves and deletes items, re-numbering the indexes', () => {
    const form = formApp(createWorkspace()).create('f');
    const [a, b, c] = ['a', 'b', 'c'].map((t) => form.addTextItem().setTitle(t));
    form.moveItem(c as unknown as GoogleAppsScript.Forms.Item, 0);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['c', 'a', 'b']);
    form.deleteItem(a as unknown as GoogleAppsScript.Forms.Item);
    form.deleteItem(0);
    expect(form.getItems().map((i) => [i.getTitle(), i.getIndex()])).toEqual([['b', 0]]);
    expect(b.getIndex()).toBe(0);
    expect(() => form.moveItem(0, 5)).toThrow('The starting position 5 is out of bounds.');
  });

  it('sets a text validation built by FormApp.createTextValidation()', () => {
    const FormApp = formApp(createWorkspace());
    const form = FormApp.create('f');
    const v = FormApp.createTextValidation().setHelpText('Jumlah harus lebih dari 0').requireNumberGreaterThan(0).build();
    expect(String(v)).toBe('TextValidation');
    expect(String(form.addTextItem().setValidation(v))).toBe('TextItem');
    expect(() => form.addTextItem().setValidation('x' as never)).toThrow("The parameters (String) don't match the method signature for FormApp.TextItem.setValidation.");
  });
});

describe('FormApp bookkeeping', () => {
  it('counts each call by class and method', () => {
    const ws = createWorkspace();
    const form = formApp(ws).create('f');
    form.addTextItem().setTitle('t');
    form.getItems();
    expect(ws.callCounts()).toEqual({
      'FormApp.create': 1,
      'FormApp.Form.addTextItem': 1,
      'FormApp.TextItem.setTitle': 1,
      'FormApp.Form.getItems': 1,
    });
  });

  it('keeps forms and items across save() and createWorkspace({ state })', () => {
    const ws = createWorkspace();
    const form = formApp(ws).create('f').setTitle('Pinjaman');
    form.addListItem().setTitle('Tenor').setChoiceValues(['6', '12']);
    const again = formApp(createWorkspace({ state: ws.save() })).openById(form.getId());
    expect(again.getTitle()).toBe('Pinjaman');
    expect(again.getItems()[0].asListItem().getChoices().map((c) => c.getValue())).toEqual(['6', '12']);
  });
});
