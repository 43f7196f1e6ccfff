/**
 * Errors the domain raises for people. The code picks the i18n message the add-on shows; `params`
 * fill its blanks. A person never sees a stack trace, only the message for the code.
 */
// The one thing the domain takes from i18n: the type of the codes, so a mistyped code fails to compile.
import type { MessageCode } from '../i18n/codes';

export type { MessageCode };
export type Params = Readonly<Record<string, string | number>>;

/** A problem found while validating input: what, where, and the values the message needs. */
export interface Problem {
  readonly code: MessageCode;
  readonly params?: Params;
  /** Where the problem is: a field name, a row number, an entry id. */
  readonly where?: string;
  /** A line said once before a run of problems that share it (e.g. the product row they are on). */
  readonly heading?: { readonly code: MessageCode; readonly params?: Params };
}

export class LumbungError extends Error {
  readonly code: MessageCode;
  readonly params: Params;
  readonly problems: readonly Problem[];

  constructor(code: MessageCode, params: Params = {}, problems: readonly Problem[] = []) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'LumbungError';
    this.code = code;
    this.params = params;
    this.problems = problems;
  }
}

/**
 * Refuses with every problem, when there are any: one LumbungError that carries them all, headed by
 * `summary` (its blank {count} filled) or, without one, by the first problem's own message.
 */
export function throwIfProblems(problems: readonly Problem[], summary?: MessageCode): void {
  if (problems.length === 0) return;
  if (summary !== undefined) throw new LumbungError(summary, { count: problems.length }, problems);
  throw new LumbungError(problems[0].code, problems[0].params ?? {}, problems);
}

/**
 * Reads one field of a request, keeping a refusal as problems at `where` instead of throwing, so that
 * the refusal of the whole request names every field that is wrong. undefined when it was refused.
 */
export function readField<T>(problems: Problem[], where: string, read: () => T): T | undefined {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof LumbungError)) throw err;
    problems.push(...(err.problems.length > 0 ? err.problems : [{ code: err.code, params: err.params, where }]));
    return undefined;
  }
}

/*
 * Text a person types (names, addresses, reasons, purposes, notes, group names): one length limit and
 * no control characters, checked in one place (textProblems) by every reader of typed text. A refusal
 * that quotes what was typed quotes at most a short piece of it (quoted).
 */

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
