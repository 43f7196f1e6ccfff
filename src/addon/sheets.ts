/** The Sheets side panel: set the ledger up, then the managers' actions. */
import { setupLedger } from '../app/setup';
import { t } from '../i18n';
import { activeSpreadsheet } from '../workspace/document';
import { SETTINGS } from '../workspace/schema';
import { ActionResponse, handle, updateCard } from './respond';
import { AddonEvent, Card, card, eventLocale, labelled, textSection } from './ui';
import { button, buttons } from './widgets';

export function onSheetsHomepage(e: AddonEvent): Card {
  const locale = eventLocale(e);
  const ss = activeSpreadsheet();
  if (!ss.getSheetByName(SETTINGS.name)) {
    const intro = textSection(t(locale, 'HOME_SETUP_INTRO'));
    intro.addWidget(buttons(button(t(locale, 'BUTTON_SETUP'), 'onSetup', {}, true)));
    return card(locale, t(locale, 'APP_NAME'), [intro]);
  }
  const section = CardService.newCardSection().setHeader(t(locale, 'HOME_ACTIONS'));
  section.addWidget(labelled(t(locale, 'SPREADSHEET'), ss.getName()));
  section.addWidget(buttons(button(t(locale, 'BUTTON_REGISTER_MEMBER'), 'onMemberForm', {}, true)));
  section.addWidget(buttons(button(t(locale, 'BUTTON_REPAIR'), 'onSetup')));
  return card(locale, t(locale, 'APP_NAME'), [section]);
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
