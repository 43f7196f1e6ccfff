/** The ringkasan card: the cooperative's figures today, group by group, in plain words. */
import { showDashboard, type Dashboard, type FigureLine } from '../../app/books/dashboard';
import { formatRupiah } from '../../domain/money-text';
import { Locale, t } from '../../i18n/index';
import { ActionResponse, handle, pushCard } from '../respond';
import { AddonEvent, Card, card, labelled, textSection } from '../ui';

export function onDashboard(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => pushCard(dashboardCard(locale, showDashboard())));
}

/** 0.125 -> "12,5%" (one decimal, as the health worksheet reads). */
export function percentText(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}

function valueText(locale: Locale, line: FigureLine): string {
  if (line.kind === 'money') return formatRupiah(line.value as number);
  if (line.kind === 'share') return percentText(line.value as number);
  if (line.kind === 'word') return t(locale, line.value);
  return String(line.value);
}

export function dashboardCard(locale: Locale, dashboard: Dashboard): Card {
  const sections: GoogleAppsScript.Card_Service.CardSection[] = [];
  let current = '';
  for (const line of dashboard.lines) {
    if (line.group !== current) {
      current = line.group;
      sections.push(CardService.newCardSection().setHeader(t(locale, line.group)));
    }
    sections[sections.length - 1].addWidget(labelled(t(locale, line.label), valueText(locale, line)));
  }
  const note = t(locale, dashboard.written ? 'DASH_WRITTEN' : 'DASH_NOT_WRITTEN', { at: dashboard.computedAt });
  return card(locale, t(locale, 'DASHBOARD_TITLE'), [textSection(note), ...sections]);
}
