/**
 * Form items: thin views (form id, item id) over ItemData. addXItem returns the typed view;
 * getItems() returns the generic Item, whose asXItem() casts as Google's does.
 */
import { Exception } from '../errors';
import { signatureError } from '../signature';
import { KIND, Runtime } from '../runtime';
import { formData, ItemData, ItemTypeName } from './state';
import { TextValidation, VALIDATION_DATA } from './validation';
import type { Provides } from '../provides';

/** Lets setChoices read a Choice handed back by a script without a counted call. */
export const CHOICE_VALUE = Symbol.for('emulator.formChoiceValue');
/** Lets Form.deleteItem/moveItem and getResponseForItem read an item's id without a counted call. */
export const ITEM_ID = Symbol.for('emulator.formItemId');

export class Choice implements Provides<GoogleAppsScript.Forms.Choice, 'getValue'> {
  readonly [KIND] = 'FormApp.Choice';
  constructor(private readonly _value: string) {}
  get [CHOICE_VALUE](): string {
    return this._value;
  }
  getValue(): string {
    return this._value;
  }
  toString(): string {
    return 'Choice';
  }
}

class ItemBase implements Provides<GoogleAppsScript.Forms.Item, 'getId' | 'getIndex' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText' | 'getType'> {
  readonly [KIND]: string = 'FormApp.Item';
  constructor(protected readonly _rt: Runtime, protected readonly _formId: string, protected readonly _itemId: number) {}

  get [ITEM_ID](): number {
    return this._itemId;
  }
  getId(): number {
    return this._itemId;
  }
  getIndex(): number {
    return formData(this._rt, this._formId).items.findIndex((i) => i.id === this._itemId);
  }
  getTitle(): string {
    return this._data().title;
  }
  setTitle(title: string): this {
    this._data().title = String(title);
    return this;
  }
  getHelpText(): string {
    return this._data().helpText;
  }
  setHelpText(text: string): this {
    this._data().helpText = String(text);
    return this;
  }
  getType(): ItemTypeName {
    return this._data().type;
  }
  toString(): string {
    return this[KIND].slice('FormApp.'.length);
  }
  protected _data(): ItemData {
    const item = formData(this._rt, this._formId).items.find((i) => i.id === this._itemId);
    if (!item) throw new Exception('The item has been deleted from the form.'); // UNVERIFIED wording
    return item;
  }
}

/** What every item provides (ItemBase), and what required-able ones add: checked on each leaf class. */
type Common = 'getId' | 'getIndex' | 'getTitle' | 'setTitle' | 'getHelpText' | 'setHelpText' | 'getType';
type Requirable = Common | 'setRequired' | 'isRequired';
type Choices = Requirable | 'createChoice' | 'getChoices' | 'setChoiceValues' | 'setChoices';

class RequirableItem extends ItemBase {
  setRequired(enabled: boolean): this {
    this._data().required = Boolean(enabled);
    return this;
  }
  isRequired(): boolean {
    return this._data().required;
  }
}

export class TextItem extends RequirableItem implements Provides<GoogleAppsScript.Forms.TextItem, Requirable | 'setValidation' | 'clearValidation'> {
  readonly [KIND]: string = 'FormApp.TextItem';
  setValidation(validation: TextValidation): this {
    const data = (validation as any)?.[VALIDATION_DATA];
    if (!data) throw signatureError(`${this[KIND]}.setValidation`, [validation]);
    this._data().validation = data;
    return this;
  }
  clearValidation(): this {
    this._data().validation = null;
    return this;
  }
}

export class ParagraphTextItem extends TextItem implements Provides<GoogleAppsScript.Forms.ParagraphTextItem, Requirable | 'setValidation' | 'clearValidation'> {
  readonly [KIND]: string = 'FormApp.ParagraphTextItem';
}

class ChoiceItem extends RequirableItem {
  createChoice(value: string): Choice {
    return new Choice(String(value));
  }
  getChoices(): Choice[] {
    return (this._data().choices ?? []).map((v) => new Choice(v));
  }
  setChoiceValues(values: string[]): this {
    this._data().choices = values.map(String);
    return this;
  }
  setChoices(choices: Choice[]): this {
    this._data().choices = choices.map((c) => String((c as any)[CHOICE_VALUE]));
    return this;
  }
}

export class MultipleChoiceItem extends ChoiceItem implements Provides<GoogleAppsScript.Forms.MultipleChoiceItem, Choices> {
  readonly [KIND]: string = 'FormApp.MultipleChoiceItem';
}
export class ListItem extends ChoiceItem implements Provides<GoogleAppsScript.Forms.ListItem, Choices> {
  readonly [KIND]: string = 'FormApp.ListItem';
}
export class CheckboxItem extends ChoiceItem implements Provides<GoogleAppsScript.Forms.CheckboxItem, Choices> {
  readonly [KIND]: string = 'FormApp.CheckboxItem';
}
export class DateItem extends RequirableItem implements Provides<GoogleAppsScript.Forms.DateItem, Requirable> {
  readonly [KIND]: string = 'FormApp.DateItem';
}
export class SectionHeaderItem extends ItemBase implements Provides<GoogleAppsScript.Forms.SectionHeaderItem, Common> {
  readonly [KIND]: string = 'FormApp.SectionHeaderItem';
}

export class ScaleItem extends RequirableItem implements Provides<GoogleAppsScript.Forms.ScaleItem, Requirable | 'setBounds' | 'getLowerBound' | 'getUpperBound' | 'setLabels' | 'getLeftLabel' | 'getRightLabel'> {
  readonly [KIND]: string = 'FormApp.ScaleItem';
  setBounds(lower: number, upper: number): this {
    Object.assign(this._data(), { lowerBound: lower, upperBound: upper });
    return this;
  }
  getLowerBound(): number {
    return this._data().lowerBound ?? 1;
  }
  getUpperBound(): number {
    return this._data().upperBound ?? 5;
  }
  setLabels(lower: string, upper: string): this {
    Object.assign(this._data(), { leftLabel: lower, rightLabel: upper });
    return this;
  }
  getLeftLabel(): string {
    return this._data().leftLabel ?? '';
  }
  getRightLabel(): string {
    return this._data().rightLabel ?? '';
  }
}

const VIEWS = {
  TEXT: TextItem, PARAGRAPH_TEXT: ParagraphTextItem, MULTIPLE_CHOICE: MultipleChoiceItem, LIST: ListItem,
  CHECKBOX: CheckboxItem, DATE: DateItem, SCALE: ScaleItem, SECTION_HEADER: SectionHeaderItem,
} as const;

export function typedItem(rt: Runtime, formId: string, item: ItemData): ItemBase {
  return new VIEWS[item.type](rt, formId, item.id);
}

/** What getItems() and ItemResponse.getItem() return. */
export class Item extends ItemBase implements Provides<GoogleAppsScript.Forms.Item, Common | 'asTextItem' | 'asParagraphTextItem' | 'asMultipleChoiceItem' | 'asListItem' | 'asCheckboxItem' | 'asDateItem' | 'asScaleItem' | 'asSectionHeaderItem'> {
  asTextItem() { return this._as('TEXT') as TextItem; }
  asParagraphTextItem() { return this._as('PARAGRAPH_TEXT') as ParagraphTextItem; }
  asMultipleChoiceItem() { return this._as('MULTIPLE_CHOICE') as MultipleChoiceItem; }
  asListItem() { return this._as('LIST') as ListItem; }
  asCheckboxItem() { return this._as('CHECKBOX') as CheckboxItem; }
  asDateItem() { return this._as('DATE') as DateItem; }
  asScaleItem() { return this._as('SCALE') as ScaleItem; }
  asSectionHeaderItem() { return this._as('SECTION_HEADER') as SectionHeaderItem; }

  private _as(type: ItemTypeName): ItemBase {
    const data = this._data();
    // Wording as users report it; UNVERIFIED against a live run.
    if (data.type !== type) throw new Exception(`Invalid conversion for item type: ${data.type}.`);
    return typedItem(this._rt, this._formId, data);
  }
}
