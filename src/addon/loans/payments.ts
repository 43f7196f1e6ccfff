/**
 * Receiving an installment (the running loans to choose from, the amount, the day) and showing back
 * where the money went and the receipt; and the ketua's penalty waiver form.
 */
import { recordInstallment } from '../../app/loans/payments';
import { runningLoans } from '../../app/loans/lists';
import { waivePenalty } from '../../app/loans/waivers';
import { newRequestId } from '../../app/request';
import { formatRupiah, parseRupiah, rupiahInWords } from '../../domain/money-text';
import { partsTotal } from '../../domain/loans/postings';
import { readPenaltyWaiver } from '../../domain/loans/penalty';
import { t, type Locale } from '../../i18n/index';
import { ActionResponse, handle, input, param, pickedDate, pushCard, updateCard } from '../respond';
import { AddonEvent, Card, card, textSection } from '../ui';
import { button, buttons, datePicker, dropdown, textField } from '../widgets';

export function onInstallmentForm(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => pushCard(installmentForm(locale)));
}

function installmentForm(locale: Locale): Card {
  const title = t(locale, 'LOANS_INSTALLMENT_TITLE');
  const loans = runningLoans('record_installment');
  if (loans.length === 0) return card(locale, title, [textSection(t(locale, 'LOANS_NO_RUNNING'))]);
  const items = loans.map(({ figures: f, memberName, payoff }) => ({
    value: f.loanId,
    text: f.nextDue
      ? t(locale, 'LOANS_LOAN_CHOICE_DUE', { loan: f.loanId, name: memberName, due: formatRupiah(f.dueNow), payoff: formatRupiah(payoff) })
      : t(locale, 'LOANS_LOAN_CHOICE', { loan: f.loanId, name: memberName }),
  }));
  const section = CardService.newCardSection()
    .addWidget(dropdown('loanId', t(locale, 'LOANS_FIELD_LOAN'), items))
    .addWidget(textField('amount', t(locale, 'LOANS_FIELD_PAID'), { hint: '118.000' }))
    .addWidget(datePicker('paidOn', t(locale, 'LOANS_FIELD_PAID_ON')))
    // One id per opened form: pressing Terima twice records the payment once.
    .addWidget(buttons(button(t(locale, 'LOANS_BUTTON_RECEIVE'), 'onRecordInstallment', { requestId: newRequestId() }, true)));
  return card(locale, title, [section]);
}

export function onRecordInstallment(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const r = recordInstallment({
      loanId: input(e, 'loanId'), amount: parseRupiah(input(e, 'amount')), date: pickedDate(e, 'paidOn') || undefined, requestId: param(e, 'requestId'),
    });
    const amount = partsTotal(r);
    const receipt = r.entry.receipt ?? '';
    const note = r.repeated
      ? t(locale, 'LOANS_INSTALLMENT_REPEATED', { receipt })
      : t(locale, 'LOANS_INSTALLMENT_RECORDED', { loan: r.loanId, name: r.memberName, amount: formatRupiah(amount), receipt });
    const split = t(locale, 'LOANS_ALLOCATION', {
      penalty: formatRupiah(r.penalty), interest: formatRupiah(r.interest), principal: formatRupiah(r.principal), left: formatRupiah(r.principalLeft),
    });
    // Terbilang: how a kuitansi writes the amount, so the member can check what she handed over.
    const paragraphs = [note, split, `${formatRupiah(amount)}: ${rupiahInWords(amount)}`];
    if (r.closesLoan) paragraphs.push(t(locale, 'LOANS_PAID_OFF', { loan: r.loanId }));
    const section = textSection(...paragraphs).addWidget(buttons(button(t(locale, 'LOANS_BUTTON_ANOTHER'), 'onInstallmentForm')));
    return updateCard(card(locale, t(locale, 'LOANS_INSTALLMENT_TITLE'), [section]), note);
  });
}

export function onWaiverForm(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => pushCard(waiverForm(locale)));
}

function waiverForm(locale: Locale): Card {
  const title = t(locale, 'LOANS_WAIVER_TITLE');
  const late = runningLoans('waive_penalty').filter((l) => l.figures.penaltyOwed > 0);
  if (late.length === 0) return card(locale, title, [textSection(t(locale, 'LOANS_NO_PENALTIES'))]);
  const items = late.map(({ figures: f, memberName }) => ({
    value: f.loanId, text: t(locale, 'LOANS_WAIVER_CHOICE', { loan: f.loanId, name: memberName, owed: formatRupiah(f.penaltyOwed) }),
  }));
  const section = CardService.newCardSection()
    .addWidget(dropdown('loanId', t(locale, 'LOANS_FIELD_LOAN'), items))
    .addWidget(textField('amount', t(locale, 'LOANS_FIELD_WAIVED')))
    .addWidget(textField('reason', t(locale, 'LOANS_FIELD_WAIVER_REASON'), { multiline: true }))
    .addWidget(buttons(button(t(locale, 'LOANS_BUTTON_WAIVE'), 'onWaivePenalty', { requestId: newRequestId() }, true)));
  return card(locale, title, [section]);
}

export function onWaivePenalty(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const waiver = readPenaltyWaiver({ amount: input(e, 'amount'), reason: input(e, 'reason', { multiline: true }) });
    const r = waivePenalty({ loanId: input(e, 'loanId'), ...waiver, requestId: param(e, 'requestId') });
    const note = t(locale, 'LOANS_WAIVED', { loan: r.loanId, name: r.memberName, amount: formatRupiah(r.amount), left: formatRupiah(r.penaltyLeft) });
    return updateCard(card(locale, t(locale, 'LOANS_WAIVER_TITLE'), [textSection(note)]), note);
  });
}
