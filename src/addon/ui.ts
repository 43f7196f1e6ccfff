/**
 * Small card-building helpers shared by every card, so each card reads as a list of its parts. Card
 * text renders a subset of HTML (<a href>, <b>, <font>...), and a name or a reason a person typed
 * may hold any of it: every text these helpers put on a card is escaped here, the one way text
 * reaches a card (no i18n message carries markup, so whole texts are escaped, blanks and all).
 */
import { Locale, localeFrom, t } from '../i18n';

export type AddonEvent = GoogleAppsScript.Addons.EventObject;
export type Card = GoogleAppsScript.Card_Service.Card;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as a card shows it literally: `<a href>` reads as typed, never as a link. */
export function escapeCardText(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

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
  return CardService.newTextParagraph().setText(escapeCardText(text));
}

export function textSection(...paragraphs: string[]): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection();
  for (const p of paragraphs) section.addWidget(paragraph(p));
  return section;
}

/** A value under its label, and a line below it when given. */
export function labelled(label: string, text: string, below?: string): GoogleAppsScript.Card_Service.DecoratedText {
  const w = CardService.newDecoratedText().setTopLabel(escapeCardText(label)).setText(escapeCardText(text)).setWrapText(true);
  if (below !== undefined) w.setBottomLabel(escapeCardText(below));
  return w;
}
