/** Numeric range coordinates, checked with Google's texts, in the order Google checks them. */
import { Exception } from '../errors';
import { SheetData } from './state';
import { isInt, signatureError } from './signature';

export interface Coords { row: number; col: number; numRows: number; numCols: number }

export const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

export function checkCoords(method: string, sheet: SheetData, args: unknown[]): Coords {
  if (args.length < 2 || args.length > 4 || !args.every(isInt)) throw signatureError(method, args);
  const [row, col, numRows = 1, numCols = 1] = (args as number[]).map(Math.trunc);
  return checkBounds(sheet, { row, col, numRows, numCols });
}

export function checkBounds(sheet: SheetData, c: Coords): Coords {
  if (c.row < 1) throw new Exception('The starting row of the range is too small.');
  if (c.col < 1) throw new Exception('The starting column of the range is too small.');
  if (c.numRows < 1) throw new Exception('The number of rows in the range must be at least 1.');
  if (c.numCols < 1) throw new Exception('The number of columns in the range must be at least 1.');
  if (c.row + c.numRows - 1 > sheet.maxRows || c.col + c.numCols - 1 > sheet.maxCols) throw new Exception(OUTSIDE);
  return c;
}
