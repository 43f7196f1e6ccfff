import { errorOf, workspace } from './sheets-helpers';

/** The display of one value under one number format in a locale. */
function shown(value: unknown, format: string | null, locale = 'en_US'): string {
  const { ss, sheet } = workspace();
  ss.setSpreadsheetLocale(locale);
  const cell = sheet.getRange('A1');
  if (format !== null) cell.setNumberFormat(format);
  cell.setValue(value);
  return cell.getDisplayValue();
}

/** 2026-05-01 14:05:09 in Asia/Jakarta. */
const MAY_FIRST_AFTERNOON = new Date('2026-05-01T07:05:09Z');
const MAY_FIRST = new Date('2026-04-30T17:00:00Z');

describe('Range number formats', () => {
  it('defaults to "0.###############", which "general" also reads back as', () => {
    const { sheet } = workspace();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    sheet.getRange('A1').setNumberFormat('0.00');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.00');
    sheet.getRange('A1').setNumberFormat('general');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });

  it('refuses a null format with the signature error', () => {
    const { sheet } = workspace();
    expect(errorOf(() => sheet.getRange('A1').setNumberFormat(null as unknown as string)).message).toBe("The parameters (null) don't match the method signature for SpreadsheetApp.Range.setNumberFormat.");
  });

  it('sets and reads a grid of formats', () => {
    const { sheet } = workspace();
    sheet.getRange('A1:B2').setNumberFormats([['@', '#,##0'], ['@', 'yyyy-mm-dd']]);
    expect(sheet.getRange('A1:B2').getNumberFormats()).toEqual([['@', '#,##0'], ['@', 'yyyy-mm-dd']]);
  });

  it('reads a number in a date-formatted cell back as a Date', () => {
    const { sheet } = workspace();
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd').setValue(46143); // serial of 2026-05-01
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(MAY_FIRST.getTime());
  });
});

describe('Range.getDisplayValue(s)', () => {
  it.each([
    [1234.5, null, 'en_US', '1234.5'],
    [1234.5, null, 'id_ID', '1234,5'],
    [1234.56, '0', 'en_US', '1235'],
    [1234.5, '0.00', 'en_US', '1234.50'],
    [1234.5, '0.00', 'id_ID', '1234,50'],
    [1234567, '#,##0', 'en_US', '1,234,567'],
    [1234567, '#,##0', 'id_ID', '1.234.567'],
    [1234.5, '#,##0.00', 'id_ID', '1.234,50'],
    [250000, '"Rp"#,##0', 'id_ID', 'Rp250.000'],
    [-250000, '"Rp"#,##0', 'id_ID', '-Rp250.000'],
    [250000, '[$Rp-421] #,##0', 'id_ID', 'Rp 250.000'],
    [250000, '[$Rp-421] #,##0', 'en_US', 'Rp 250,000'],
    [0.05, '0%', 'en_US', '5%'],
    [0.125, '0.00%', 'en_US', '12.50%'],
    [0.125, '0.00%', 'id_ID', '12,50%'],
    [true, null, 'en_US', 'TRUE'],
    ['0812345', '@', 'en_US', '0812345'],
    [15, '@', 'en_US', '15'],
  ])('shows %j with format %j in %s as %j', (value, format, locale, expected) => {
    expect(shown(value, format, locale)).toBe(expected);
  });

  it.each([
    ['yyyy-mm-dd', 'id_ID', '2026-05-01'],
    ['dd/mm/yyyy', 'id_ID', '01/05/2026'],
    ['d mmmm yyyy', 'id_ID', '1 Mei 2026'],
    ['d mmmm yyyy', 'en_US', '1 May 2026'],
    ['dd/mm/yyyy hh:mm:ss', 'id_ID', '01/05/2026 14:05:09'],
    ['dd/MM/yyyy', 'id_ID', '01/05/2026'],
  ])('shows 2026-05-01 14:05:09 with %j in %s as %j', (format, locale, expected) => {
    expect(shown(MAY_FIRST_AFTERNOON, format, locale)).toBe(expected);
  });

  it('shows a date under the general format as M/d/yyyy in en_US and dd/MM/yyyy in id_ID', () => {
    expect(shown(MAY_FIRST, null, 'en_US')).toBe('5/1/2026');
    expect(shown('2026-05-01', null, 'id_ID')).toBe('01/05/2026');
  });

  it('shows blanks as "" and formulas by their value', () => {
    const { sheet } = workspace();
    sheet.getRange('B1:C1').setValues([['=5', '=A1']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['', '5', '#ERROR!']]);
  });
});
