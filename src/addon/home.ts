/**
 * The add-on's front doors: the homepage in each host app, the Drive selection, the opened
 * Calendar event and the Help universal action. They only read the event and build cards.
 */
import { t } from '../i18n';
import { AddonEvent, Card, card, eventLocale, labelled, textSection } from './ui';

export function onHomepage(e: AddonEvent): Card {
  const locale = eventLocale(e);
  return card(locale, t(locale, 'APP_NAME'), [textSection(t(locale, 'HOME_OPEN_IN_SHEETS'))]);
}

export function onDriveHomepage(e: AddonEvent): Card {
  const locale = eventLocale(e);
  return card(locale, t(locale, 'APP_NAME'), [textSection(t(locale, 'HOME_DRIVE_INTRO'))]);
}

export function onDriveItemsSelected(e: AddonEvent): Card {
  const locale = eventLocale(e);
  const items = e?.drive?.selectedItems ?? [];
  const section = textSection(t(locale, 'DRIVE_SELECTED', { count: items.length }));
  for (const item of items) section.addWidget(labelled(item.mimeType, item.title));
  return card(locale, t(locale, 'APP_NAME'), [section]);
}

export function onCalendarHomepage(e: AddonEvent): Card {
  const locale = eventLocale(e);
  return card(locale, t(locale, 'APP_NAME'), [textSection(t(locale, 'HOME_CALENDAR_INTRO'))]);
}

/** An opened event shows the same card until meetings are built: its id would mean nothing to her. */
export function onCalendarEventOpen(e: AddonEvent): Card {
  return onCalendarHomepage(e);
}

export function onHelp(e: AddonEvent): GoogleAppsScript.Card_Service.UniversalActionResponse {
  const locale = eventLocale(e);
  const help = card(locale, t(locale, 'HELP_TITLE'), [textSection(t(locale, 'HELP_TEXT'))]);
  return CardService.newUniversalActionResponseBuilder().displayAddOnCards([help]).build();
}
