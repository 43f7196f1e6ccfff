/** The loan application form and what its Save button does. */
import { applicationChoices } from '../../app/loans/lists';
import { recordLoanApplication } from '../../app/loans/applications';
import { newRequestId } from '../../app/request';
import { LumbungError, quoted, readField, throwIfProblems, type Problem } from '../../domain/errors';
import { formatRupiah, parseRupiah } from '../../domain/money-text';
import { t, type Locale } from '../../i18n/index';
import { ActionResponse, handle, input, param, pushCard, updateCard } from '../respond';
import { AddonEvent, Card, card, textSection } from '../ui';
import { button, buttons, dropdown, textField } from '../widgets';

export function onLoanApplicationForm(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => pushCard(applicationForm(locale)));
}

function applicationForm(locale: Locale): Card {
  const { members, products } = applicationChoices();
  const title = t(locale, 'LOANS_APPLICATION_TITLE');
  if (members.length === 0) return card(locale, title, [textSection(t(locale, 'NO_ACTIVE_MEMBERS'))]);
  const section = CardService.newCardSection()
    .addWidget(dropdown('memberId', t(locale, 'LOANS_FIELD_MEMBER'), members.map((m) => ({ text: `${m.id} ${m.name}`, value: m.id }))))
    .addWidget(dropdown('productId', t(locale, 'LOANS_FIELD_PRODUCT'), products.map((p) => ({ text: p.name, value: p.id }))))
    .addWidget(textField('amount', t(locale, 'LOANS_FIELD_AMOUNT'), { hint: '1.200.000' }))
    .addWidget(textField('termMonths', t(locale, 'LOANS_FIELD_TERM'), { hint: '12' }))
    .addWidget(textField('purpose', t(locale, 'LOANS_FIELD_PURPOSE'), { multiline: true }))
    // One id per opened form: pressing Save twice records the application once.
    .addWidget(buttons(button(t(locale, 'BUTTON_SAVE'), 'onRecordLoanApplication', { requestId: newRequestId() }, true)));
  return card(locale, title, [section]);
}

/** Months as typed: digits only ("12"), so "dua belas" or "12,5" is asked again in plain words. */
export function monthsTyped(text: string): number {
  if (!/^\d{1,3}$/.test(text)) throw new LumbungError('LOANS_TERM_NOT_A_NUMBER', { text: quoted(text) || '-' });
  return Number(text);
}

export function onRecordLoanApplication(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    // Both typed fields are read before refusing, so a wrong amount and a wrong term are named together.
    const problems: Problem[] = [];
    const amount = readField(problems, 'amount', () => parseRupiah(input(e, 'amount')));
    const termMonths = readField(problems, 'termMonths', () => monthsTyped(input(e, 'termMonths')));
    throwIfProblems(problems);
    const result = recordLoanApplication({
      memberId: input(e, 'memberId'), productId: input(e, 'productId'), amount: amount!, termMonths: termMonths!,
      purpose: input(e, 'purpose', { multiline: true }), requestId: param(e, 'requestId'),
    });
    const a = result.application;
    const note = result.repeated
      ? t(locale, 'LOANS_APPLICATION_REPEATED', { id: a.id })
      : t(locale, 'LOANS_APPLICATION_RECORDED', { id: a.id, name: result.memberName, amount: formatRupiah(a.amount), term: a.termMonths });
    return updateCard(card(locale, t(locale, 'LOANS_APPLICATION_TITLE'), [textSection(note)]), note);
  });
}
