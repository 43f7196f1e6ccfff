/** The FormApp global: create and open forms, text validation builders, enums. */
import { Exception } from '../errors';
import { KIND, Runtime } from '../runtime';
import { Form } from './form';
import { FORM_MIME, formData, formsState } from './state';
import { TextValidationBuilder } from './validation';
import type { Provides } from '../provides';

const names = <T extends string>(...keys: T[]) => Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as Record<T, T>);

export class FormAppService implements Provides<GoogleAppsScript.Forms.FormApp, 'create' | 'openById' | 'openByUrl' | 'getActiveForm' | 'createTextValidation'> {
  readonly [KIND] = 'FormApp';
  readonly DestinationType = names('SPREADSHEET');
  readonly ItemType = names('CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'GRID', 'IMAGE', 'LIST',
    'MULTIPLE_CHOICE', 'PAGE_BREAK', 'PARAGRAPH_TEXT', 'SCALE', 'SECTION_HEADER', 'TEXT', 'TIME', 'VIDEO', 'FILE_UPLOAD');

  constructor(private readonly _rt: Runtime) {}

  /**
   * A new form, named `title` in Drive; its own title stays "" (live behaviour). New forms start
   * unpublished (PLATFORM.md: forms made through the API after mid-2026) but accepting responses.
   */
  create(title: string): Form {
    const file = this._rt.createFile({ name: String(title), mimeType: FORM_MIME });
    formsState(this._rt).forms[file.id] = {
      id: file.id, title: '', description: '', published: false, accepting: true, collectEmail: false,
      confirmationMessage: '', destination: null, items: [], responses: [],
    };
    return new Form(this._rt, file.id);
  }

  openById(id: string): Form {
    formData(this._rt, String(id));
    return new Form(this._rt, String(id));
  }

  /** Accepts the edit URL (…/forms/d/<id>/…) and the published one (…/forms/d/e/<…>/viewform). */
  openByUrl(url: string): Form {
    const m = /^https:\/\/docs\.google\.com\/forms\/d\/(e\/1FAIpQL)?([\w-]+)(\/|$)/.exec(String(url));
    if (!m) throw new Exception('Invalid argument: url');
    return this.openById(m[2]);
  }

  /** Null: Lumbung runs as an add-on in Sheets, where no form is active. */
  getActiveForm(): Form | null {
    return null;
  }

  createTextValidation(): TextValidationBuilder {
    return new TextValidationBuilder();
  }

  toString(): string {
    return 'FormApp';
  }
}
