import { createWorkspace } from '../../local/emulator';
import { fullScopeManifest, workspace } from './sheets-helpers';

/** 2016-03-01 00:00 in Asia/Jakarta (UTC+7). */
const MARCH_FIRST_2016 = new Date('2016-02-29T17:00:00Z');

/** Writes each string into its own cell of a fresh row and reads value, display and format back. */
function typed(locale: string, inputs: string[]) {
  const { sheet } = workspace({ locale });
  const range = sheet.getRange(1, 1, 1, inputs.length);
  range.setValues([inputs]);
  return { values: range.getValues()[0], shown: range.getDisplayValues()[0], formats: range.getNumberFormats()[0] };
}

describe("the owner's locale", () => {
  it('makes spreadsheets of that locale (en_US unless told), kept with the saved state', () => {
    expect(workspace().ss.getSpreadsheetLocale()).toBe('en_US');
    const { ws, ss } = workspace({ locale: 'id_ID', manifest: fullScopeManifest() });
    expect(ss.getSpreadsheetLocale()).toBe('id_ID');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    const again = createWorkspace({ state: ws.save(), manifest: fullScopeManifest() });
    expect(again.globals.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()).toBe('id_ID');
    expect(again.globals.SpreadsheetApp.create('Baru').getSpreadsheetLocale()).toBe('id_ID');
  });
});

describe('USER_ENTERED in an en_US spreadsheet', () => {
  it('computes "=1+2" to 3, keeping the formula', () => {
    const { sheet } = workspace();
    sheet.getRange('A1:D1').setValues([['=1+2', '=(2+3)*4/8', '=1/0', '=1+']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[3, 2.5, '#DIV/0!', '#ERROR!']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=1+2');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('3');
  });

  it('reads "Mar 1 2016", "March 1, 2016" and "3/1/2016" as the first of March', () => {
    const { values } = typed('en_US', ['Mar 1 2016', 'March 1, 2016', '3/1/2016']);
    expect(values.map((v) => (v as Date).getTime())).toEqual([MARCH_FIRST_2016.getTime(), MARCH_FIRST_2016.getTime(), MARCH_FIRST_2016.getTime()]);
  });

  it('makes "$100.15" a number shown with its currency, "50%" one half shown as "50%"', () => {
    const got = typed('en_US', ['$100.15', '50%', '12.5%', '1,500', '1.5', '-$5']);
    expect(got.values).toEqual([100.15, 0.5, 0.125, 1500, 1.5, -5]);
    expect(got.shown).toEqual(['$100.15', '50%', '12.50%', '1,500', '1.5', '-$5.00']);
  });

  it('leaves text with the other locale\'s marks as text: "1,5", "Rp100"', () => {
    expect(typed('en_US', ['1,5', 'Rp100', 'Mar 2016']).values).toEqual(['1,5', 'Rp100', 'Mar 2016']);
  });
});

describe('USER_ENTERED in an id_ID spreadsheet', () => {
  it('reads "1.500" as 1500 and "1,5" as 1.5, shown the Indonesian way', () => {
    const got = typed('id_ID', ['1.500', '1,5', '1.234.567,89', '50%', 'Rp100', 'Rp 1.500']);
    expect(got.values).toEqual([1500, 1.5, 1234567.89, 0.5, 100, 1500]);
    expect(got.shown).toEqual(['1.500', '1,5', '1.234.567,89', '50%', 'Rp100,00', 'Rp1.500,00']);
  });

  it('reads "1/3/2016" and "1 Maret 2016" day first, as the first of March', () => {
    const { values } = typed('id_ID', ['1/3/2016', '1 Maret 2016', '1 Mar 2016']);
    expect(values.map((v) => (v as Date).getTime())).toEqual([MARCH_FIRST_2016.getTime(), MARCH_FIRST_2016.getTime(), MARCH_FIRST_2016.getTime()]);
  });

  it('leaves "$100" text, and computes "=1+2" to 3', () => {
    expect(typed('id_ID', ['$100', '=1+2']).values).toEqual(['$100', 3]);
  });
});

describe('a cell formatted as plain text "@"', () => {
  it.each(['en_US', 'id_ID'])('keeps every typed string exactly in %s', (locale) => {
    const { sheet } = workspace({ locale });
    const inputs = ['=1+2', '$100.15', '50%', '1.500', '1,5', '1/3/2016', 'Mar 1 2016', 'Rp100', '0812345'];
    sheet.getRange('A:A').setNumberFormat('@');
    sheet.getRange(1, 1, inputs.length, 1).setValues(inputs.map((x) => [x]));
    expect(sheet.getRange(1, 1, inputs.length, 1).getValues().map((r) => r[0])).toEqual(inputs);
    expect(sheet.getRange(1, 1, inputs.length, 1).getNumberFormats().map((r) => r[0])).toEqual(inputs.map(() => '@'));
  });

  it('and a cell with its own number format keeps that format when "50%" is typed into it', () => {
    const { sheet } = workspace();
    sheet.getRange('A1').setNumberFormat('0.0');
    sheet.getRange('A1').setValue('50%');
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getNumberFormat(), sheet.getRange('A1').getDisplayValue()]).toEqual([0.5, '0.0', '0.5']);
  });
});
