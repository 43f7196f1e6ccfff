/**
 * Text a person types (names, addresses, reasons, purposes, notes, group names): one length limit
 * and no control characters, checked in one place (textProblems) by every reader of typed text.
 * A refusal that quotes what was typed quotes at most a short piece of it (quoted).
 */
import type { Problem } from './errors';

/** The most characters any typed text may have: a long address fits; a pasted page does not. */
export const MAX_TEXT = 500;

/** How much of a typed text a refusal quotes back. */
export const QUOTE_MAX = 40;

// U+0000-U+001F and U+007F; a multi-line field may hold tabs and line breaks (\t \n \r).
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** What is wrong with a typed text at `where`: too long, or holding an invisible control character. */
export function textProblems(value: string, where: string, opts: { readonly multiline?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  if (value.length > MAX_TEXT) problems.push({ code: 'TEXT_TOO_LONG', params: { max: MAX_TEXT, length: value.length }, where });
  if ((opts.multiline ? CONTROL_MULTILINE : CONTROL).test(value)) problems.push({ code: 'TEXT_CONTROL_CHARACTER', where });
  return problems;
}

/** A typed text as a refusal quotes it: whole when short, else its first QUOTE_MAX characters and "...". */
export function quoted(text: string): string {
  const s = String(text);
  return s.length <= QUOTE_MAX ? s : `${s.slice(0, QUOTE_MAX)}...`;
}
