/** Cards: header, sections of widgets, footer and card actions; build() checks Google's limits. */
import { Exception, KIND } from '../runtime';
import { compact, enumArg, jsonOf, Part, partArg, stringArg, TO_JSON } from './base';
import { ENUMS } from './enums';
import type { Provides } from '../provides';

/** The classes a section accepts as widgets. */
export const WIDGETS = [
  'CardService.TextParagraph', 'CardService.DecoratedText', 'CardService.TextInput', 'CardService.SelectionInput',
  'CardService.DatePicker', 'CardService.DateTimePicker', 'CardService.ButtonSet', 'CardService.TextButton',
  'CardService.Divider', 'CardService.Image',
];
/** PLATFORM.md: "at most 100 widgets and 100 sections". */
export const MAX_WIDGETS = 100;
export const MAX_SECTIONS = 100;

/**
 * Build refusals. Google's exact texts were not found (unverified): these say what is wrong plainly.
 */
export const CARD_ERRORS = {
  noSections: 'Card must contain at least one section.',
  emptySection: 'Card section must contain at least one widget.',
  tooManySections: `Card cannot contain more than ${MAX_SECTIONS} sections.`,
  tooManyWidgets: `Card section cannot contain more than ${MAX_WIDGETS} widgets.`,
};

export class CardHeader extends Part implements Provides<GoogleAppsScript.Card_Service.CardHeader, 'setTitle' | 'setSubtitle' | 'setImageUrl' | 'setImageStyle' | 'setImageAltText'> {
  readonly [KIND] = 'CardService.CardHeader';
  private _f: { title?: string; subtitle?: string; imageUrl?: string; imageType?: string; imageAltText?: string } = {};

  setTitle(title: string): this {
    this._f.title = stringArg(title, 'CardService.CardHeader.setTitle');
    return this;
  }

  setSubtitle(subtitle: string): this {
    this._f.subtitle = stringArg(subtitle, 'CardService.CardHeader.setSubtitle');
    return this;
  }

  setImageUrl(imageUrl: string): this {
    this._f.imageUrl = stringArg(imageUrl, 'CardService.CardHeader.setImageUrl');
    return this;
  }

  setImageStyle(imageStyle: string): this {
    this._f.imageType = enumArg(imageStyle, ENUMS.ImageStyle, 'CardService.CardHeader.setImageStyle');
    return this;
  }

  setImageAltText(imageAltText: string): this {
    this._f.imageAltText = stringArg(imageAltText, 'CardService.CardHeader.setImageAltText');
    return this;
  }

  [TO_JSON](): any {
    return compact({ ...this._f });
  }
}

export class CardSection extends Part implements Provides<GoogleAppsScript.Card_Service.CardSection, 'setHeader' | 'addWidget' | 'setCollapsible' | 'setNumUncollapsibleWidgets'> {
  readonly [KIND] = 'CardService.CardSection';
  private _header?: string;
  private _collapsible?: boolean;
  private _uncollapsible?: number;
  private _widgets: Part[] = [];

  setHeader(header: string): this {
    this._header = stringArg(header, 'CardService.CardSection.setHeader');
    return this;
  }

  addWidget(widget: Part): this {
    this._widgets.push(partArg(widget, WIDGETS, 'CardService.CardSection.addWidget'));
    return this;
  }

  setCollapsible(collapsible: boolean): this {
    this._collapsible = Boolean(collapsible);
    return this;
  }

  setNumUncollapsibleWidgets(numUncollapsibleWidgets: number): this {
    this._uncollapsible = Number(numUncollapsibleWidgets);
    return this;
  }

  /** A button added on its own is shown as a one-button list. */
  [TO_JSON](): any {
    const widgets = this._widgets.map((w) => (w[KIND] === 'CardService.TextButton' ? { buttonList: { buttons: [w[TO_JSON]()] } } : w[TO_JSON]()));
    return compact({ header: this._header, collapsible: this._collapsible, uncollapsibleWidgetsCount: this._uncollapsible, widgets });
  }
}

export class CardBuilder extends Part implements Provides<GoogleAppsScript.Card_Service.CardBuilder, 'setHeader' | 'setPeekCardHeader' | 'addSection' | 'addCardAction' | 'setFixedFooter' | 'setName' | 'setDisplayStyle' | 'build'> {
  readonly [KIND] = 'CardService.CardBuilder';
  private _header?: Part;
  private _peek?: Part;
  private _sections: Part[] = [];
  private _actions: Part[] = [];
  private _footer?: Part;
  private _name?: string;
  private _display?: string;

  setHeader(cardHeader: CardHeader): this {
    this._header = partArg(cardHeader, ['CardService.CardHeader'], 'CardService.CardBuilder.setHeader');
    return this;
  }

  setPeekCardHeader(peekCardHeader: CardHeader): this {
    this._peek = partArg(peekCardHeader, ['CardService.CardHeader'], 'CardService.CardBuilder.setPeekCardHeader');
    return this;
  }

  addSection(section: CardSection): this {
    this._sections.push(partArg(section, ['CardService.CardSection'], 'CardService.CardBuilder.addSection'));
    return this;
  }

  addCardAction(cardAction: Part): this {
    this._actions.push(partArg(cardAction, ['CardService.CardAction'], 'CardService.CardBuilder.addCardAction'));
    return this;
  }

  setFixedFooter(fixedFooter: Part): this {
    this._footer = partArg(fixedFooter, ['CardService.FixedFooter'], 'CardService.CardBuilder.setFixedFooter');
    return this;
  }

  setName(name: string): this {
    this._name = stringArg(name, 'CardService.CardBuilder.setName');
    return this;
  }

  setDisplayStyle(displayStyle: string): this {
    this._display = enumArg(displayStyle, ENUMS.DisplayStyle, 'CardService.CardBuilder.setDisplayStyle');
    return this;
  }

  [TO_JSON](): any {
    return compact({
      header: jsonOf(this._header),
      sections: this._sections.map((s) => s[TO_JSON]()),
      cardActions: this._actions.length ? this._actions.map((a) => a[TO_JSON]()) : undefined,
      fixedFooter: jsonOf(this._footer),
      name: this._name,
      displayStyle: this._display,
      peekCardHeader: jsonOf(this._peek),
    });
  }

  /** Builds and validates: the built Card keeps this moment's JSON, whatever changes later. */
  build(): Card {
    const json = this[TO_JSON]();
    const sections: Array<{ widgets: unknown[] }> = json.sections;
    if (sections.length === 0) throw new Exception(CARD_ERRORS.noSections);
    if (sections.length > MAX_SECTIONS) throw new Exception(CARD_ERRORS.tooManySections);
    for (const s of sections) {
      if (s.widgets.length === 0) throw new Exception(CARD_ERRORS.emptySection);
      if (s.widgets.length > MAX_WIDGETS) throw new Exception(CARD_ERRORS.tooManyWidgets);
    }
    return new Card(json);
  }
}

export class Card extends Part implements Provides<GoogleAppsScript.Card_Service.Card, 'printJson'> {
  readonly [KIND] = 'CardService.Card';
  constructor(private readonly _tree: any) {
    super();
  }

  printJson(): string {
    return JSON.stringify(this._tree, null, 2);
  }

  [TO_JSON](): any {
    return JSON.parse(JSON.stringify(this._tree));
  }
}
