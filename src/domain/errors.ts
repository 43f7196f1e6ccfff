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

/** Throws one LumbungError carrying every problem, when there are any. */
export function throwIfProblems(code: MessageCode, problems: readonly Problem[]): void {
  if (problems.length > 0) throw new LumbungError(code, { count: problems.length }, problems);
}
