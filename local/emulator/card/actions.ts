/** Actions, links and buttons: what a click does, and the things a user clicks. */
import { Exception, KIND } from '../runtime';
import { compact, enumArg, hexColor, jsonOf, Part, partArg, signatureError, stringArg, TO_JSON } from './base';
import { ENUMS } from './enums';
import type { Provides } from '../provides';

export class Action extends Part implements Provides<GoogleAppsScript.Card_Service.Action, 'setFunctionName' | 'setParameters' | 'setLoadIndicator' | 'setPersistValues'> {
  readonly [KIND] = 'CardService.Action';
  private _function?: string;
  private _parameters?: Array<{ key: string; value: string }>;
  private _loadIndicator?: string;
  private _persistValues?: boolean;

  setFunctionName(functionName: string): this {
    this._function = stringArg(functionName, 'CardService.Action.setFunctionName');
    return this;
  }

  /**
   * Google's events carry parameters as strings only (ActionParameter.value is a string). The
   * emulator refuses anything else at once, so a number that would arrive altered fails the test.
   * The wording is the emulator's own: Google's text for this was not found (unverified).
   */
  setParameters(parameters: Record<string, string>): this {
    const method = 'CardService.Action.setParameters';
    if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) throw signatureError(method, [parameters]);
    this._parameters = Object.entries(parameters).map(([key, value]) => {
      if (typeof value !== 'string') {
        throw new Exception(`Invalid argument: parameters. Action parameter "${key}" must be a string, not ${value === null ? 'null' : typeof value}.`);
      }
      return { key, value };
    });
    return this;
  }

  setLoadIndicator(loadIndicator: string): this {
    this._loadIndicator = enumArg(loadIndicator, ENUMS.LoadIndicator, 'CardService.Action.setLoadIndicator');
    return this;
  }

  setPersistValues(persistValues: boolean): this {
    this._persistValues = Boolean(persistValues);
    return this;
  }

  [TO_JSON](): any {
    return compact({ function: this._function, parameters: this._parameters?.map((p) => ({ ...p })), loadIndicator: this._loadIndicator, persistValues: this._persistValues });
  }
}

export class OpenLink extends Part implements Provides<GoogleAppsScript.Card_Service.OpenLink, 'setUrl' | 'setOpenAs' | 'setOnClose'> {
  readonly [KIND] = 'CardService.OpenLink';
  private _url?: string;
  private _openAs?: string;
  private _onClose?: string;

  setUrl(url: string): this {
    this._url = stringArg(url, 'CardService.OpenLink.setUrl');
    return this;
  }

  setOpenAs(openAs: string): this {
    this._openAs = enumArg(openAs, ENUMS.OpenAs, 'CardService.OpenLink.setOpenAs');
    return this;
  }

  setOnClose(onClose: string): this {
    this._onClose = enumArg(onClose, ENUMS.OnClose, 'CardService.OpenLink.setOnClose');
    return this;
  }

  [TO_JSON](): any {
    return compact({ url: this._url, openAs: this._openAs, onClose: this._onClose });
  }
}

/** Anything with an onClick: buttons, decorated text, images, card actions. */
/** Members every clickable part has (Clickable), checked on each leaf class. */
export type ClickableMembers = 'setOnClickAction' | 'setOnClickOpenLinkAction' | 'setOpenLink';

export abstract class Clickable extends Part {
  private _click?: { field: 'action' | 'openDynamicLinkAction' | 'openLink'; part: Part };

  setOnClickAction(action: Action): this {
    this._click = { field: 'action', part: partArg(action, ['CardService.Action'], `${this[KIND]}.setOnClickAction`) };
    return this;
  }

  setOnClickOpenLinkAction(action: Action): this {
    this._click = { field: 'openDynamicLinkAction', part: partArg(action, ['CardService.Action'], `${this[KIND]}.setOnClickOpenLinkAction`) };
    return this;
  }

  setOpenLink(openLink: OpenLink): this {
    this._click = { field: 'openLink', part: partArg(openLink, ['CardService.OpenLink'], `${this[KIND]}.setOpenLink`) };
    return this;
  }

  /** The onClick JSON: {action: ...} | {openDynamicLinkAction: ...} | {openLink: ...}. */
  _onClick(): any {
    return this._click && { [this._click.field]: this._click.part[TO_JSON]() };
  }
}

export class TextButton extends Clickable implements Provides<GoogleAppsScript.Card_Service.TextButton, ClickableMembers | 'setText' | 'setTextButtonStyle' | 'setBackgroundColor' | 'setDisabled' | 'setAltText'> {
  readonly [KIND] = 'CardService.TextButton';
  private _text?: string;
  private _style?: string;
  private _color?: { red: number; green: number; blue: number } | null;
  private _disabled?: boolean;
  private _altText?: string;

  setText(text: string): this {
    this._text = stringArg(text, 'CardService.TextButton.setText');
    return this;
  }

  setTextButtonStyle(style: string): this {
    this._style = enumArg(style, ENUMS.TextButtonStyle, 'CardService.TextButton.setTextButtonStyle');
    return this;
  }

  /** Live Apps Script accepts bad colours silently; an unreadable one is left out of the JSON. */
  setBackgroundColor(color: string): this {
    this._color = hexColor(stringArg(color, 'CardService.TextButton.setBackgroundColor'));
    return this;
  }

  setDisabled(disabled: boolean): this {
    this._disabled = Boolean(disabled);
    return this;
  }

  setAltText(altText: string): this {
    this._altText = stringArg(altText, 'CardService.TextButton.setAltText');
    return this;
  }

  [TO_JSON](): any {
    return compact({ text: this._text, onClick: this._onClick(), type: this._style, color: this._color ?? undefined, disabled: this._disabled, altText: this._altText });
  }
}

export const BUTTONS = ['CardService.TextButton'] as const;

export class ButtonSet extends Part implements Provides<GoogleAppsScript.Card_Service.ButtonSet, 'addButton'> {
  readonly [KIND] = 'CardService.ButtonSet';
  private _buttons: Part[] = [];

  addButton(button: TextButton): this {
    this._buttons.push(partArg(button, BUTTONS, 'CardService.ButtonSet.addButton'));
    return this;
  }

  [TO_JSON](): any {
    return { buttonList: { buttons: this._buttons.map((b) => b[TO_JSON]()) } };
  }
}

export class CardAction extends Clickable implements Provides<GoogleAppsScript.Card_Service.CardAction, ClickableMembers | 'setText'> {
  readonly [KIND] = 'CardService.CardAction';
  private _text?: string;

  setText(text: string): this {
    this._text = stringArg(text, 'CardService.CardAction.setText');
    return this;
  }

  [TO_JSON](): any {
    return compact({ actionLabel: this._text, onClick: this._onClick() });
  }
}

export class FixedFooter extends Part implements Provides<GoogleAppsScript.Card_Service.FixedFooter, 'setPrimaryButton' | 'setSecondaryButton'> {
  readonly [KIND] = 'CardService.FixedFooter';
  private _primary?: Part;
  private _secondary?: Part;

  setPrimaryButton(button: TextButton): this {
    this._primary = partArg(button, BUTTONS, 'CardService.FixedFooter.setPrimaryButton');
    return this;
  }

  setSecondaryButton(button: TextButton): this {
    this._secondary = partArg(button, BUTTONS, 'CardService.FixedFooter.setSecondaryButton');
    return this;
  }

  [TO_JSON](): any {
    return compact({ primaryButton: jsonOf(this._primary), secondaryButton: jsonOf(this._secondary) });
  }
}
