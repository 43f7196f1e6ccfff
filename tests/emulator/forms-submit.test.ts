import { createWorkspace } from '../../local/emulator';
import { depositForm, formApp, GOOD_DEPOSIT } from './script-helpers';

// Workspaces start at 2026-01-05 02:00 UTC.
const START = Date.parse('2026-01-05T02:00:00Z');

describe('submitForm refuses what Google Forms refuses', () => {
  it('refuses an unpublished form, or one not accepting responses', () => {
    const ws = createWorkspace();
    const form = depositForm(ws);
    form.setPublished(false);
    expect(() => ws.submitForm(form.getId(), GOOD_DEPOSIT)).toThrow('Form "Setoran" is not published: a member cannot open it.');
    form.setPublished(true);
    form.setAcceptingResponses(false);
    expect(() => ws.submitForm(form.getId(), GOOD_DEPOSIT)).toThrow('Form "Setoran" is not accepting responses.');
    expect(form.getResponses()).toEqual([]);
  });

  it.each([
    [{ 'Nomor anggota': undefined }, 'Form "Setoran": "Nomor anggota" is a required question.'],
    [{ 'Nomor anggota': 'B-1' }, 'Form "Setoran": "Nomor anggota" refused "B-1": must match the pattern A-\\d{4}'],
    [{ Jumlah: '-5' }, 'Form "Setoran": "Jumlah" refused "-5": Jumlah harus lebih dari 0'],
    [{ 'Jenis simpanan': 'emas' }, 'Form "Setoran": "Jenis simpanan" has no choice "emas".'],
    [{ Keperluan: ['tabungan', 'liburan'] }, 'Form "Setoran": "Keperluan" has no choice "liburan".'],
    [{ Tanggal: '15/01/2026' }, 'Form "Setoran": "Tanggal" needs a date as YYYY-MM-DD, not "15/01/2026".'],
    [{ Kepuasan: '6' }, 'Form "Setoran": "Kepuasan" needs a whole number from 1 to 5, not "6".'],
    [{ Catatan: 'x' }, 'Form "Setoran" has no question titled "Catatan".'],
  ])('refuses %j naming the item', (change, message) => {
    const ws = createWorkspace();
    const form = depositForm(ws);
    const answers: Record<string, any> = { ...GOOD_DEPOSIT, ...change };
    for (const k of Object.keys(answers)) if (answers[k] === undefined) delete answers[k];
    expect(() => ws.submitForm(form.getId(), answers)).toThrow(message);
    expect(form.getResponses()).toHaveLength(0);
  });

  it('checks each validation rule of the builder', () => {
    const ws = createWorkspace();
    const FormApp = formApp(ws);
    const form = FormApp.create('v');
    form.setTitle('v');
    form.setPublished(true);
    const rules: Array<[string, GoogleAppsScript.Forms.TextValidation, string, string]> = [
      ['num', FormApp.createTextValidation().requireNumber().build(), '1.5', 'abc'],
      ['gte', FormApp.createTextValidation().requireNumberGreaterThanOrEqualTo(10).build(), '10', '9.99'],
      ['between', FormApp.createTextValidation().requireNumberBetween(1, 3).build(), '3', '4'],
      ['whole', FormApp.createTextValidation().requireWholeNumber().build(), '12', '12.5'],
      ['short', FormApp.createTextValidation().requireTextLengthLessThanOrEqualTo(3).build(), 'abc', 'abcd'],
      ['email', FormApp.createTextValidation().requireTextIsEmail().build(), 'siti@desa.id', 'siti@'],
    ];
    for (const [title, v] of rules) form.addTextItem().setTitle(title).setValidation(v);
    for (const [title, , good, bad] of rules) {
      expect(() => ws.submitForm(form.getId(), { [title]: good })).not.toThrow();
      expect(() => ws.submitForm(form.getId(), { [title]: bad })).toThrow(`"${title}" refused "${bad}"`);
    }
  });

  it('asks for the email when the form collects emails', () => {
    const ws = createWorkspace();
    const form = depositForm(ws).setCollectEmail(true);
    expect(() => ws.submitForm(form.getId(), GOOD_DEPOSIT)).toThrow('Form "Setoran" collects email addresses: the member must give hers.');
    ws.submitForm(form.getId(), GOOD_DEPOSIT, { email: 'siti@desa.id' });
    expect(form.getResponses()[0].getRespondentEmail()).toBe('siti@desa.id');
  });
});

describe('submitForm records the response', () => {
  it('keeps the answers with FormApp\'s types, oldest response first', () => {
    const ws = createWorkspace();
    const form = depositForm(ws);
    ws.submitForm(form.getId(), GOOD_DEPOSIT);
    ws.advanceTime(60_000);
    ws.submitForm(form.getId(), { 'Nomor anggota': 'A-0002', 'Jenis simpanan': 'pokok', Jumlah: '100000' });
    const [first, second] = form.getResponses();
    expect(typeof first.getId()).toBe('string');
    expect(first.getTimestamp()).toEqual(new Date(START));
    expect(second.getTimestamp()).toEqual(new Date(START + 60_000));
    expect(first.getRespondentEmail()).toBe('');
    expect(first.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()])).toEqual([
      ['Nomor anggota', 'A-0001'], ['Jenis simpanan', 'wajib'], ['Jumlah', '50000'],
      ['Tanggal', '2026-01-15'], ['Keperluan', ['tabungan', 'pendidikan']], ['Kepuasan', '4'],
    ]);
    expect(second.getItemResponses()).toHaveLength(3);
    const dateItem = form.getItems()[3];
    expect(second.getResponseForItem(dateItem)).toBeNull();
    expect(first.getResponseForItem(dateItem)!.getResponse()).toBe('2026-01-15');
    expect(form.getResponse(second.getId()).getItemResponses()[0].getResponse()).toBe('A-0002');
    expect(first.getEditResponseUrl()).toContain(first.getId());
  });

  it('empties the responses with deleteAllResponses', () => {
    const ws = createWorkspace();
    const form = depositForm(ws);
    ws.submitForm(form.getId(), GOOD_DEPOSIT);
    form.deleteAllResponses();
    expect(form.getResponses()).toEqual([]);
  });

  it('counts no script call for the member\'s submission itself', () => {
    const ws = createWorkspace();
    const formId = depositForm(ws).getId();
    ws.resetCallCounts();
    ws.submitForm(formId, GOOD_DEPOSIT);
    expect(ws.callCounts()).toEqual({});
  });

  it('keeps responses across save() and createWorkspace({ state })', () => {
    const ws = createWorkspace();
    const form = depositForm(ws);
    ws.submitForm(form.getId(), GOOD_DEPOSIT);
    const again = createWorkspace({ state: ws.save() });
    const reopened = again.globals.FormApp.openById(form.getId());
    expect(reopened.getResponses().map((r) => r.getId())).toEqual(form.getResponses().map((r) => r.getId()));
    again.submitForm(form.getId(), GOOD_DEPOSIT);
    expect(reopened.getResponses()).toHaveLength(2);
  });
});
