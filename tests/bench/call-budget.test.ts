/**
 * The call budget of DESIGN.md "Performance", asserted on the same operations `npm run bench` times:
 * an operation's service calls do not grow with the journal, and it moves cells at most twice per
 * tab it touches (one read, one block written) beside a fixed few (lock, user, flush, properties).
 */
import { benchLedgerActions, split, type Measure } from '../../bench/ledger-actions';

let measures: Measure[];
beforeAll(() => {
  measures = benchLedgerActions([100, 1_500]);
}, 120_000);

const at = (size: number) => measures.filter((m) => m.journalLines >= size && m.journalLines < size * 2);
// Setup is the rare repair of the whole spreadsheet, formats and protections of every tab: no budget.
const daily = (ms: Measure[]) => ms.filter((m) => !m.operation.startsWith('setupLedger'));

describe('service calls of every manager action', () => {
  it('are the same on a journal of 100 lines and of 1,500', () => {
    const small = Object.fromEntries(at(100).map((m) => [m.operation, m.calls]));
    const large = Object.fromEntries(at(1_500).map((m) => [m.operation, m.calls]));
    expect(Object.keys(small)).toHaveLength(19);
    expect(large).toEqual(small);
  });

  it('read or write cells at most twice per tab touched, lock, user, flush and properties aside', () => {
    const over = daily(at(1_500))
      .map((m) => ({ operation: m.operation, ...split(m) }))
      .filter((s) => s.data > 2 * s.tabs || s.fixed > 10);
    expect(over).toEqual([]);
  });

  it('append a journal entry in one block of values while the tab has spare rows', () => {
    const deposit = at(1_500).find((m) => m.operation === 'recordSavings (sukarela deposit)')!;
    expect(deposit.byMethod['SpreadsheetApp.Range.setValues']).toBe(1);
    expect(deposit.byMethod['SpreadsheetApp.Sheet.insertRowsAfter']).toBeUndefined();
    expect(deposit.byMethod['SpreadsheetApp.Range.setNumberFormats']).toBeUndefined();
  });
});
