/**
 * Jasa simpanan: the interest a month of simpanan sukarela earns, on the basis the cooperative set.
 * A day's balance is the balance at the end of that day, after all its deposits and withdrawals.
 * Both bases take a twelfth of the yearly rate for every month, long or short, so that a manager can
 * check the figure with a calculator: balance x rate% / 12.
 */
import { daysInMonth, isoDate, monthOf, type IsoDate } from '../dates';
import { LumbungError } from '../errors';
import type { Rupiah } from '../money';
import type { Payment, SukarelaInterestSettings } from './rules';

export interface SukarelaMonth {
  /** 'YYYY-MM' */
  readonly month: string;
  /** Balance at the end of the previous month. */
  readonly openingBalance: Rupiah;
  /** The month's movements: deposits positive, withdrawals negative. */
  readonly movements: readonly Payment[];
}

export interface SukarelaInterest {
  readonly month: string;
  /** The lowest end-of-day balance, or the average one (rounded half up, for the passbook). */
  readonly basisBalance: Rupiah;
  /** False when interest is off or the basis balance is below the minimum. */
  readonly earns: boolean;
  readonly interest: Rupiah;
}

/** End-of-day balances of every day of the month; refuses a history that dips below zero. */
export function dailyBalances(input: SukarelaMonth): Rupiah[] {
  const year = Number(input.month.slice(0, 4));
  const m = Number(input.month.slice(5, 7));
  const byDay = new Map<IsoDate, Rupiah>();
  for (const mv of input.movements) {
    if (monthOf(mv.date) !== input.month) throw new RangeError(`movement ${mv.date} is outside ${input.month}`);
    byDay.set(mv.date, (byDay.get(mv.date) ?? 0) + mv.amount);
  }
  const balances: Rupiah[] = [];
  let balance = input.openingBalance;
  for (let d = 1; d <= daysInMonth(year, m); d++) {
    const date = isoDate(year, m, d);
    balance += byDay.get(date) ?? 0;
    if (balance < 0) throw new LumbungError('SAVINGS_BALANCE_BELOW_ZERO', { date, balance });
    balances.push(balance);
  }
  return balances;
}

export function sukarelaInterest(input: SukarelaMonth, settings: SukarelaInterestSettings): SukarelaInterest {
  const balances = dailyBalances(input);
  const days = BigInt(balances.length);
  const rateHundredths = BigInt(Math.round(settings.ratePercentPerYear * 100));
  // interest = balance x (rateHundredths / 10000) / 12, kept as an exact fraction until rounding.
  let numerator: bigint;
  let denominator: bigint;
  let basisBalance: Rupiah;
  let belowMinimum: boolean;
  if (settings.basis === 'lowest_monthly_balance') {
    const lowest = Math.min(...balances);
    basisBalance = lowest;
    belowMinimum = lowest < settings.minimumBalance;
    numerator = BigInt(lowest) * rateHundredths;
    denominator = 120_000n;
  } else {
    const total = balances.reduce((a, b) => a + b, 0);
    basisBalance = Number(roundDivide(BigInt(total), days, 'half_up'));
    belowMinimum = total < settings.minimumBalance * balances.length;
    numerator = BigInt(total) * rateHundredths;
    denominator = 120_000n * days;
  }
  const earns = rateHundredths > 0n && !belowMinimum;
  const interest = earns ? Number(roundDivide(numerator, denominator, settings.rounding)) : 0;
  return { month: input.month, basisBalance, earns, interest };
}

/** n / d for non-negative n and positive d, rounded down or half up. */
function roundDivide(n: bigint, d: bigint, rounding: 'down' | 'half_up'): bigint {
  return rounding === 'down' ? n / d : (2n * n + d) / (2n * d);
}
