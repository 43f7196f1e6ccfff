/** The member registration form and what its Save button does. */
import { registerMember } from '../app/members/members';
import { newRequestId } from '../app/request';
import { formatRupiah, parseRupiah } from '../domain/money-text';
import { t } from '../i18n';
import { ActionResponse, handle, input, param, pushCard, updateCard } from './respond';

import { AddonEvent, Card, card, textSection } from './ui';
import { button, buttons, textField } from './widgets';

export function onMemberForm(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => pushCard(memberForm(locale)));
}

function memberForm(locale: 'id' | 'en'): Card {
  const section = CardService.newCardSection()
    .addWidget(textField('name', t(locale, 'FIELD_NAME')))
    .addWidget(textField('nik', t(locale, 'FIELD_NIK')))
    .addWidget(textField('phone', t(locale, 'FIELD_PHONE')))
    .addWidget(textField('address', t(locale, 'FIELD_ADDRESS'), { multiline: true }))
    .addWidget(textField('email', t(locale, 'FIELD_EMAIL')))
    .addWidget(textField('group', t(locale, 'FIELD_GROUP')))
    .addWidget(textField('wajib', t(locale, 'FIELD_WAJIB_NOW')))
    // One id per opened form: pressing Save twice registers the member once.
    .addWidget(buttons(button(t(locale, 'BUTTON_SAVE'), 'onRegisterMember', { requestId: newRequestId() }, true)));
  return card(locale, t(locale, 'MEMBER_FORM_TITLE'), [section]);
}

export function onRegisterMember(e: AddonEvent): ActionResponse | Card {
  return handle(e, (locale) => {
    const wajibText = input(e, 'wajib');
    const result = registerMember({
      name: input(e, 'name'), nik: input(e, 'nik'), phone: input(e, 'phone'), address: input(e, 'address', { multiline: true }),
      email: input(e, 'email'), group: input(e, 'group'), wajib: wajibText ? parseRupiah(wajibText) : 0,
      requestId: param(e, 'requestId'),
    });
    const { member, entry, paid } = result;
    const note = result.repeated
      ? t(locale, 'MEMBER_ALREADY_REGISTERED', { name: member.name, id: member.id })
      : t(locale, 'MEMBER_REGISTERED', { name: member.name, id: member.id, receipt: entry.receipt ?? '', amount: formatRupiah(paid) });
    return updateCard(card(locale, t(locale, 'MEMBER_FORM_TITLE'), [textSection(note)]), note);
  });
}

