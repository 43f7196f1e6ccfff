/** FormApp.Form: a thin view over FormData, looked up by id on every call. */
import { Exception } from '../errors';
import { KIND, Runtime } from '../runtime';
import { DOC_ID } from '../script';
import { createResponsesSheet, spreadsheetExists } from './destination';
import { Item, ITEM_ID, typedItem } from './items';
import { FormResponse } from './responses';
import { editUrl, FormData, formData, ItemData, ItemTypeName, MISSING_ITEM, newItemId, publishedUrl } from './state';
import type { Provides } from '../provides';

/** UNVERIFIED wording for a form without a destination. */
export const NO_DESTINATION = 'This form does not currently have a response destination.';

export class Form implements Provides<GoogleAppsScript.Forms.Form, 'getId' | 'getTitle' | 'setTitle' | 'getDescription' | 'setDescription' | 'getPublishedUrl' | 'getEditUrl' | 'isAcceptingResponses' | 'setAcceptingResponses' | 'collectsEmail' | 'setCollectEmail' | 'getConfirmationMessage' | 'setConfirmationMessage' | 'setDestination' | 'getDestinationId' | 'getDestinationType' | 'removeDestination' | 'addTextItem' | 'addParagraphTextItem' | 'addMultipleChoiceItem' | 'addListItem' | 'addCheckboxItem' | 'addDateItem' | 'addScaleItem' | 'addSectionHeaderItem' | 'getItems' | 'getItemById' | 'deleteItem' | 'moveItem' | 'getResponses' | 'getResponse' | 'deleteAllResponses'> {
  readonly [KIND] = 'FormApp.Form';
  constructor(private readonly _rt: Runtime, private readonly _id: string) {}

  get [DOC_ID](): string {
    return this._id;
  }

  getId(): string { return this._id; }
  getTitle(): string { return this._data().title; }
  setTitle(title: string): this { return this._set({ title: String(title) }); }
  getDescription(): string { return this._data().description; }
  setDescription(text: string): this { return this._set({ description: String(text) }); }
  getPublishedUrl(): string { return publishedUrl(this._id); }
  getEditUrl(): string { return editUrl(this._id); }
  isPublished(): boolean { return this._data().published; }
  setPublished(enabled: boolean): this { return this._set({ published: Boolean(enabled) }); }
  isAcceptingResponses(): boolean { return this._data().accepting; }
  setAcceptingResponses(enabled: boolean): this { return this._set({ accepting: Boolean(enabled) }); }
  collectsEmail(): boolean { return this._data().collectEmail; }
  setCollectEmail(collect: boolean): this { return this._set({ collectEmail: Boolean(collect) }); }
  getConfirmationMessage(): string { return this._data().confirmationMessage; }
  setConfirmationMessage(message: string): this { return this._set({ confirmationMessage: String(message) }); }

  /** Links a spreadsheet: Forms adds a "Form Responses N" tab with the header row at once. */
  setDestination(type: string, destinationId: string): this {
    if (type !== 'SPREADSHEET') throw new Exception('Invalid argument: type'); // UNVERIFIED
    if (!spreadsheetExists(this._rt, destinationId)) throw new Exception(MISSING_ITEM);
    const form = this._data();
    const sheetName = createResponsesSheet(this._rt, destinationId, form);
    form.destination = { type: 'SPREADSHEET', id: destinationId, sheetName };
    return this;
  }
  getDestinationId(): string { return this._destination().id; }
  getDestinationType(): string { return this._destination().type; }
  /** Unlinks the spreadsheet; its responses tab stays. */
  removeDestination(): this { return this._set({ destination: null }); }

  addTextItem() { return this._add('TEXT'); }
  addParagraphTextItem() { return this._add('PARAGRAPH_TEXT'); }
  addMultipleChoiceItem() { return this._add('MULTIPLE_CHOICE', { choices: [''] }); }
  addListItem() { return this._add('LIST', { choices: [''] }); }
  addCheckboxItem() { return this._add('CHECKBOX', { choices: [''] }); }
  addDateItem() { return this._add('DATE'); }
  addScaleItem() { return this._add('SCALE', { lowerBound: 1, upperBound: 5 }); }
  addSectionHeaderItem() { return this._add('SECTION_HEADER'); }

  getItems(): Item[] {
    return this._data().items.map((i) => new Item(this._rt, this._id, i.id));
  }
  getItemById(id: number): Item | null {
    return this._data().items.some((i) => i.id === Number(id)) ? new Item(this._rt, this._id, Number(id)) : null;
  }
  deleteItem(itemOrIndex: unknown): void {
    this._data().items.splice(this._indexOf(itemOrIndex), 1);
  }
  moveItem(from: unknown, toIndex: number): Item {
    const items = this._data().items;
    const fromIndex = this._indexOf(from);
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= items.length) {
      throw new Exception(`The starting position ${toIndex} is out of bounds.`); // gas-fakes text [F]
    }
    const [moved] = items.splice(fromIndex, 1);
    items.splice(toIndex, 0, moved);
    return new Item(this._rt, this._id, moved.id);
  }

  /** Oldest first. */
  getResponses(): FormResponse[] {
    return this._data().responses.map((r) => new FormResponse(this._rt, this._id, r.id));
  }
  getResponse(responseId: string): FormResponse {
    if (!this._data().responses.some((r) => r.id === String(responseId))) {
      throw new Exception(`No response with ID ${responseId} exists for this form.`); // UNVERIFIED
    }
    return new FormResponse(this._rt, this._id, String(responseId));
  }
  deleteAllResponses(): this {
    return this._set({ responses: [] });
  }

  toString(): string {
    return 'Form';
  }

  private _data(): FormData {
    return formData(this._rt, this._id);
  }
  private _set(fields: Partial<FormData>): this {
    Object.assign(this._data(), fields);
    return this;
  }
  private _destination() {
    const d = this._data().destination;
    if (!d) throw new Exception(NO_DESTINATION);
    return d;
  }
  private _add(type: ItemTypeName, extra: Partial<ItemData> = {}) {
    const item: ItemData = { id: newItemId(this._rt), type, title: '', helpText: '', required: false, ...extra };
    this._data().items.push(item);
    return typedItem(this._rt, this._id, item) as any;
  }
  private _indexOf(itemOrIndex: unknown): number {
    const items = this._data().items;
    const index = typeof itemOrIndex === 'number' ? itemOrIndex : items.findIndex((i) => i.id === (itemOrIndex as any)?.[ITEM_ID]);
    if (!Number.isInteger(index) || index < 0 || index >= items.length) {
      throw new Exception(`The starting position ${String(itemOrIndex)} is out of bounds.`); // gas-fakes text [F]
    }
    return index;
  }
}
