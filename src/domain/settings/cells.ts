/**
 * Reading one cell of the settings tabs as a manager types it. Each reader returns the value, or
 * undefined when the cell cannot be read: the caller turns that into a Problem naming the key and
 * the text. A cell arrives as Sheets gives it: a string as typed, a number, sometimes a boolean.
 */
import { isRupiah, type Rupiah } from '../money';
import { parseRupiah } from '../money-text';

/** What a settings cell holds when written back to the sheet. */
export type Cell = string | number;

export function isBlank(cell: unknown): boolean {
  return cell === undefined || cell === null || String(cell).trim() === '';
}

/** The cell as text, for a problem's params: what the manager sees in the cell. */
export function cellText(cell: unknown): string {
  return cell === undefined || cell === null ? '' : String(cell).trim();
}

/** "Bulan Masuk", "bulan-masuk" and "bulan_masuk" are the same word. */
export function normalizeWord(cell: unknown): string {
  return cellText(cell).toLowerCase().replace(/[\s-]+/g, '_');
}

/** "1,5", "1.5", "1,5%", 1.5; never negative, never above `max`. */
export function readDecimal(cell: unknown, max = Infinity, allowPercentSign = true): number | undefined {
  let value: number;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string') {
    let s = cell.trim();
    if (allowPercentSign) s = s.replace(/\s*%$/, '');
    // One decimal mark, either way: "1,5" is how Indonesians write 1.5.
    if (!/^\d+(?:[.,]\d+)?$/.test(s)) return undefined;
    value = Number(s.replace(',', '.'));
  } else return undefined;
  return Number.isFinite(value) && value >= 0 && value <= max ? value : undefined;
}

export function readPercent(cell: unknown): number | undefined {
  return readDecimal(cell, 100);
}

/** Days, months, counts: 0, 7, "14". No units ("3 tahun" must not pass as 3 months). */
export function readWhole(cell: unknown): number | undefined {
  if (typeof cell === 'number') return Number.isSafeInteger(cell) && cell >= 0 ? cell : undefined;
  if (typeof cell === 'string' && /^\d{1,9}$/.test(cell.trim())) return Number(cell.trim());
  return undefined;
}

/** 100000, "100000", "100.000", "Rp100.000", "100 rb": whole rupiah, zero or more. */
export function readAmount(cell: unknown): Rupiah | undefined {
  if (typeof cell === 'number') return isRupiah(cell) && cell >= 0 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  try {
    const amount = parseRupiah(cell);
    return amount >= 0 ? amount : undefined;
  } catch {
    return undefined;
  }
}

/** One of a few words. The first word of each choice is the one written to the sheet. */
export type Choices<T> = ReadonlyArray<readonly [T, readonly string[]]>;

export function readChoice<T>(cell: unknown, choices: Choices<T>): T | undefined {
  const word = normalizeWord(cell);
  return choices.find(([, words]) => words.includes(word))?.[0];
}

export function writeChoice<T>(value: T, choices: Choices<T>): string {
  const found = choices.find(([v]) => v === value);
  if (!found) throw new RangeError(`writeChoice: no word for ${String(value)}`);
  return found[1][0];
}

/** The words a manager may type, for the problem message: "bulan_masuk / bulan_berikutnya". */
export function allowedWords<T>(choices: Choices<T>): string {
  return choices.map(([, words]) => words[0]).join(' / ');
}

export const yesNo: Choices<boolean> = [
  [true, ['ya', 'y', 'yes', 'true', 'benar']],
  [false, ['tidak', 't', 'no', 'false', 'salah']],
];

/** A checkbox cell gives a boolean; a typed cell gives "ya" / "tidak". */
export function readYesNo(cell: unknown): boolean | undefined {
  return typeof cell === 'boolean' ? cell : readChoice(cell, yesNo);
}

/** 1.5 -> "1,5", 2 -> "2": a percent written the Indonesian way, read back by readDecimal. */
export function writeDecimal(n: number): string {
  return String(n).replace('.', ',');
}
