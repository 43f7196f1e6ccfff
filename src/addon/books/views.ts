/**
 * The passbook (buku simpanan) and the loan card (kartu pinjaman): choose a member or a loan from
 * a dropdown, then read her savings or the loan's schedule beside its payments.
 */
import { loanCardOf, loanChoices, memberChoices, passbookOf, type LoanCardView, type PassbookView } from '../../app/books/views';
import { formatRupiah } from '../../domain/money-text';
import type { SavingsType } from '../../domain/types';
import { Locale, t, type MessageCode } from '../../i18n/index';
import { ActionResponse, handle, input, notify, pushCard } from '../respond';
import { AddonEvent, Card, card, labelled, paragraph, textSection } from '../ui';
import { button, buttons, dropdown } from '../widgets';

const rp = formatRupiah;
/** Movements shown on the passbook card; older ones are counted. */
const MOVEMENTS = 20;
/** Installments shown on the loan card (60 months would pass the card's 100 widgets). */
const INSTALLMENTS = 48;

export function onPassbookForm(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const choices = memberChoices().map((c) => ({ ...c, text: c.left ? `${c.text} ${t(locale, 'MEMBER_LEFT_MARK')}` : c.text }));
    if (choices.length === 0) return notify(t(locale, 'NO_MEMBERS_YET'));
    const section = CardService.newCardSection()
      .addWidget(dropdown('memberId', t(locale, 'BOOKS_FIELD_MEMBER'), choices))
      .addWidget(buttons(button(t(locale, 'BUTTON_SHOW'), 'onShowPassbook', {}, true)));
    return pushCard(card(locale, t(locale, 'PASSBOOK_TITLE'), [section]));
  });
}

export function onShowPassbook(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => pushCard(passbookCard(locale, passbookOf(input(e, 'memberId')))));
}

const TYPE_LABEL: Readonly<Record<SavingsType, MessageCode>> = { pokok: 'SAVINGS_POKOK', wajib: 'SAVINGS_WAJIB', sukarela: 'SAVINGS_SUKARELA' };

export function passbookCard(locale: Locale, { member, passbook, asOf }: PassbookView): Card {
  const types: SavingsType[] = ['pokok', 'wajib', 'sukarela'];
  const balances = textSection(t(locale, 'PASSBOOK_HEADER', { member: member.id, name: member.name, date: asOf }));
  for (const type of types) balances.addWidget(labelled(t(locale, TYPE_LABEL[type]), rp(passbook[type].closing)));
  balances.addWidget(labelled(t(locale, 'SAVINGS_TOTAL'), rp(passbook.total)));
  // All three types in one list by date (ties by entry number), as a paper passbook reads.
  const moves = types
    .flatMap((type) => passbook[type].rows.map((row) => ({ type, row })))
    .sort((a, b) => a.row.date.localeCompare(b.row.date) || a.row.entryId.localeCompare(b.row.entryId));
  const movements = CardService.newCardSection().setHeader(t(locale, 'PASSBOOK_MOVEMENTS'));
  if (moves.length === 0) movements.addWidget(paragraph(t(locale, 'PASSBOOK_NO_MOVEMENTS')));
  if (moves.length > MOVEMENTS) movements.addWidget(paragraph(t(locale, 'PASSBOOK_EARLIER', { count: moves.length - MOVEMENTS })));
  for (const { type, row } of moves.slice(-MOVEMENTS)) {
    const text = row.deposit >= row.withdrawal
      ? t(locale, 'MOVEMENT_DEPOSIT', { amount: rp(row.deposit - row.withdrawal), balance: rp(row.balance) })
      : t(locale, 'MOVEMENT_WITHDRAWAL', { amount: rp(row.withdrawal - row.deposit), balance: rp(row.balance) });
    movements.addWidget(labelled(`${row.date} · ${t(locale, TYPE_LABEL[type])} · ${row.entryId}`, text, row.memo));
  }
  return card(locale, t(locale, 'PASSBOOK_TITLE'), [balances, movements]);
}

export function onLoanCardForm(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const choices = loanChoices();
    if (choices.length === 0) return notify(t(locale, 'NO_LOANS_YET'));
    const section = CardService.newCardSection()
      .addWidget(dropdown('loanId', t(locale, 'FIELD_LOAN'), choices))
      .addWidget(buttons(button(t(locale, 'BUTTON_SHOW'), 'onShowLoanCard', {}, true)));
    return pushCard(card(locale, t(locale, 'LOAN_CARD_TITLE'), [section]));
  });
}

export function onShowLoanCard(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => pushCard(loanCardCard(locale, loanCardOf(input(e, 'loanId')))));
}

const METHOD = { flat: 'METHOD_FLAT', declining: 'METHOD_DECLINING', annuity: 'METHOD_ANNUITY' } as const;
const COLLECTIBILITY = { lancar: 'COLL_LANCAR', kurang_lancar: 'COLL_KURANG_LANCAR', diragukan: 'COLL_DIRAGUKAN', macet: 'COLL_MACET' } as const;

export function loanCardCard(locale: Locale, view: LoanCardView): Card {
  const { loan, figures, card: lc, overdue, asOf } = view;
  const summary = textSection(t(locale, 'LOAN_CARD_HEADER', { loan: loan.id, member: loan.memberId, name: view.memberName, date: asOf }))
    .addWidget(labelled(t(locale, 'LOAN_PRINCIPAL'), rp(loan.principal)))
    .addWidget(labelled(t(locale, 'LOAN_TERMS'), t(locale, 'LOAN_TERMS_TEXT', {
      months: loan.termMonths, rate: String(loan.ratePercent).replace('.', ','),
      per: t(locale, loan.ratePer === 'year' ? 'PER_YEAR' : 'PER_MONTH'), method: t(locale, METHOD[loan.method]),
    })))
    .addWidget(labelled(t(locale, 'LOAN_OUTSTANDING'), rp(figures.outstandingPrincipal)))
    .addWidget(labelled(t(locale, 'LOAN_ARREARS'), figures.arrears > 0
      ? t(locale, 'LOAN_ARREARS_TEXT', { amount: rp(figures.arrears), days: figures.daysPastDue })
      : t(locale, 'LOAN_NO_ARREARS')))
    .addWidget(labelled(t(locale, 'LOAN_COLLECTIBILITY'), t(locale, COLLECTIBILITY[figures.collectibility])));
  if (figures.penaltyOwed > 0) summary.addWidget(labelled(t(locale, 'LOAN_PENALTY'), rp(figures.penaltyOwed)));
  const schedule = CardService.newCardSection().setHeader(t(locale, 'LOAN_SCHEDULE'));
  for (const r of lc.rows.slice(0, INSTALLMENTS)) {
    const late = overdue.has(r.n);
    const state = r.status === 'paid' ? t(locale, 'INSTALLMENT_PAID', { date: r.paidOn ?? '' })
      : r.status === 'partial' ? t(locale, late ? 'INSTALLMENT_PARTIAL_LATE' : 'INSTALLMENT_PARTIAL')
      : t(locale, late ? 'INSTALLMENT_LATE' : 'INSTALLMENT_UNPAID');
    const text = t(locale, 'INSTALLMENT_TEXT', { due: rp(r.principalDue + r.interestDue), amount: rp(r.principalPaid + r.interestPaid) });
    schedule.addWidget(labelled(t(locale, 'INSTALLMENT_LABEL', { n: r.n, date: r.dueDate }), text, state));
  }
  if (lc.rows.length > INSTALLMENTS) schedule.addWidget(paragraph(t(locale, 'LOAN_SCHEDULE_MORE', { count: lc.rows.length - INSTALLMENTS })));
  return card(locale, t(locale, 'LOAN_CARD_TITLE'), [summary, schedule]);
}
