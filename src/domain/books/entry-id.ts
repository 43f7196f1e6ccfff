/**
 * An entry number as a manager types it: "J-000012", "j-12", "J12" or just "12" all mean J-000012
 * (the passbook and the sheet show the long form; nobody should have to count zeros).
 */
import { LumbungError } from '../errors';
import { entryId } from './numbering';

export function parseEntryId(text: string): string {
  const m = /^\s*(?:j\s*-?\s*)?0*(\d{1,9})\s*$/i.exec(text);
  const n = m ? Number(m[1]) : 0;
  if (n < 1) throw new LumbungError('ENTRY_ID_TEXT_INVALID', { text: text.trim() });
  return entryId(n);
}
