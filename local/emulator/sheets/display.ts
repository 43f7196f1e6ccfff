/** What getDisplayValue(s) shows: a cell's value rendered with its number format and the locale. */
import { Cell, isDateCell, isFormulaCell } from './state';
import { formulaValue } from './formula';
import { renderGeneral, renderNumber } from './format-number';
import { defaultDatePattern, isDatePattern, renderDate } from './format-date';

export const DEFAULT_NUMBER_FORMAT = '0.###############';

export function isGeneral(format: string | null): boolean {
  return !format || format === DEFAULT_NUMBER_FORMAT || /^general$/i.test(format) || format === '@';
}

export function displayCell(cell: Cell, format: string | null, locale: string): string {
  if (isFormulaCell(cell)) {
    const v = formulaValue(cell.f);
    return typeof v === 'number' ? displayCell(v, format, locale) : v;
  }
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'string') return cell;
  const serial = isDateCell(cell) ? cell.d : cell;
  if (isGeneral(format)) {
    return isDateCell(cell) ? renderDate(serial, defaultDatePattern(serial, locale), locale) : renderGeneral(serial, locale);
  }
  return isDatePattern(format!) ? renderDate(serial, format!, locale) : renderNumber(serial, format!, locale);
}
