/** The Sheets side panel: set the ledger up, then the managers' actions. */
import { ledgerHome, setupLedger } from '../app/setup';
import { t } from '../i18n';
import { ActionResponse, handle, updateCard } from './respond';
import { AddonEvent, Card, card, eventLocale, labelled, textSection } from './ui';
import { MENU } from './menu';
import { button, buttons } from './widgets';

export function onSheetsHomepage(e: AddonEvent): Card {
  const locale = eventLocale(e);
  const home = ledgerHome();
  if (!home.ready) {
    const intro = textSection(t(locale, 'HOME_SETUP_INTRO'));
    intro.addWidget(buttons(button(t(locale, 'BUTTON_SETUP'), 'onSetup', {}, true)));
    return card(locale, t(locale, 'APP_NAME'), [intro]);
  }
  const top = textSection();
  top.addWidget(labelled(t(locale, 'SPREADSHEET'), home.spreadsheetName));
  const sections = MENU.map((m) => {
    const section = CardService.newCardSection().setHeader(t(locale, m.header));
    for (const item of m.items) section.addWidget(buttons(button(t(locale, item.label), item.fn)));
    return section;
  });
  return card(locale, t(locale, 'APP_NAME'), [top, ...sections]);
}

export function onSetup(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const report = setupLedger();
    const note = report.firstTime
      ? t(locale, 'SETUP_DONE_FIRST')
      : t(locale, 'SETUP_DONE_AGAIN', {
          tabs: report.tabs.filter((r) => r.created).length,
          columns: report.tabs.reduce((n, r) => n + r.addedColumns.length, 0),
          settings: report.settingsAdded.length,
        });
    return updateCard(onSheetsHomepage(e), note);
  });
}
