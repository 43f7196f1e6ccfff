/**
 * The ketua's and the bendahara's list: applications waiting for a decision (Setujui / Tolak with a
 * reason) and approved ones waiting for the payout (Cairkan). After each click the list is shown
 * again as it now stands, with the outcome in a notification.
 */
import { decideLoanApplication } from '../../app/loans/applications';
import { disburseLoan } from '../../app/loans/disbursement';
import { applicationsToHandle, type ApplicationLine } from '../../app/loans/lists';
import { formatRupiah } from '../../domain/money-text';
import { t, type Locale } from '../../i18n/index';
import { ActionResponse, handle, input, param, pickedDate, pushCard, updateCard } from '../respond';
import { AddonEvent, Card, card, labelled, paragraph } from '../ui';
import { button, buttons, datePicker, textField } from '../widgets';

/** At most this many of each list on the card (3 or 4 widgets each): the card stays within 100 widgets. */
const SHOWN = 12;

export function onLoanDecisions(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => pushCard(decisionsCard(locale)));
}

function describe(locale: Locale, l: ApplicationLine) {
  const a = l.application;
  return labelled(
    `${a.id} · ${a.memberId} ${l.memberName}`,
    t(locale, 'LOANS_APPLICATION_LINE', { amount: formatRupiah(a.amount), term: a.termMonths, product: l.productName, purpose: a.purpose, date: a.date }),
  );
}

function listSection(locale: Locale, header: string, lines: readonly ApplicationLine[], item: (l: ApplicationLine) => GoogleAppsScript.Card_Service.Widget[]) {
  const section = CardService.newCardSection().setHeader(header);
  if (lines.length === 0) section.addWidget(paragraph(t(locale, 'LOANS_NOTHING_WAITING')));
  for (const l of lines.slice(0, SHOWN)) for (const w of [describe(locale, l), ...item(l)]) section.addWidget(w);
  if (lines.length > SHOWN) section.addWidget(paragraph(t(locale, 'LOANS_MORE_NOT_SHOWN', { count: lines.length - SHOWN })));
  return section;
}

function decisionsCard(locale: Locale): Card {
  const { waiting, approved } = applicationsToHandle();
  const waitingSection = listSection(locale, t(locale, 'LOANS_WAITING_HEADER', { count: waiting.length }), waiting, (l) => [
    textField(`note_${l.application.id}`, t(locale, 'LOANS_FIELD_DECISION_NOTE')),
    buttons(
      button(t(locale, 'LOANS_BUTTON_APPROVE'), 'onApproveLoan', { id: l.application.id }, true),
      button(t(locale, 'LOANS_BUTTON_REJECT'), 'onRejectLoan', { id: l.application.id }),
    ),
  ]);
  const approvedSection = listSection(locale, t(locale, 'LOANS_APPROVED_HEADER', { count: approved.length }), approved, (l) => [
    datePicker(`due_${l.application.id}`, t(locale, 'LOANS_FIELD_FIRST_DUE')),
    textField(`note_${l.application.id}`, t(locale, 'LOANS_FIELD_DECISION_NOTE')),
    buttons(
      button(t(locale, 'LOANS_BUTTON_DISBURSE'), 'onDisburseLoan', { id: l.application.id }, true),
      button(t(locale, 'LOANS_BUTTON_REJECT'), 'onRejectLoan', { id: l.application.id }),
    ),
  ]);
  return card(locale, t(locale, 'LOANS_DECISIONS_TITLE'), [waitingSection, approvedSection]);
}

export function onApproveLoan(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const id = param(e, 'id');
    decideLoanApplication(id, { approve: true, note: input(e, `note_${id}`) });
    return updateCard(decisionsCard(locale), t(locale, 'LOANS_APPROVED', { id }));
  });
}

export function onRejectLoan(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const id = param(e, 'id');
    const { application } = decideLoanApplication(id, { approve: false, reason: input(e, `note_${id}`) });
    return updateCard(decisionsCard(locale), t(locale, 'LOANS_REJECTED', { id, reason: application.reason }));
  });
}

/** Pays out an approved application, its first due date as picked on the card (default a month on). */
export function onDisburseLoan(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const id = param(e, 'id');
    const r = disburseLoan({ applicationId: id, firstDueDate: pickedDate(e, `due_${id}`) || undefined });
    const note = r.repeated
      ? t(locale, 'LOANS_DISBURSED_REPEATED', { loan: r.loan.id })
      : t(locale, 'LOANS_DISBURSED', {
        loan: r.loan.id, name: r.memberName, paid: formatRupiah(r.paidOut), fee: formatRupiah(r.fee), receipt: r.entry.receipt ?? '', due: r.loan.firstDueDate,
      });
    return updateCard(decisionsCard(locale), note);
  });
}
