/** The SpreadsheetApp global: the active spreadsheet, opening and creating others, builders, enums. */
import type { Runtime } from '../runtime';
import { KIND } from '../runtime';
import { Exception } from '../errors';
import { documentId } from '../context';
import { SPREADSHEET_MIME, bookOf, checkCellLimit, newBook, sheetsState } from './state';
import { SELF, isInt, signatureError } from './signature';
import { Spreadsheet } from './spreadsheet';
import { Sheet } from './sheet';
import { DataValidationBuilder, DataValidationCriteria } from './validation';
import { ProtectionType } from './protection';
import type { Provides } from './provides';

const M = 'SpreadsheetApp';

export const BorderStyle = Object.freeze({ DOTTED: 'DOTTED', DASHED: 'DASHED', SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', SOLID_THICK: 'SOLID_THICK', DOUBLE: 'DOUBLE' });

// No active spreadsheet (a clock trigger, the Drive add-on): null, whatever the typings say.
export class SpreadsheetAppService implements Provides<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppService, 'getActiveSpreadsheet' | 'getActive' | 'getActiveSheet'> {
  readonly [KIND] = M;
  readonly [SELF] = this;
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BorderStyle = BorderStyle;

  constructor(private readonly _rt: Runtime) {}

  getActiveSpreadsheet(): Spreadsheet | null {
    const id = documentId(this._rt); // null outside the panel (context.ts)
    return id && bookOf(this._rt, id) ? new Spreadsheet(this._rt, id) : null;
  }
  getActive(): Spreadsheet | null { return this.getActiveSpreadsheet(); }
  getActiveSheet(): Sheet | null { return this.getActiveSpreadsheet()?.getActiveSheet() ?? null; }

  openById(id: string): Spreadsheet {
    if (typeof id !== 'string' || arguments.length !== 1) throw signatureError(`${M}.openById`, [...arguments]);
    const file = this._rt.state.files[id];
    if (!file || file.trashed || !bookOf(this._rt, id)) {
      throw new Exception('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    return new Spreadsheet(this._rt, id);
  }

  openByUrl(url: string): Spreadsheet {
    const m = /\/spreadsheets\/d\/([^/]+)/.exec(String(url));
    if (!m) throw new Exception('Invalid argument: url');
    return this.openById(m[1]);
  }

  /** A new spreadsheet owned by the active user: one "Sheet1", 1000 x 26 unless sized. */
  create(name: string, rows?: number, columns?: number): Spreadsheet {
    const args = [...arguments];
    if (typeof name !== 'string' || (args.length > 1 && !args.slice(1).every(isInt)) || args.length === 2) throw signatureError(`${M}.create`, args);
    const r = rows ?? 1000, c = columns ?? 26;
    if (r < 1 || c < 1) throw new Exception('The number of rows and columns must be at least 1.'); // unverified text
    const book = newBook(this._rt, '', r, c);
    checkCellLimit({ ...book, sheets: [] }, r * c);
    const file = this._rt.createFile({ name, mimeType: SPREADSHEET_MIME });
    sheetsState(this._rt).books[file.id] = { ...book, id: file.id };
    return new Spreadsheet(this._rt, file.id);
  }

  /** Writes are applied at once here, so there is nothing to flush. */
  flush(): void {}

  newDataValidation(): DataValidationBuilder { return new DataValidationBuilder(); }
  toString(): string { return M; }
}
