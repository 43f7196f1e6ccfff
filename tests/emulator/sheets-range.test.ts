import { errorOf, workspace } from './sheets-helpers';

describe('Sheet.getRange', () => {
  it('addresses cells by row, column and size', () => {
    const { sheet } = workspace();
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 4, 5, 5, 7]);
    expect(r.getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(String(r)).toBe('Range');
    expect(r.getSheet().getName()).toBe('Sheet1');
  });

  it.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1, 1, 0], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[1000, 1, 2], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[1, 26, 1, 2], 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('getRange(%j) throws "%s"', (args, message) => {
    const { sheet } = workspace();
    expect(errorOf(() => (sheet.getRange as (...a: number[]) => unknown)(...(args as number[])))).toEqual({ name: 'Exception', message });
  });

  it('gives the signature error for wrong argument types', () => {
    const { sheet } = workspace();
    expect(errorOf(() => (sheet.getRange as (...a: unknown[]) => unknown)('A', 1)).message).toBe(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  it.each([
    ['c2:$d$4', 'C2:D4'],
    ['D4:C2', 'C2:D4'],
    ['A:A', 'A:A'],
    ['G:H', 'G:H'],
    ['2:2', '2:2'],
    ['B1:B', 'B1:B1000'],
    ['A2:2', 'A2:Z2'],
  ])('reads A1 notation %s as %s', (a1, expected) => {
    const { sheet } = workspace();
    expect(sheet.getRange(a1).getA1Notation()).toBe(expected);
  });

  it('reads "$aa$11" as AA11 once the sheet has column AA', () => {
    const { sheet } = workspace();
    expect(errorOf(() => sheet.getRange('$aa$11')).message).toBe('Range not found');
    sheet.insertColumnsAfter(26, 1);
    expect(sheet.getRange('$aa$11').getA1Notation()).toBe('AA11');
  });

  it('spans the whole column for "A:A" and the whole row for "2:2"', () => {
    const { sheet } = workspace();
    expect([sheet.getRange('A:A').getNumRows(), sheet.getRange('A:A').getNumColumns()]).toEqual([1000, 1]);
    expect([sheet.getRange('2:2').getRow(), sheet.getRange('2:2').getNumColumns()]).toEqual([2, 26]);
  });

  it.each(['B', '', 'A1:B2:C3', '1A', 'Nope!A1'])('throws "Range not found" for %j', (a1) => {
    const { ss } = workspace();
    expect(errorOf(() => ss.getRange(a1))).toEqual({ name: 'Exception', message: 'Range not found' });
  });

  it('resolves a quoted sheet name in Spreadsheet.getRange', () => {
    const { ss } = workspace();
    ss.insertSheet("Buku Kas");
    const r = ss.getRange("'Buku Kas'!a1:b2");
    expect([r.getSheet().getName(), r.getA1Notation()]).toEqual(['Buku Kas', 'A1:B2']);
    ss.getSheetByName('Sheet1')!.activate();
    expect(ss.getRange('B3').getSheet().getName()).toBe('Sheet1');
  });

  it('offsets from a range and checks the new size', () => {
    const { sheet } = workspace();
    const r = sheet.getRange('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(errorOf(() => r.offset(0, 0, 0)).message).toBe('The number of rows in the range must be at least 1.');
  });
});

describe('Sheet size and content', () => {
  it('reports 0 for the last row and column of an empty sheet, and A1 as its data range', () => {
    const { sheet } = workspace();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('reports the last row and column with content, not the sheet size', () => {
    const { sheet } = workspace();
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B7').setValue(1);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
    sheet.getRange('B7').clearContent();
    expect(sheet.getLastRow()).toBe(5);
  });

  it('appends at getLastRow()+1, starting at row 1 on an empty sheet', () => {
    const { sheet } = workspace();
    sheet.appendRow(['A-0001', 'Siti']);
    expect(sheet.getLastRow()).toBe(1);
    sheet.getRange('A5').setValue('x');
    sheet.appendRow(['A-0002', 'Budi']);
    expect(sheet.getRange('A6:B6').getValues()).toEqual([['A-0002', 'Budi']]);
  });

  it('grows the sheet when appending past the last row or column', () => {
    const { ss } = workspace();
    const sheet = ss.insertSheet('kecil');
    sheet.deleteRows(3, 998);
    sheet.getRange('A2').setValue('x');
    sheet.appendRow(new Array(28).fill(1));
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow()]).toEqual([3, 28, 3]);
  });

  it('leaves the last row unchanged when inserting blank rows, and moves content below', () => {
    const { sheet } = workspace();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getRange('A2').getValue()).toBe(1);
    sheet.insertColumnsAfter(0 + 1, 1);
    expect(sheet.getMaxColumns()).toBe(27);
  });

  it('deletes rows, moving content up, and refuses to delete every non-frozen row', () => {
    const { sheet } = workspace();
    sheet.getRange('A1:A4').setValues([['h'], [1], [2], [3]]);
    sheet.deleteRow(2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['h'], [2], [3]]);
    sheet.deleteRows(2, 2);
    expect([sheet.getLastRow(), sheet.getMaxRows()]).toEqual([1, 997]);
    sheet.setFrozenRows(1);
    expect(errorOf(() => sheet.deleteRows(1, 997)).message).toBe('Sorry, it is not possible to delete all non-frozen rows.');
    expect(errorOf(() => sheet.deleteRows(990, 10)).message).toBe('Those rows are out of bounds.');
  });

  it('keeps frozen rows and columns, tab colour, hidden state and column widths', () => {
    const { ss, sheet } = workspace();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setTabColor('#2e7d32');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns(), sheet.getTabColor()]).toEqual([1, 2, '#2e7d32']);
    ss.insertSheet('Rahasia').hideSheet();
    expect(ss.getSheetByName('Rahasia')!.isSheetHidden()).toBe(true);
    ss.getSheetByName('Rahasia')!.showSheet();
    expect(ss.getSheetByName('Rahasia')!.isSheetHidden()).toBe(false);
    expect(sheet.getColumnWidth(3)).toBe(100);
    sheet.setColumnWidth(3, 240);
    expect(sheet.getColumnWidth(3)).toBe(240);
  });

  it('autoResizeColumns fits a column to its longest text', () => {
    const { sheet } = workspace();
    sheet.getRange('A1:A2').setValues([['Nama'], ['Siti Nurhaliza binti Ahmad']]);
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
  });

  it('refuses to grow a spreadsheet past 10 million cells', () => {
    const { sheet } = workspace();
    expect(errorOf(() => sheet.insertRowsAfter(1000, 400000)).message).toBe('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
  });

  it('clears contents only, or contents and formats', () => {
    const { sheet } = workspace();
    sheet.getRange('A1').setValue(5).setNumberFormat('0.00');
    sheet.clearContents();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getNumberFormat()]).toEqual(['', '0.00']);
    sheet.getRange('A1').setValue(5);
    sheet.clear();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getNumberFormat()]).toEqual(['', '0.###############']);
  });
});
