/**
 * Undoing an entry: type its number, see what it recorded, write why, confirm. The confirm button
 * names the entry, and the reversal's key makes a second click land nothing.
 */
import { entryToReverse, reversePosting, type ReversalPreview } from '../../app/books/reversal';
import { formatRupiah } from '../../domain/money-text';
import { Locale, t } from '../../i18n/index';
import { ActionResponse, handle, input, param, pushCard, updateCard } from '../respond';
import { AddonEvent, Card, card, labelled, textSection } from '../ui';
import { button, buttons, textField } from '../widgets';

export function onReversalForm(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const section = textSection(t(locale, 'REVERSAL_INTRO'))
      .addWidget(textField('entryId', t(locale, 'FIELD_ENTRY_ID')))
      .addWidget(buttons(button(t(locale, 'BUTTON_SHOW'), 'onReversalPreview', {}, true)));
    return pushCard(card(locale, t(locale, 'REVERSAL_TITLE'), [section]));
  });
}

export function onReversalPreview(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => pushCard(previewCard(locale, entryToReverse(input(e, 'entryId')))));
}

function previewCard(locale: Locale, { entry, accounts }: ReversalPreview): Card {
  const top = textSection(t(locale, 'REVERSAL_PREVIEW', { entry: entry.id, date: entry.date, memo: entry.memo }));
  const lines = CardService.newCardSection().setHeader(t(locale, 'REVERSAL_LINES'));
  for (const l of entry.lines) {
    const account = accounts.get(l.account);
    const name = account ? (locale === 'en' ? account.nameEn : account.name) : '';
    const tags = [l.memberId && t(locale, 'LINE_MEMBER', { member: l.memberId }), l.loanId && t(locale, 'LINE_LOAN', { loan: l.loanId })].filter(Boolean);
    const amount = l.debit > 0 ? t(locale, 'LINE_DEBIT', { amount: formatRupiah(l.debit) }) : t(locale, 'LINE_CREDIT', { amount: formatRupiah(l.credit) });
    lines.addWidget(labelled(`${l.account} ${name}${tags.length ? `, ${tags.join(', ')}` : ''}`, amount));
  }
  const confirm = CardService.newCardSection()
    .addWidget(textField('reason', t(locale, 'FIELD_REASON'), { multiline: true }))
    .addWidget(buttons(button(t(locale, 'REVERSAL_CONFIRM'), 'onReverseEntry', { entryId: entry.id }, true)));
  return card(locale, t(locale, 'REVERSAL_TITLE'), [top, lines, confirm]);
}

export function onReverseEntry(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const result = reversePosting({ entryId: param(e, 'entryId'), reason: input(e, 'reason', { multiline: true }) });
    const params = { entry: result.original.id, reversal: result.reversal.id };
    const note = t(locale, result.repeated ? 'REVERSAL_ALREADY_DONE' : 'REVERSAL_DONE', params);
    return updateCard(card(locale, t(locale, 'REVERSAL_TITLE'), [textSection(note)]), note);
  });
}
