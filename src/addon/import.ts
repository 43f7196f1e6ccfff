/** The import card: what to paste where, the "Impor sekarang" button, and the summary of a run. */
import { importOldRecords, type ImportReport } from '../app/members/import';
import { problemLines } from '../app/members/import-sheet';
import { Locale, t } from '../i18n';
import { ActionResponse, handle, param, pickedDate, pushCard, updateCard } from './respond';
import { AddonEvent, Card, card, labelled, paragraph, textSection } from './ui';
import { button, buttons, datePicker } from './widgets';

/** Refused rows shown on the card; the rest are in the "Hasil Impor" column (a card holds 100 widgets). */
const SHOWN_REFUSED = 5;

export function onImportStart(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => pushCard(startCard(locale)));
}

function runButton(locale: Locale, cutover: string): GoogleAppsScript.Card_Service.ButtonSet {
  return buttons(button(t(locale, 'IMPORT_BUTTON_RUN'), 'onRunImport', cutover ? { cutover } : {}, true));
}

function startCard(locale: Locale): Card {
  const how = textSection(
    t(locale, 'IMPORT_STEP_OPEN'), t(locale, 'IMPORT_STEP_PASTE'), t(locale, 'IMPORT_STEP_COLUMNS'),
    t(locale, 'IMPORT_STEP_SAVINGS'), t(locale, 'IMPORT_STEP_RUN'),
  ).setHeader(t(locale, 'IMPORT_HOW'));
  const run = textSection(t(locale, 'IMPORT_CUTOVER_HELP'));
  run.addWidget(datePicker('cutover', t(locale, 'IMPORT_CUTOVER')));
  run.addWidget(runButton(locale, ''));
  return card(locale, t(locale, 'IMPORT_TITLE'), [how, run]);
}

/** The picked date (midnight UTC of the day, as Google sends it), or the one carried by "run again". */
function cutoverOf(e: AddonEvent): string {
  return pickedDate(e, 'cutover') || param(e, 'cutover');
}

export function onRunImport(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const cutover = cutoverOf(e);
    const report = importOldRecords(cutover ? { cutoverDate: cutover } : {});
    const note = t(locale, 'IMPORT_SUMMARY', { imported: report.imported, already: report.already, refused: report.refused });
    return updateCard(summaryCard(locale, report, cutover), note);
  });
}

function summaryCard(locale: Locale, report: ImportReport, cutover: string): Card {
  const members = (count: number) => t(locale, 'IMPORT_COUNT_MEMBERS', { count });
  const counts = CardService.newCardSection()
    .addWidget(labelled(t(locale, 'IMPORT_COUNT_IMPORTED'), members(report.imported)))
    .addWidget(labelled(t(locale, 'IMPORT_COUNT_ALREADY'), members(report.already)))
    .addWidget(labelled(t(locale, 'IMPORT_COUNT_REFUSED'), members(report.refused)));
  const sections = [counts];
  const refused = report.rows.filter((r) => r.status === 'refused');
  if (refused.length > 0) {
    const list = CardService.newCardSection().setHeader(t(locale, 'IMPORT_REFUSED_HEADER'));
    for (const r of refused.slice(0, SHOWN_REFUSED)) {
      const label = r.name ? t(locale, 'IMPORT_ROW_LABEL_NAMED', { row: r.sheetRow, name: r.name }) : t(locale, 'IMPORT_ROW_LABEL', { row: r.sheetRow });
      list.addWidget(labelled(label, problemLines(r.problems, locale).join('\n')));
    }
    if (refused.length > SHOWN_REFUSED) list.addWidget(paragraph(t(locale, 'IMPORT_MORE_REFUSED', { count: refused.length - SHOWN_REFUSED })));
    sections.push(list);
  }
  const next = textSection(t(locale, 'IMPORT_LOOK_AT_RESULTS'));
  next.addWidget(runButton(locale, cutover));
  sections.push(next);
  return card(locale, t(locale, 'IMPORT_DONE_TITLE'), sections);
}
