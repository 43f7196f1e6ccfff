/** Display widgets: paragraphs, decorated text, icons, images and dividers. */
import { KIND } from '../runtime';
import { compact, enumArg, jsonOf, Part, partArg, stringArg, TO_JSON } from './base';
import { BUTTONS, Clickable, type ClickableMembers } from './actions';
import { ENUMS } from './enums';
import type { Provides } from '../provides';

export class TextParagraph extends Part implements Provides<GoogleAppsScript.Card_Service.TextParagraph, 'setText'> {
  readonly [KIND] = 'CardService.TextParagraph';
  private _text?: string;

  setText(text: string): this {
    this._text = stringArg(text, 'CardService.TextParagraph.setText');
    return this;
  }

  [TO_JSON](): any {
    return { textParagraph: compact({ text: this._text }) };
  }
}

export class IconImage extends Part implements Provides<GoogleAppsScript.Card_Service.IconImage, 'setIcon' | 'setIconUrl' | 'setAltText' | 'setImageCropType'> {
  readonly [KIND] = 'CardService.IconImage';
  private _icon: { knownIcon?: string; iconUrl?: string } = {};
  private _altText?: string;
  private _crop?: string;

  setIcon(icon: string): this {
    this._icon = { knownIcon: enumArg(icon, ENUMS.Icon, 'CardService.IconImage.setIcon') };
    return this;
  }

  setIconUrl(url: string): this {
    this._icon = { iconUrl: stringArg(url, 'CardService.IconImage.setIconUrl') };
    return this;
  }

  setAltText(altText: string): this {
    this._altText = stringArg(altText, 'CardService.IconImage.setAltText');
    return this;
  }

  setImageCropType(imageCropType: string): this {
    this._crop = enumArg(imageCropType, ENUMS.ImageCropType, 'CardService.IconImage.setImageCropType');
    return this;
  }

  [TO_JSON](): any {
    return compact({ ...this._icon, altText: this._altText, imageType: this._crop });
  }
}

export class DecoratedText extends Clickable implements Provides<GoogleAppsScript.Card_Service.DecoratedText, ClickableMembers | 'setTopLabel' | 'setText' | 'setBottomLabel' | 'setWrapText' | 'setIcon' | 'setIconUrl' | 'setIconAltText' | 'setStartIcon' | 'setEndIcon' | 'setButton'> {
  readonly [KIND] = 'CardService.DecoratedText';
  private _fields: { topLabel?: string; text?: string; bottomLabel?: string; wrapText?: boolean } = {};
  /** setIcon/setIconUrl build the start icon in place; setStartIcon takes an IconImage. */
  private _startIcon?: { knownIcon?: string; iconUrl?: string; altText?: string } | Part;
  private _endIcon?: Part;
  private _button?: Part;

  setTopLabel(text: string): this {
    this._fields.topLabel = stringArg(text, 'CardService.DecoratedText.setTopLabel');
    return this;
  }

  setText(text: string): this {
    this._fields.text = stringArg(text, 'CardService.DecoratedText.setText');
    return this;
  }

  setBottomLabel(text: string): this {
    this._fields.bottomLabel = stringArg(text, 'CardService.DecoratedText.setBottomLabel');
    return this;
  }

  setWrapText(wrapText: boolean): this {
    this._fields.wrapText = Boolean(wrapText);
    return this;
  }

  setIcon(icon: string): this {
    this._startIcon = { knownIcon: enumArg(icon, ENUMS.Icon, 'CardService.DecoratedText.setIcon') };
    return this;
  }

  setIconUrl(url: string): this {
    this._startIcon = { iconUrl: stringArg(url, 'CardService.DecoratedText.setIconUrl') };
    return this;
  }

  setIconAltText(altText: string): this {
    const icon = !this._startIcon || TO_JSON in this._startIcon ? {} : this._startIcon;
    this._startIcon = { ...icon, altText: stringArg(altText, 'CardService.DecoratedText.setIconAltText') };
    return this;
  }

  setStartIcon(startIcon: IconImage): this {
    this._startIcon = partArg(startIcon, ['CardService.IconImage'], 'CardService.DecoratedText.setStartIcon');
    return this;
  }

  setEndIcon(endIcon: IconImage): this {
    this._endIcon = partArg(endIcon, ['CardService.IconImage'], 'CardService.DecoratedText.setEndIcon');
    return this;
  }

  setButton(button: Part): this {
    this._button = partArg(button, BUTTONS, 'CardService.DecoratedText.setButton');
    return this;
  }

  [TO_JSON](): any {
    const start = this._startIcon;
    const startIcon = start === undefined ? undefined : TO_JSON in start ? (start as Part)[TO_JSON]() : { ...start };
    return {
      decoratedText: compact({
        ...this._fields,
        startIcon,
        endIcon: jsonOf(this._endIcon),
        button: jsonOf(this._button),
        onClick: this._onClick(),
      }),
    };
  }
}

export class Image extends Clickable implements Provides<GoogleAppsScript.Card_Service.Image, ClickableMembers | 'setImageUrl' | 'setAltText'> {
  readonly [KIND] = 'CardService.Image';
  private _url?: string;
  private _altText?: string;

  setImageUrl(url: string): this {
    this._url = stringArg(url, 'CardService.Image.setImageUrl');
    return this;
  }

  setAltText(altText: string): this {
    this._altText = stringArg(altText, 'CardService.Image.setAltText');
    return this;
  }

  [TO_JSON](): any {
    return { image: compact({ imageUrl: this._url, altText: this._altText, onClick: this._onClick() }) };
  }
}

export class Divider extends Part {
  readonly [KIND] = 'CardService.Divider';

  [TO_JSON](): any {
    return { divider: {} };
  }
}
