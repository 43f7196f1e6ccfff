import { errorOf, workspace } from './sheets-helpers';

describe('Data validation', () => {
  it('builds a list rule with a dropdown, help text and allow-invalid off', () => {
    const { app, sheet } = workspace();
    const rule = app.newDataValidation().requireValueInList(['aktif', 'keluar']).setAllowInvalid(false).setHelpText('Pilih status').build();
    sheet.getRange('C2:C').setDataValidation(rule);
    const got = sheet.getRange('C10').getDataValidation()!;
    expect(got.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['aktif', 'keluar'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Pilih status');
  });

  it('defaults to allowing invalid input with no help text', () => {
    const { app } = workspace();
    const rule = app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    expect([rule.getCriteriaType(), rule.getCriteriaValues(), rule.getAllowInvalid(), rule.getHelpText()]).toEqual(['NUMBER_GREATER_THAN_OR_EQUAL_TO', [0], true, null]);
  });

  it.each([
    ['requireNumberBetween', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireNumberBetween(1, 60), 'NUMBER_BETWEEN', [1, 60]],
    ['requireDate', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireDate(), 'DATE_IS_VALID_DATE', []],
    ['requireCheckbox', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireCheckbox(), 'CHECKBOX', []],
    ['requireValueInList without dropdown', (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => b.requireValueInList(['a'], false), 'VALUE_IN_LIST', [['a'], false]],
  ])('%s gives its criteria and values', (_name, make, type, values) => {
    const { app } = workspace();
    const rule = make(app.newDataValidation()).build();
    expect([rule.getCriteriaType(), rule.getCriteriaValues()]).toEqual([type, values]);
  });

  it('is null where no rule is set, and removable with null', () => {
    const { app, sheet } = workspace();
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
    sheet.getRange('A1:B1').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange('A1').setDataValidation(null);
    expect(sheet.getRange('A1:B1').getDataValidations().map((row) => row.map((r) => r?.getCriteriaType() ?? null))).toEqual([[null, 'DATE_IS_VALID_DATE']]);
  });

  it('is stored but not enforced on script writes', () => {
    const { app, sheet } = workspace();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireNumberBetween(1, 10).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue(99);
    expect(sheet.getRange('A1').getValue()).toBe(99);
  });

  it('checks builder argument types', () => {
    const { app } = workspace();
    expect(errorOf(() => app.newDataValidation().requireNumberBetween('1' as unknown as number, 2)).message).toBe("The parameters (String,number) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireNumberBetween.");
  });
});

describe('Named ranges', () => {
  it('names a range, finds it, lists it and removes it', () => {
    const { ss, sheet } = workspace();
    ss.setNamedRange('STATUS_LIST', sheet.getRange('Z1:Z5'));
    expect(ss.getRangeByName('STATUS_LIST')!.getA1Notation()).toBe('Z1:Z5');
    expect(ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()])).toEqual([['STATUS_LIST', 'Z1:Z5']]);
    ss.removeNamedRange('STATUS_LIST');
    expect(ss.getRangeByName('STATUS_LIST')).toBeNull();
  });

  it('returns null for a missing name and moves with inserted rows', () => {
    const { ss, sheet } = workspace();
    expect(ss.getRangeByName('nothing')).toBeNull();
    ss.setNamedRange('Kas', sheet.getRange('B2:B3'));
    sheet.insertRowsBefore(1, 2);
    expect(ss.getRangeByName('Kas')!.getA1Notation()).toBe('B4:B5');
  });

  it('lets a range protection follow a named range, and rejects an unknown name', () => {
    const { ss, sheet } = workspace();
    ss.setNamedRange('Saldo', sheet.getRange('D1:D9'));
    const p = sheet.getRange('A1').protect().setRangeName('Saldo');
    expect([p.getRangeName(), p.getRange().getA1Notation()]).toEqual(['Saldo', 'D1:D9']);
    expect(errorOf(() => p.setRangeName('Hilang')).message).toBe('No named range of Hilang.');
  });
});

describe('Cell styles', () => {
  it('keeps font weight, background and alignment, with Google\'s defaults', () => {
    const { sheet } = workspace();
    const header = sheet.getRange('A1:C1');
    expect([header.getFontWeight(), header.getBackground(), header.getHorizontalAlignment()]).toEqual(['normal', '#ffffff', 'general']);
    header.setFontWeight('bold').setBackground('#e8f5e9').setHorizontalAlignment('center').setWrap(true);
    expect([sheet.getRange('B1').getFontWeight(), sheet.getRange('B1').getBackground(), sheet.getRange('B1').getHorizontalAlignment()]).toEqual(['bold', '#e8f5e9', 'center']);
    sheet.getRange('A1').setHorizontalAlignment('normal');
    expect(sheet.getRange('A1').getHorizontalAlignment()).toBe('general-left');
    sheet.getRange('A1:B1').setFontWeights([['normal', 'bold']]);
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
    header.clear();
    expect(sheet.getRange('B1').getBackground()).toBe('#ffffff');
  });
});
