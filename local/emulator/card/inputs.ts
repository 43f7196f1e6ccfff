/** Input widgets: what a user types, picks or dates; their values come back in the event's formInputs. */
import { KIND } from '../runtime';
import { compact, enumArg, jsonOf, Part, partArg, signatureError, stringArg, TO_JSON } from './base';
import { ENUMS } from './enums';
import type { Provides } from '../provides';

const ACTION = ['CardService.Action'];

/** Field name, title and on-change action: what every input has. */
/** Members every input has (Input), checked on each leaf class. */
type InputMembers = 'setFieldName' | 'setTitle' | 'setOnChangeAction';

abstract class Input extends Part {
  protected _name?: string;
  protected _label?: string;
  protected _onChange?: Part;

  setFieldName(fieldName: string): this {
    this._name = stringArg(fieldName, `${this[KIND]}.setFieldName`);
    return this;
  }

  setTitle(title: string): this {
    this._label = stringArg(title, `${this[KIND]}.setTitle`);
    return this;
  }

  setOnChangeAction(action: Part): this {
    this._onChange = partArg(action, ACTION, `${this[KIND]}.setOnChangeAction`);
    return this;
  }
}

export class Validation extends Part implements Provides<GoogleAppsScript.Card_Service.Validation, 'setCharacterLimit' | 'setInputType'> {
  readonly [KIND] = 'CardService.Validation';
  private _limit?: number;
  private _type?: string;

  setCharacterLimit(characterLimit: number): this {
    if (typeof characterLimit !== 'number') throw signatureError('CardService.Validation.setCharacterLimit', [characterLimit]);
    this._limit = characterLimit;
    return this;
  }

  setInputType(inputType: string): this {
    this._type = enumArg(inputType, ENUMS.InputType, 'CardService.Validation.setInputType');
    return this;
  }

  [TO_JSON](): any {
    return compact({ characterLimit: this._limit, inputType: this._type });
  }
}

export class TextInput extends Input implements Provides<GoogleAppsScript.Card_Service.TextInput, InputMembers | 'setHint' | 'setValue' | 'setMultiline' | 'setValidation'> {
  readonly [KIND] = 'CardService.TextInput';
  private _hint?: string;
  private _value?: string;
  private _multiline = false;
  private _validation?: Part;

  setHint(hint: string): this {
    this._hint = stringArg(hint, 'CardService.TextInput.setHint');
    return this;
  }

  setValue(value: string): this {
    this._value = stringArg(value, 'CardService.TextInput.setValue');
    return this;
  }

  setMultiline(multiline: boolean): this {
    this._multiline = Boolean(multiline);
    return this;
  }

  setValidation(validation: Validation): this {
    this._validation = partArg(validation, ['CardService.Validation'], 'CardService.TextInput.setValidation');
    return this;
  }

  [TO_JSON](): any {
    return {
      textInput: compact({
        name: this._name,
        label: this._label,
        hintText: this._hint,
        value: this._value,
        type: this._multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE',
        validation: jsonOf(this._validation),
        onChangeAction: jsonOf(this._onChange),
      }),
    };
  }
}

export class SelectionInput extends Input implements Provides<GoogleAppsScript.Card_Service.SelectionInput, InputMembers | 'setType' | 'addItem'> {
  readonly [KIND] = 'CardService.SelectionInput';
  private _type: string = ENUMS.SelectionInputType.CHECK_BOX;
  private _items: Array<{ text: string; value: string; selected: boolean }> = [];

  setType(type: string): this {
    this._type = enumArg(type, ENUMS.SelectionInputType, 'CardService.SelectionInput.setType');
    return this;
  }

  /** Text and value may be any object in Apps Script; both reach the card as strings. */
  addItem(text: unknown, value: unknown, selected: boolean): this {
    this._items.push({ text: String(text), value: String(value), selected: Boolean(selected) });
    return this;
  }

  [TO_JSON](): any {
    return {
      selectionInput: compact({
        name: this._name,
        label: this._label,
        type: this._type,
        items: this._items.map((i) => ({ ...i })),
        onChangeAction: jsonOf(this._onChange),
      }),
    };
  }
}

/** Date and date-time pickers: google.apps.card.v1 DateTimePicker; valueMsEpoch is an int64 (a string in JSON). */
abstract class Picker extends Input {
  protected _ms?: string;

  setValueInMsSinceEpoch(valueMsEpoch: number | string): this {
    const n = Number(valueMsEpoch);
    if (!Number.isFinite(n)) throw signatureError(`${this[KIND]}.setValueInMsSinceEpoch`, [valueMsEpoch]);
    this._ms = String(Math.trunc(n));
    return this;
  }

  protected _picker(type: string, extra: Record<string, unknown> = {}): any {
    return {
      dateTimePicker: compact({
        name: this._name,
        label: this._label,
        type,
        valueMsEpoch: this._ms,
        ...extra,
        onChangeAction: jsonOf(this._onChange),
      }),
    };
  }
}

export class DatePicker extends Picker implements Provides<GoogleAppsScript.Card_Service.DatePicker, InputMembers | 'setValueInMsSinceEpoch'> {
  readonly [KIND] = 'CardService.DatePicker';

  [TO_JSON](): any {
    return this._picker('DATE_ONLY');
  }
}

export class DateTimePicker extends Picker implements Provides<GoogleAppsScript.Card_Service.DateTimePicker, InputMembers | 'setValueInMsSinceEpoch' | 'setTimeZoneOffsetInMins'> {
  readonly [KIND] = 'CardService.DateTimePicker';
  private _offset?: number;

  setTimeZoneOffsetInMins(timeZoneOffsetMins: number): this {
    this._offset = Number(timeZoneOffsetMins);
    return this;
  }

  [TO_JSON](): any {
    return this._picker('DATE_AND_TIME', { timezoneOffsetDate: this._offset });
  }
}
