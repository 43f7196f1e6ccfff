/** FormApp.createTextValidation(): the builder, the built rule, and how Forms checks an answer. */
import { KIND } from '../runtime';
import type { ValidationData } from './state';
import type { Provides } from '../provides';

/** Lets a text item read a TextValidation handed back by a script without a counted call. */
export const VALIDATION_DATA = Symbol.for('emulator.formValidation');

export class TextValidation {
  readonly [KIND] = 'FormApp.TextValidation';
  constructor(private readonly data: ValidationData) {}

  get [VALIDATION_DATA](): ValidationData {
    return { ...this.data, args: [...this.data.args] };
  }

  toString(): string {
    return 'TextValidation';
  }
}

/** Forms keeps one rule per item: the last require* call wins. */
export class TextValidationBuilder implements Provides<GoogleAppsScript.Forms.TextValidationBuilder, 'requireNumber' | 'requireNumberGreaterThan' | 'requireNumberGreaterThanOrEqualTo' | 'requireNumberBetween' | 'requireWholeNumber' | 'requireTextMatchesPattern' | 'requireTextLengthLessThanOrEqualTo' | 'requireTextIsEmail' | 'setHelpText' | 'build'> {
  readonly [KIND] = 'FormApp.TextValidationBuilder';
  private data: ValidationData = { rule: 'NUMBER', args: [], helpText: '' };

  requireNumber(): this {
    return this.rule('NUMBER');
  }

  requireNumberGreaterThan(n: number): this {
    return this.rule('NUMBER_GT', n);
  }

  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.rule('NUMBER_GTE', n);
  }

  requireNumberBetween(start: number, end: number): this {
    return this.rule('NUMBER_BETWEEN', start, end);
  }

  requireWholeNumber(): this {
    return this.rule('WHOLE_NUMBER');
  }

  requireTextMatchesPattern(pattern: string): this {
    return this.rule('PATTERN', pattern);
  }

  requireTextLengthLessThanOrEqualTo(n: number): this {
    return this.rule('MAX_LENGTH', n);
  }

  requireTextIsEmail(): this {
    return this.rule('EMAIL');
  }

  setHelpText(text: string): this {
    this.data.helpText = text;
    return this;
  }

  build(): TextValidation {
    return new TextValidation({ ...this.data, args: [...this.data.args] });
  }

  private rule(rule: ValidationData['rule'], ...args: Array<number | string>): this {
    this.data = { rule, args, helpText: this.data.helpText };
    return this;
  }
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why Forms refuses `answer` under `v`, or null when it passes. "Matches" is a whole-text match. */
export function validationProblem(v: ValidationData, answer: string): string | null {
  const n = NUMBER.test(answer) ? Number(answer) : NaN;
  const [a, b] = v.args as number[];
  switch (v.rule) {
    case 'NUMBER':
      return isNaN(n) ? 'must be a number' : null;
    case 'NUMBER_GT':
      return isNaN(n) || !(n > a) ? `must be a number greater than ${a}` : null;
    case 'NUMBER_GTE':
      return isNaN(n) || !(n >= a) ? `must be a number greater than or equal to ${a}` : null;
    case 'NUMBER_BETWEEN':
      return isNaN(n) || n < a || n > b ? `must be a number between ${a} and ${b}` : null;
    case 'WHOLE_NUMBER':
      return isNaN(n) || !Number.isInteger(n) ? 'must be a whole number' : null;
    case 'PATTERN':
      return new RegExp(`^(?:${v.args[0]})$`).test(answer) ? null : `must match the pattern ${v.args[0]}`;
    case 'MAX_LENGTH':
      return answer.length > a ? `must be at most ${a} characters` : null;
    case 'EMAIL':
      return EMAIL.test(answer) ? null : 'must be an email address';
  }
}
