/**
 * Simpanan wajib: what a member owed month by month, what she paid, and her arrears. Payments fill
 * the oldest unpaid month first (what a bendahara does with a passbook), and whatever is left pays
 * the coming months ahead.
 */
import { addMonths, daysInMonth, isoDate, monthOf, type IsoDate } from '../dates';
import type { Rupiah } from '../money';
import { wajibAmountFor, type Payment, type SavingsSettings } from './rules';

export interface WajibMember {
  readonly joinDate: IsoDate;
  /** The day membership ended: no wajib falls due after it. */
  readonly exitDate?: IsoDate;
}

export interface WajibMonth {
  /** 'YYYY-MM' */
  readonly month: string;
  readonly dueDate: IsoDate;
  /** The amount in force that month. */
  readonly amount: Rupiah;
  readonly paid: Rupiah;
  readonly outstanding: Rupiah;
}

export interface WajibStatement {
  /** Every month due by the as-of date, oldest first. */
  readonly months: readonly WajibMonth[];
  readonly totalDue: Rupiah;
  /** Payments dated on or before the as-of date. */
  readonly totalPaid: Rupiah;
  /** Months not fully paid, oldest first (a part-paid month is listed with what is still owed). */
  readonly unpaidMonths: readonly WajibMonth[];
  /** Amount in arrears: the sum of what the unpaid months still owe. */
  readonly arrears: Rupiah;
  /** Whole months not yet due that are already paid (none after exit). */
  readonly monthsPaidAhead: number;
  /** Paid beyond what is due; after exit this is owed back to the member. */
  readonly paidAhead: Rupiah;
}

/** Far enough to count months ahead, and a stop if a cooperative sets wajib to Rp0. */
const MAX_MONTHS_AHEAD = 1200;

export function nextMonth(month: string): string {
  return monthOf(addMonths(`${month}-01`, 1));
}

/** The due date of wajib for a month: the due day, clamped to the month's end. */
export function wajibDueDate(month: string, dueDay: number): IsoDate {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return isoDate(year, m, Math.min(dueDay, daysInMonth(year, m)));
}

export function wajibStatement(member: WajibMember, payments: readonly Payment[], asOf: IsoDate, settings: SavingsSettings): WajibStatement {
  const joinMonth = monthOf(member.joinDate);
  let month = settings.wajibStarts === 'join_month' ? joinMonth : nextMonth(joinMonth);
  const end = member.exitDate !== undefined && member.exitDate < asOf ? member.exitDate : asOf;

  const due: { month: string; dueDate: IsoDate; amount: Rupiah }[] = [];
  for (;;) {
    let dueDate = wajibDueDate(month, settings.wajibDueDay);
    // Joining after the due day: the join month falls due on the day she joins.
    if (month === joinMonth && dueDate < member.joinDate) dueDate = member.joinDate;
    if (dueDate > end) break;
    due.push({ month, dueDate, amount: wajibAmountFor(month, settings.wajibRates) });
    month = nextMonth(month);
  }

  const totalPaid = payments.filter((p) => p.date <= asOf).reduce((a, p) => a + p.amount, 0);
  let left = totalPaid;
  const months = due.map((d): WajibMonth => {
    const paid = Math.min(d.amount, Math.max(0, left));
    left -= paid;
    return { ...d, paid, outstanding: d.amount - paid };
  });
  const totalDue = due.reduce((a, d) => a + d.amount, 0);
  const unpaidMonths = months.filter((m) => m.outstanding > 0);
  const paidAhead = Math.max(0, left);

  let monthsPaidAhead = 0;
  if (member.exitDate === undefined || member.exitDate > asOf) {
    // `month` is now the first month not yet due; stop at the exit, if one is already known.
    for (let ahead = paidAhead; monthsPaidAhead < MAX_MONTHS_AHEAD; month = nextMonth(month)) {
      const amount = wajibAmountFor(month, settings.wajibRates);
      if (member.exitDate !== undefined && wajibDueDate(month, settings.wajibDueDay) > member.exitDate) break;
      if (amount <= 0 || ahead < amount) break;
      ahead -= amount;
      monthsPaidAhead += 1;
    }
  }

  return {
    months,
    totalDue,
    totalPaid,
    unpaidMonths,
    arrears: unpaidMonths.reduce((a, m) => a + m.outstanding, 0),
    monthsPaidAhead,
    paidAhead,
  };
}
