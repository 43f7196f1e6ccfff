import { workspace } from './sheets-helpers';

describe('cells read and written, beside the calls', () => {
  it('counts a 3x4 getValues as 12 cells read and a 2x2 setValues as 4 written', () => {
    const { ws, sheet } = workspace();
    ws.resetCallCounts();
    sheet.getRange('A1:D3').getValues();
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    expect(ws.cellCounts()).toEqual({ read: 12, written: 4 });
  });

  it('counts one cell for getValue, getNumberFormat and getFormula of a larger range, every cell for setValue on it', () => {
    const { ws, sheet } = workspace();
    const block = sheet.getRange('A1:C10');
    ws.resetCallCounts();
    block.getValue();
    block.getNumberFormat();
    block.getFormula();
    block.getDisplayValue();
    expect(ws.cellCounts()).toEqual({ read: 4, written: 0 });
    block.setValue(0);
    expect(ws.cellCounts()).toEqual({ read: 4, written: 30 });
  });

  it('counts formats, display values and appended rows; handles and geometry move no cells', () => {
    const { ws, sheet } = workspace();
    ws.resetCallCounts();
    sheet.getRange('A1:A5').setNumberFormat('@');
    sheet.getRange('A1:B5').getNumberFormats();
    sheet.getRange('A1:B2').getDisplayValues();
    sheet.appendRow(['x', 'y', 'z']);
    sheet.getDataRange();
    sheet.getLastRow();
    sheet.insertRowsAfter(1, 2);
    expect(ws.cellCounts()).toEqual({ read: 14, written: 8 });
  });

  it('starts again from zero with resetCallCounts, with the calls', () => {
    const { ws, sheet } = workspace();
    sheet.getRange('A1:B2').getValues();
    ws.resetCallCounts();
    expect([ws.cellCounts(), ws.totalCalls()]).toEqual([{ read: 0, written: 0 }, 0]);
  });

});
