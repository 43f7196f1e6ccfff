/**
 * Late penalty (denda keterlambatan): a setting of the loan product.
 *
 * An installment is late from the day after its due date plus the grace days: paying on
 * dueDate + graceDays is still on time. Charges fall on "charge days" and are computed on what is
 * still unpaid of that installment's principal and interest at the start of that day (a payment made
 * on a charge day comes after the charge). There is no penalty on a penalty.
 *
 * - percent_per_month: `percent` of the unpaid installment, once for each month (or part of a month)
 *   of lateness: charge days are dueDate + graceDays + 1, then the same day each month after.
 * - flat_per_month: `amount` on those same monthly charge days.
 * - flat_per_day: `amount` for every day late after the grace days.
 * Each late installment is charged on its own; whole rupiah, half up, per charge.
 */
import { isRupiah, roundHalfUp, type Rupiah } from '../money';
import { addDays, addMonths, compareDates, daysBetween, parseIsoDate, type IsoDate } from '../dates';
import { readField, textProblems, throwIfProblems, type Problem } from '../errors';
import { parseRupiah } from '../money-text';

export type PenaltyRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'percent_per_month'; readonly percent: number; readonly graceDays: number }
  | { readonly kind: 'flat_per_month'; readonly amount: Rupiah; readonly graceDays: number }
  | { readonly kind: 'flat_per_day'; readonly amount: Rupiah; readonly graceDays: number };

/** A penalty the cooperative forgives: never without a written reason. */
export interface PenaltyWaiver {
  readonly date: IsoDate;
  readonly amount: Rupiah;
  readonly reason: string;
  /** Its place in the books (journal order): same-day payments and waivers replay in this order. */
  readonly seq?: number;
}

/** The first day a penalty can be charged for an installment due on `dueDate`. */
export function firstChargeDay(rule: PenaltyRule, dueDate: IsoDate): IsoDate | null {
  return rule.kind === 'none' ? null : addDays(dueDate, rule.graceDays + 1);
}

/**
 * The penalty charged on an installment for the charge days in (after, upTo], while `unpaid`
 * (its principal + interest still owed) stays the same over that span. `after` null: from the start.
 */
export function penaltyCharges(rule: PenaltyRule, dueDate: IsoDate, unpaid: Rupiah, after: IsoDate | null, upTo: IsoDate): Rupiah {
  const first = firstChargeDay(rule, dueDate);
  if (rule.kind === 'none' || first === null || unpaid <= 0) return 0;
  if (rule.kind === 'flat_per_day') {
    const from = after !== null && compareDates(after, first) >= 0 ? addDays(after, 1) : first;
    const days = daysBetween(from, upTo) + 1;
    return days > 0 ? days * rule.amount : 0;
  }
  let total = 0;
  const anchor = parseIsoDate(first).day;
  for (let k = 0; ; k++) {
    const day = addMonths(first, k, anchor);
    if (compareDates(day, upTo) > 0) break;
    if (after !== null && compareDates(day, after) <= 0) continue;
    total += rule.kind === 'flat_per_month' ? rule.amount : roundHalfUp((unpaid * rule.percent) / 100);
  }
  return total;
}

export function validatePenaltyRule(rule: PenaltyRule, where = 'penalty'): Problem[] {
  if (rule.kind === 'none') return [];
  const problems: Problem[] = [];
  if (!Number.isInteger(rule.graceDays) || rule.graceDays < 0) {
    problems.push({ code: 'PENALTY_GRACE_INVALID', params: { value: String(rule.graceDays) }, where: `${where}.graceDays` });
  }
  if (rule.kind === 'percent_per_month') {
    if (!Number.isFinite(rule.percent) || rule.percent < 0 || rule.percent > 100) {
      problems.push({ code: 'PENALTY_PERCENT_INVALID', params: { value: String(rule.percent) }, where: `${where}.percent` });
    }
  } else if (rule.kind === 'flat_per_day' || rule.kind === 'flat_per_month') {
    if (!isRupiah(rule.amount) || rule.amount < 0) {
      problems.push({ code: 'PENALTY_AMOUNT_INVALID', params: { value: String(rule.amount) }, where: `${where}.amount` });
    }
  } else {
    problems.push({ code: 'PENALTY_KIND_INVALID', params: { value: String((rule as { kind: unknown }).kind) }, where: `${where}.kind` });
  }
  return problems;
}

export function validatePenaltyWaiver(waiver: Pick<PenaltyWaiver, 'amount' | 'reason'>): Problem[] {
  const problems: Problem[] = [];
  if (!isRupiah(waiver.amount) || waiver.amount <= 0) {
    problems.push({ code: 'PENALTY_WAIVER_AMOUNT_INVALID', params: { value: String(waiver.amount) }, where: 'amount' });
  }
  if (typeof waiver.reason !== 'string' || waiver.reason.trim() === '') {
    problems.push({ code: 'PENALTY_WAIVER_REASON_REQUIRED', where: 'reason' });
  }
  return problems;
}

/**
 * A waiver as typed on a card or a form, read once at the edge: the amount in whole rupiah and the
 * reason, or one refusal naming what is wrong with both (an unreadable amount and no reason at once).
 */
export function readPenaltyWaiver(text: { readonly amount: string; readonly reason: string }): { amount: Rupiah; reason: string } {
  const problems: Problem[] = [];
  const amount = readField(problems, 'amount', () => parseRupiah(text.amount));
  const reason = text.reason.trim();
  // An amount that could not be read is named once, by its own problem.
  problems.push(...validatePenaltyWaiver({ amount: amount ?? 1, reason }), ...textProblems(reason, 'reason', { multiline: true }));
  throwIfProblems(problems);
  return { amount: amount!, reason };
}
