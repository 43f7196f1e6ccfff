/** FormResponse and ItemResponse: views over one ResponseData of one form. */
import { KIND, Runtime } from '../runtime';
import { Item, ITEM_ID } from './items';
import { Answer, formData, publishedUrl, ResponseData } from './state';
import type { Provides } from '../provides';

export class FormResponse implements Provides<GoogleAppsScript.Forms.FormResponse, 'getId' | 'getTimestamp' | 'getRespondentEmail' | 'getItemResponses' | 'getResponseForItem' | 'getEditResponseUrl'> {
  readonly [KIND] = 'FormApp.FormResponse';
  constructor(private readonly _rt: Runtime, private readonly _formId: string, private readonly _responseId: string) {}

  /** A String, not a number (Google docs; gas-fakes differs). */
  getId(): string {
    return this._responseId;
  }
  getTimestamp(): Date {
    return new Date(this._data().timestamp);
  }
  /** "" when the form does not collect emails. */
  getRespondentEmail(): string {
    return this._data().email;
  }
  /** The answered items, in the form's item order. */
  getItemResponses(): ItemResponse[] {
    const answers = this._data().answers;
    return formData(this._rt, this._formId).items
      .filter((item) => answers.some((a) => a.itemId === item.id))
      .map((item) => new ItemResponse(this._rt, this._formId, item.id, answers.find((a) => a.itemId === item.id)!.value));
  }
  /** The answer to one item, or null when it was left blank. */
  getResponseForItem(item: unknown): ItemResponse | null {
    const itemId = (item as any)?.[ITEM_ID];
    const answer = this._data().answers.find((a) => a.itemId === itemId);
    return answer ? new ItemResponse(this._rt, this._formId, answer.itemId, answer.value) : null;
  }
  getEditResponseUrl(): string {
    return `${publishedUrl(this._formId)}?edit2=2_ABaOnu${this._responseId}`;
  }
  toString(): string {
    return 'FormResponse';
  }

  private _data(): ResponseData {
    return formData(this._rt, this._formId).responses.find((r) => r.id === this._responseId)!;
  }
}

export class ItemResponse implements Provides<GoogleAppsScript.Forms.ItemResponse, 'getItem' | 'getResponse'> {
  readonly [KIND] = 'FormApp.ItemResponse';
  constructor(private readonly _rt: Runtime, private readonly _formId: string, private readonly _itemId: number, private readonly _value: Answer) {}

  getItem(): Item {
    return new Item(this._rt, this._formId, this._itemId);
  }
  /** A string; string[] for a checkbox item; "YYYY-MM-DD" for a date; "4" for a scale. */
  getResponse(): Answer {
    return Array.isArray(this._value) ? [...this._value] : this._value;
  }
  toString(): string {
    return 'ItemResponse';
  }
}
