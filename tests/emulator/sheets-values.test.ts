import { errorOf, workspace } from './sheets-helpers';

/** 2026-05-01 00:00 in Asia/Jakarta (UTC+7). */
const MAY_FIRST_JAKARTA = new Date('2026-04-30T17:00:00Z');

describe('Range.setValue(s): as if a person typed it (USER_ENTERED)', () => {
  it.each([
    ['0812345', 812345],
    ['+6281234', 6281234],
    ['1e3', 1000],
    ['-12.5', -12.5],
    ['1,234', 1234],
    ['5%', 0.05],
    [' 42 ', 42],
    ['TRUE', true],
    ['false', false],
    ['Siti Aminah', 'Siti Aminah'],
    ['12 Jalan Merdeka', '12 Jalan Merdeka'],
  ])('turns %j into %j', (typed, stored) => {
    const { sheet } = workspace();
    sheet.getRange('A1').setValue(typed);
    expect(sheet.getRange('A1').getValue()).toEqual(stored);
  });

  it('keeps only 15 significant digits of a typed 16-digit NIK', () => {
    const { sheet } = workspace();
    sheet.getRange('A1').setValue('3201234567890123');
    expect(sheet.getRange('A1').getValue()).toBe(3201234567890120);
  });

  it('reads ISO and en_US M/d/yyyy strings as dates at midnight in the spreadsheet time zone', () => {
    const { sheet } = workspace();
    sheet.getRange('A1:B1').setValues([['2026-05-01', '5/1/2026']]);
    const [[iso, us]] = sheet.getRange('A1:B1').getValues() as Date[][];
    expect(iso).toBeInstanceOf(Date);
    expect(iso.getTime()).toBe(MAY_FIRST_JAKARTA.getTime());
    expect(us.getTime()).toBe(MAY_FIRST_JAKARTA.getTime());
  });

  it('reads slashed dates day first in an id_ID spreadsheet, and id_ID number separators', () => {
    const { ss, sheet } = workspace();
    ss.setSpreadsheetLocale('id_ID');
    sheet.getRange('A1:B1').setValues([['1/5/2026', '1.234,5']]);
    const [[date, n]] = sheet.getRange('A1:B1').getValues();
    expect((date as Date).getTime()).toBe(MAY_FIRST_JAKARTA.getTime());
    expect(n).toBe(1234.5);
  });

  it('keeps text after a leading apostrophe, without the apostrophe', () => {
    const { sheet } = workspace();
    sheet.getRange('A1').setValue("'0812345");
    expect(sheet.getRange('A1').getValue()).toBe('0812345');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('makes "=..." a formula: getFormula gives it back, getValue its arithmetic or, for what the emulator does not compute, #ERROR!', () => {
    const { sheet } = workspace();
    sheet.getRange('A1:B1').setValues([['=IMPORTRANGE("x","A1")', '=5']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=IMPORTRANGE("x","A1")', '=5']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#ERROR!', 5]]);
    expect(sheet.getRange('C1').getFormula()).toBe('');
  });

  it('keeps any string exactly in a cell formatted as plain text "@"', () => {
    const { sheet } = workspace();
    sheet.getRange('A:A').setNumberFormat('@');
    sheet.getRange('A1:A4').setValues([['0812345'], ['=IMPORTRANGE("x","A1")'], ['3201234567890123'], ['TRUE']]);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['0812345'], ['=IMPORTRANGE("x","A1")'], ['3201234567890123'], ['TRUE']]);
    expect(sheet.getRange('A2').getFormula()).toBe('');
  });

  it('stores JS numbers, booleans and Dates as such; null and undefined leave the cell blank', () => {
    const { sheet } = workspace();
    sheet.getRange('A1:E1').setValues([[Math.PI, false, MAY_FIRST_JAKARTA, null, undefined]]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[Math.PI, false, MAY_FIRST_JAKARTA, '', '']]);
    expect(sheet.getLastColumn()).toBe(3);
  });

  it('reads a Date back for the same instant, and keeps the wall clock when the zone changes', () => {
    const { ss, sheet } = workspace();
    const payday = new Date('2026-05-25T03:30:00Z'); // 10:30 in Jakarta
    sheet.getRange('A1').setValue(payday);
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(payday.getTime());
    ss.setSpreadsheetTimeZone('UTC');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-05-25T10:30:00.000Z');
  });

  it('sets every cell of the range with setValue', () => {
    const { sheet } = workspace();
    sheet.getRange('A1:B2').setValue('0');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([[0, 0], [0, 0]]);
  });

  it('returns the full grid with "" for blanks, as a copy the script may change', () => {
    const { sheet } = workspace();
    sheet.getRange('B2').setValue('x');
    const grid = sheet.getRange('A1:C2').getValues();
    expect(grid).toEqual([['', '', ''], ['', 'x', '']]);
    grid[1][1] = 'changed';
    expect(sheet.getRange('B2').getValue()).toBe('x');
  });

  it('throws Google\'s texts for a grid of the wrong shape', () => {
    const { sheet } = workspace();
    const r = sheet.getRange('A1:B2');
    expect(errorOf(() => r.setValues([[1, 2]]))).toEqual({ name: 'Exception', message: 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.' });
    expect(errorOf(() => r.setValues([[1, 2], [3]])).message).toBe('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
    expect(errorOf(() => (r.setValues as (v: unknown) => unknown)('x')).message).toBe("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
  });

  it('refuses more than 50000 characters in one cell', () => {
    const { sheet } = workspace();
    expect(errorOf(() => sheet.getRange('A1').setValue('x'.repeat(50001))).message).toBe('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(() => sheet.getRange('A1:A2').setValues([['ok'], ['x'.repeat(50001)]])).toThrow('maximum of 50000');
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  it('shifts relative references when one formula is set on many cells', () => {
    const { sheet } = workspace();
    sheet.getRange('C1:D2').setFormula('=A1');
    expect(sheet.getRange('C1:D2').getFormulas()).toEqual([['=A1', '=B1'], ['=A2', '=B2']]);
    sheet.getRange('E1:E2').setFormulas([['=SUM($A$1:A1)'], ['']]);
    expect(sheet.getRange('E1:E2').getFormulas()).toEqual([['=SUM($A$1:A1)'], ['']]);
  });
});
