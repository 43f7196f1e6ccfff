/**
 * Registering a member: her details in the members tab and her simpanan pokok (and a first wajib,
 * when she pays it now) in the journal, in one locked operation that lands once per request.
 */
import { requestKey } from '../../domain/books/posting';
import { throwIfProblems } from '../../domain/errors';
import { memberProblems, nextMemberId } from '../../domain/members/member';
import { type Member } from '../../domain/types';
import { accountFor } from '../../domain/books/accounts';
import { postMemberJoin } from '../../domain/members/postings';
import type { JournalEntry } from '../../domain/types';
import { t } from '../../i18n/index';
import { MEMBERS } from '../../workspace/schema';
import { appendRows } from '../../workspace/table';
import { runAction } from '../context';
import { membersOf } from '../records';
import { journalOf, landed, post } from '../books/journal';

export interface NewMember {
  readonly name: string;
  readonly nik: string;
  readonly phone: string;
  readonly address: string;
  readonly email: string;
  readonly group: string;
  /** Default: today. */
  readonly joinDate?: string;
  /** A first simpanan wajib paid with the pokok; 0 or absent: none. */
  readonly wajib?: number;
  /** One id per filled-in form: a second click on the same form registers nobody twice. */
  readonly requestId: string;
}

export interface Registered {
  readonly member: Member;
  readonly entry: JournalEntry;
  /** What she paid in at the table: pokok plus a first wajib (the receipt's amount). */
  readonly paid: number;
  /** True when this request had already been registered (a repeated click). */
  readonly repeated: boolean;
}

/**
 * The journal entry is posted first and the member's row written after it: a retry of the same
 * request (same requestId) whose row write was cut off finds the entry and writes the row it lacks,
 * under the number the entry already gave her.
 */
export function registerMember(input: NewMember): Registered {
  return runAction('register_member', (ctx) => {
    const key = requestKey('register', input.requestId);
    const members = membersOf(ctx);
    const details = {
      name: input.name.trim(), nik: input.nik.trim(), phone: input.phone.trim(), address: input.address.trim(),
      email: input.email.trim().toLowerCase(), group: input.group.trim(), joinDate: input.joinDate || ctx.today, note: '',
    };
    const [done] = landed(ctx, key);
    if (done) {
      const memberId = done.lines.find((l) => l.memberId)!.memberId!;
      let member = members.find((m) => m.id === memberId);
      if (!member) {
        member = { ...details, joinDate: done.date, id: memberId, status: 'aktif', exitDate: '' };
        appendRows(ctx.table(MEMBERS), [member]);
      }
      return { member, entry: done, paid: paidIn(done), repeated: true };
    }
    throwIfProblems(memberProblems(details, members));
    // Numbers already used in the journal count too, so a row lost to a failed write is never reissued.
    const used = [...members.map((m) => m.id), ...journalOf(ctx).entries.flatMap((e) => e.lines.map((l) => l.memberId ?? ''))];
    const member: Member = { ...details, id: nextMemberId(used), status: 'aktif', exitDate: '' };
    const { entries: [entry] } = post(ctx, key, (next) => [postMemberJoin(
      ctx.chart,
      next({ date: member.joinDate, memo: t('id', 'MEMO_MEMBER_JOIN', { member: `${member.id} ${member.name}` }), receipt: true }),
      { memberId: member.id, pokok: ctx.settings.savings.pokokAmount, wajib: input.wajib ?? 0, moneyAccount: accountFor(ctx.chart, 'cash') },
    )]);
    appendRows(ctx.table(MEMBERS), [member]);
    return { member, entry, paid: paidIn(entry), repeated: false };
  });
}

/** The savings her join entry credits: the money she handed over. */
function paidIn(entry: JournalEntry): number {
  return entry.lines.reduce((n, l) => n + (l.savingsType ? l.credit : 0), 0);
}
