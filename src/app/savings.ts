/**
 * Simpanan wajib and sukarela paid in or taken out at the bendahara's table: checked against the
 * member and her passbook, posted with a receipt number, landing once per request however often
 * the button is pressed.
 */
import { requestKey } from '../domain/books/posting';
import { accountFor } from '../domain/books/accounts';
import { throwIfProblems } from '../domain/errors';
import type { Member } from '../domain/types';
import type { Rupiah } from '../domain/money';
import { postSavingsDeposit, postSukarelaWithdrawal } from '../domain/savings/postings';
import type { Action } from '../domain/roles';
import { activeMemberOf, paymentsOf, savingsMovementProblems, sukarelaAvailableOn, type MovableSavings, type SavingsDirection, type SavingsMovementRequest } from '../domain/savings/movement';
import { wajibStatement } from '../domain/savings/wajib';
import { memberPassbook } from '../domain/savings/passbook';
import type { JournalEntry } from '../domain/types';
import { t } from '../i18n';
import { runAction, type Ctx } from './context';
import { journalOf, post } from './books/journal';
import { membersOf } from './records';

/** A movement read at the edge (readSavingsMovement), with the id of the form it came from. */
export interface SavingsRequest extends SavingsMovementRequest {
  /** One id per filled-in form: a second click records nothing twice. */
  readonly requestId: string;
}

export interface WajibArrears {
  /** Months due and not fully paid. */
  readonly months: number;
  readonly amount: Rupiah;
  /** Whole months already paid ahead. */
  readonly monthsAhead: number;
}

export interface SavingsRecorded {
  readonly member: Member;
  readonly entry: JournalEntry;
  readonly receipt: string;
  readonly type: MovableSavings;
  readonly direction: SavingsDirection;
  readonly amount: Rupiah;
  /** Her balance of that savings type after this movement. */
  readonly balance: Rupiah;
  /** After a wajib deposit: where her wajib stands today. */
  readonly wajibArrears?: WajibArrears;
  /** True when this request had already been recorded (a repeated click). */
  readonly repeated: boolean;
}

/** The active members, for a form's dropdown; opening the form already checks the user's role. */
export function activeMembers(action: Action): Member[] {
  return runAction(action, (ctx) => membersOf(ctx).filter((m) => m.status === 'aktif'));
}

export function recordSavings(input: SavingsRequest): SavingsRecorded {
  return runAction('record_savings', (ctx) => {
    const members = membersOf(ctx);
    const { entries, repeated } = post(ctx, requestKey('savings', input.requestId), (next) => {
      const member = activeMemberOf(members, input.memberId);
      const date = input.date ?? ctx.today;
      throwIfProblems(savingsMovementProblems(member, input, date, ctx.today));
      const memo = input.direction === 'deposit'
        ? t('id', 'MEMO_SAVINGS_DEPOSIT', { type: input.type, member: `${member.id} ${member.name}` })
        : t('id', 'MEMO_SAVINGS_WITHDRAWAL', { member: `${member.id} ${member.name}` });
      const meta = next({ date, memo, receipt: true });
      const facts = { memberId: member.id, amount: input.amount, moneyAccount: accountFor(ctx.chart, 'cash') };
      return [input.direction === 'deposit'
        ? postSavingsDeposit(ctx.chart, meta, { ...facts, savingsType: input.type })
        : postSukarelaWithdrawal(ctx.chart, meta, { ...facts, balance: sukarelaAvailableOn(passbookOf(ctx, member.id).sukarela, date) })];
    });
    return recorded(ctx, members, entries[0], repeated);
  });
}

function passbookOf(ctx: Ctx, memberId: string) {
  return memberPassbook(ctx.chart, journalOf(ctx).entries, memberId);
}

/** What the card shows for a posted movement, read back from the journal (so a repeat shows the same). */
function recorded(ctx: Ctx, members: readonly Member[], entry: JournalEntry, repeated: boolean): SavingsRecorded {
  const line = entry.lines.find((l) => l.savingsType)!;
  const type = line.savingsType as MovableSavings;
  const member = members.find((m) => m.id === line.memberId)!;
  const passbook = passbookOf(ctx, member.id);
  const direction: SavingsDirection = line.credit > 0 ? 'deposit' : 'withdrawal';
  const result = { member, entry, receipt: entry.receipt ?? '', type, direction, amount: line.credit + line.debit, balance: passbook[type].closing, repeated };
  if (type !== 'wajib') return result;
  const exitDate = member.exitDate || undefined;
  const s = wajibStatement({ joinDate: member.joinDate, exitDate }, paymentsOf(passbook.wajib), ctx.today, ctx.settings.savings);
  return { ...result, wajibArrears: { months: s.unpaidMonths.length, amount: s.arrears, monthsAhead: s.monthsPaidAhead } };
}
