/**
 * The savings card (setor / tarik wajib or sukarela, with a receipt to read out) and the exit cards:
 * choose the member, see the settlement, then record it. Cards parse and show; app/ decides.
 */
import { previewExit, recordExit, type ExitFigures } from '../app/members/exit';
import { activeMembers, recordSavings, type SavingsRecorded } from '../app/savings';
import { newRequestId } from '../app/request';
import type { Member } from '../domain/types';
import { formatRupiah, rupiahInWords } from '../domain/money-text';
import { readSavingsMovement, type MovableSavings } from '../domain/savings/movement';
import { Locale, t } from '../i18n';
import { ActionResponse, handle, input, notify, param, pushCard, updateCard } from './respond';
import { AddonEvent, Card, card, labelled, paragraph, textSection } from './ui';
import { button, buttons, dropdown, textField } from './widgets';

const rp = formatRupiah;

function memberItems(members: readonly Member[]) {
  return members.map((m) => ({ text: `${m.id} ${m.name}`, value: m.id }));
}

export function onSavingsForm(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const members = activeMembers('record_savings');
    if (members.length === 0) return notify(t(locale, 'NO_ACTIVE_MEMBERS'));
    const section = CardService.newCardSection()
      .addWidget(dropdown('memberId', t(locale, 'FIELD_MEMBER'), memberItems(members)))
      .addWidget(dropdown('type', t(locale, 'FIELD_SAVINGS_TYPE'), [
        { text: t(locale, 'SAVINGS_WAJIB'), value: 'wajib' },
        { text: t(locale, 'SAVINGS_SUKARELA'), value: 'sukarela' },
      ]))
      .addWidget(dropdown('direction', t(locale, 'FIELD_DIRECTION'), [
        { text: t(locale, 'DIRECTION_DEPOSIT'), value: 'deposit' },
        { text: t(locale, 'DIRECTION_WITHDRAWAL'), value: 'withdrawal' },
      ]))
      .addWidget(textField('amount', t(locale, 'FIELD_AMOUNT'), { hint: t(locale, 'FIELD_AMOUNT_HINT') }))
      // One id per opened form: pressing Save twice records the money once.
      .addWidget(buttons(button(t(locale, 'BUTTON_SAVE'), 'onRecordSavings', { requestId: newRequestId() }, true)));
    return pushCard(card(locale, t(locale, 'SAVINGS_FORM_TITLE'), [section]));
  });
}

export function onRecordSavings(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const request = readSavingsMovement({ memberId: input(e, 'memberId'), type: input(e, 'type'), direction: input(e, 'direction'), amount: input(e, 'amount') });
    const result = recordSavings({ ...request, requestId: param(e, 'requestId') });
    const note = savingsNote(locale, result);
    return updateCard(card(locale, t(locale, 'SAVINGS_FORM_TITLE'), [receiptSection(locale, result, note)]), note);
  });
}

function typeName(locale: Locale, type: MovableSavings): string {
  return t(locale, type === 'wajib' ? 'SAVINGS_WAJIB' : 'SAVINGS_SUKARELA').toLowerCase();
}

function savingsNote(locale: Locale, r: SavingsRecorded): string {
  if (r.repeated) return t(locale, 'SAVINGS_ALREADY_RECORDED', { receipt: r.receipt });
  const code = r.direction === 'deposit' ? 'SAVINGS_DEPOSITED' : 'SAVINGS_WITHDRAWN';
  return t(locale, code, { type: typeName(locale, r.type), name: r.member.name, memberId: r.member.id, receipt: r.receipt, amount: r.amount });
}

/** What the bendahara reads out and copies onto the paper receipt. */
function receiptSection(locale: Locale, r: SavingsRecorded, note: string): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection()
    .addWidget(paragraph(note))
    .addWidget(labelled(t(locale, 'LABEL_RECEIPT'), r.receipt))
    .addWidget(labelled(t(locale, 'LABEL_AMOUNT'), rp(r.amount)))
    .addWidget(labelled(t(locale, 'LABEL_IN_WORDS'), rupiahInWords(r.amount)))
    .addWidget(labelled(t(locale, 'LABEL_NEW_BALANCE', { type: typeName(locale, r.type) }), rp(r.balance)));
  const w = r.wajibArrears;
  if (w) {
    const text = w.months > 0 ? t(locale, 'WAJIB_ARREARS', { months: w.months, amount: w.amount })
      : w.monthsAhead > 0 ? t(locale, 'WAJIB_PAID_AHEAD', { months: w.monthsAhead }) : t(locale, 'WAJIB_NO_ARREARS');
    section.addWidget(paragraph(text));
  }
  return section;
}

export function onExitForm(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const members = activeMembers('record_exit');
    if (members.length === 0) return notify(t(locale, 'NO_ACTIVE_MEMBERS'));
    const section = CardService.newCardSection()
      .addWidget(paragraph(t(locale, 'EXIT_FORM_INTRO')))
      .addWidget(dropdown('memberId', t(locale, 'FIELD_MEMBER'), memberItems(members)))
      .addWidget(buttons(button(t(locale, 'BUTTON_EXIT_PREVIEW'), 'onExitPreview', {}, true)));
    return pushCard(card(locale, t(locale, 'EXIT_FORM_TITLE'), [section]));
  });
}

/** The settlement, worked out without writing; the button carries the member and the day it was worked out for. */
export function onExitPreview(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const f = previewExit({ memberId: input(e, 'memberId') });
    const intro = t(locale, 'EXIT_PREVIEW_INTRO', { name: f.member.name, memberId: f.member.id, date: f.date });
    const section = figuresSection(locale, f)
      .addWidget(buttons(button(t(locale, 'BUTTON_RECORD_EXIT'), 'onRecordExit', { memberId: f.member.id, date: f.date, requestId: newRequestId() }, true)));
    return pushCard(card(locale, t(locale, 'EXIT_PREVIEW_TITLE'), [textSection(intro), section]));
  });
}

export function onRecordExit(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const r = recordExit({ memberId: param(e, 'memberId'), date: param(e, 'date'), requestId: param(e, 'requestId') });
    const blanks = { name: r.member.name, memberId: r.member.id, receipt: r.receipt, payout: r.payout, owed: r.remainingDebt };
    const code = r.repeated ? 'EXIT_ALREADY_RECORDED'
      : r.entry === null ? (r.remainingDebt > 0 ? 'EXIT_RECORDED_NO_SAVINGS_DEBT' : 'EXIT_RECORDED_NO_SAVINGS')
        : r.remainingDebt > 0 ? 'EXIT_RECORDED_DEBT' : 'EXIT_RECORDED';
    const note = t(locale, code, blanks);
    return updateCard(card(locale, t(locale, 'EXIT_FORM_TITLE'), [textSection(note), figuresSection(locale, r)]), note);
  });
}

function figuresSection(locale: Locale, f: ExitFigures): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection()
    .addWidget(labelled(t(locale, 'SAVINGS_POKOK'), rp(f.savings.pokok)))
    .addWidget(labelled(t(locale, 'SAVINGS_WAJIB'), rp(f.savings.wajib)))
    .addWidget(labelled(t(locale, 'SAVINGS_SUKARELA'), rp(f.savings.sukarela)))
    .addWidget(labelled(t(locale, 'LABEL_RETURNED'), rp(f.returned)));
  for (const l of f.loans) {
    const text = t(locale, l.settledInFull ? 'EXIT_LOAN_CLOSES' : 'EXIT_LOAN_STAYS', { owed: l.owed });
    section.addWidget(labelled(t(locale, 'LABEL_LOAN_OWED', { loanId: l.loanId }), text));
  }
  if (f.loans.length > 0) section.addWidget(labelled(t(locale, 'LABEL_SETTLED'), rp(f.settled)));
  section.addWidget(labelled(t(locale, 'LABEL_PAYOUT'), rp(f.payout)));
  if (f.remainingDebt > 0) section.addWidget(labelled(t(locale, 'LABEL_REMAINING_DEBT'), rp(f.remainingDebt)));
  return section;
}
