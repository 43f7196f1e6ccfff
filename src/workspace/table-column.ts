/**
 * One column of a table rewritten as a block, the rest of each row left exactly as the manager
 * typed it (rewriting whole rows would turn her blank amounts into 0 and re-coerce her cells).
 * Written as plain text, so a note starting with "=" or "+" stays a note.
 */
import type { Table } from './table';

/** Writes `texts` into a column from the first data row down: two service calls whatever the count. */
export function writeTextColumn(table: Table, key: string, texts: readonly string[]): void {
  if (texts.length === 0) return;
  const col = table.columnOf.get(key);
  if (col === undefined) throw new RangeError(`writeTextColumn: ${table.spec.name} has no column ${key}`);
  const range = table.sheet.getRange(2, col + 1, texts.length, 1);
  range.setNumberFormat('@');
  range.setValues(texts.map((t) => [t]));
}
