/** Small card-building helpers shared by every card, so each card reads as a list of its parts. */
import { Locale, localeFrom, t } from '../i18n';

export type AddonEvent = GoogleAppsScript.Addons.EventObject;
export type Card = GoogleAppsScript.Card_Service.Card;

/** The reader's language, from the host app's locale (useLocaleFromApp in the manifest). */
export function eventLocale(e: AddonEvent | undefined): Locale {
  return localeFrom(e?.commonEventObject?.userLocale);
}

export function card(locale: Locale, title: string, sections: GoogleAppsScript.Card_Service.CardSection[]): Card {
  const builder = CardService.newCardBuilder().setHeader(
    CardService.newCardHeader().setTitle(title).setSubtitle(t(locale, 'APP_TAGLINE')),
  );
  for (const s of sections) builder.addSection(s);
  return builder.build();
}

/** A paragraph of text on a card. */
export function paragraph(text: string): GoogleAppsScript.Card_Service.TextParagraph {
  return CardService.newTextParagraph().setText(text);
}

export function textSection(...paragraphs: string[]): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection();
  for (const p of paragraphs) section.addWidget(paragraph(p));
  return section;
}

export function labelled(label: string, text: string): GoogleAppsScript.Card_Service.DecoratedText {
  return CardService.newDecoratedText().setTopLabel(label).setText(text).setWrapText(true);
}
