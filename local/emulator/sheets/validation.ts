/** Data validation: SpreadsheetApp.newDataValidation()'s builder and the rules it builds. */
import { KIND } from '../runtime';
import { SELF, signatureError } from './signature';
import type { Provides } from './provides';

const CRITERIA = [
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
] as const;
/** Google's enum of criteria; the compiler checks the list against the typings' enum. */
export const DataValidationCriteria = Object.freeze(Object.fromEntries(CRITERIA.map((k) => [k, k])) as { [K in (typeof CRITERIA)[number]]: K });

/** A rule as plain data (stored in the sheet's validation layer). */
export interface ValidationData {
  criteria: string | null;
  values: unknown[];
  /** Google's default for a new rule is true: invalid input is allowed with a warning. */
  allowInvalid: boolean;
  helpText: string | null;
}

const NAME = 'SpreadsheetApp.DataValidationBuilder';

export class DataValidation implements Provides<GoogleAppsScript.Spreadsheet.DataValidation, DataValidation, 'getCriteriaType' | 'getHelpText'> {
  readonly [KIND] = 'SpreadsheetApp.DataValidation';
  readonly [SELF] = this;
  constructor(readonly _data: ValidationData) {}
  getCriteriaType(): string | null { return this._data.criteria; }
  getCriteriaValues(): unknown[] { return structuredClone(this._data.values); }
  getAllowInvalid(): boolean { return this._data.allowInvalid; }
  getHelpText(): string | null { return this._data.helpText; }
  copy(): DataValidationBuilder { return new DataValidationBuilder(structuredClone(this._data)); }
  toString(): string { return 'DataValidation'; }
}

export class DataValidationBuilder implements Provides<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilder, 'getCriteriaType' | 'getHelpText'> {
  readonly [KIND] = NAME;
  readonly [SELF] = this;
  constructor(private _data: ValidationData = { criteria: null, values: [], allowInvalid: true, helpText: null }) {}

  private _require(criteria: string, values: unknown[]): DataValidationBuilder {
    this._data = { ...this._data, criteria, values };
    return this;
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    if (!Array.isArray(values) || typeof showDropdown !== 'boolean') throw signatureError(`${NAME}.requireValueInList`, [...arguments]);
    return this._require('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): DataValidationBuilder { return this._number('NUMBER_GREATER_THAN_OR_EQUAL_TO', 'requireNumberGreaterThanOrEqualTo', [...arguments]); }
  requireNumberGreaterThan(n: number): DataValidationBuilder { return this._number('NUMBER_GREATER_THAN', 'requireNumberGreaterThan', [...arguments]); }
  requireNumberLessThanOrEqualTo(n: number): DataValidationBuilder { return this._number('NUMBER_LESS_THAN_OR_EQUAL_TO', 'requireNumberLessThanOrEqualTo', [...arguments]); }
  requireNumberBetween(start: number, end: number): DataValidationBuilder { return this._number('NUMBER_BETWEEN', 'requireNumberBetween', [...arguments], 2); }
  requireDate(): DataValidationBuilder { return this._require('DATE_IS_VALID_DATE', []); }
  requireTextIsEmail(): DataValidationBuilder { return this._require('TEXT_IS_VALID_EMAIL', []); }
  requireCheckbox(checked?: unknown, unchecked?: unknown): DataValidationBuilder {
    return this._require('CHECKBOX', [checked, unchecked].filter((v) => v !== undefined));
  }

  private _number(criteria: string, method: string, args: unknown[], count = 1): DataValidationBuilder {
    if (args.length !== count || !args.every((a) => typeof a === 'number')) throw signatureError(`${NAME}.${method}`, args);
    return this._require(criteria, args);
  }

  setAllowInvalid(allow: boolean): DataValidationBuilder {
    if (typeof allow !== 'boolean') throw signatureError(`${NAME}.setAllowInvalid`, [...arguments]);
    this._data = { ...this._data, allowInvalid: allow };
    return this;
  }
  setHelpText(text: string): DataValidationBuilder {
    this._data = { ...this._data, helpText: String(text) };
    return this;
  }
  getCriteriaType(): string | null { return this._data.criteria; }
  getCriteriaValues(): unknown[] { return structuredClone(this._data.values); }
  getAllowInvalid(): boolean { return this._data.allowInvalid; }
  getHelpText(): string | null { return this._data.helpText; }
  build(): DataValidation { return new DataValidation(structuredClone(this._data)); }
  toString(): string { return 'DataValidationBuilder'; }
}
