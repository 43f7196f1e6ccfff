/**
 * Where a loan stands on a day: each installment paid, partly paid or unpaid, which are overdue,
 * the arrears, the penalty owed and the principal still outstanding.
 *
 * Words: an installment is "due" on its due date and "overdue" from the day after while its
 * principal or interest is unpaid. Days past due count from the oldest overdue installment's due
 * date. Arrears (tunggakan) are the principal and interest of overdue installments; penalties are
 * shown apart (they are not arrears of the loan itself).
 */
import type { Rupiah } from '../money';
import { compareDates, daysBetween, type IsoDate } from '../dates';
import { replayLoan } from './allocation';
import { interestLeft, penaltyLeft, principalLeft, type LoanHistory } from './state';

export interface InstallmentStatus {
  readonly n: number;
  readonly dueDate: IsoDate;
  readonly principal: Rupiah;
  readonly interest: Rupiah;
  readonly principalPaid: Rupiah;
  readonly interestPaid: Rupiah;
  /** Penalty charged less waived, and how much of it is paid. */
  readonly penalty: Rupiah;
  readonly penaltyPaid: Rupiah;
  readonly state: 'paid' | 'partly_paid' | 'unpaid';
  readonly overdue: boolean;
  /** Days past its due date while overdue; 0 otherwise. */
  readonly daysLate: number;
}

export interface LoanStatus {
  readonly asOf: IsoDate;
  readonly installments: readonly InstallmentStatus[];
  /** The day a payment settled everything owed (early payoff or the last installment). */
  readonly closedOn: IsoDate | null;
  readonly fullyPaid: boolean;
  readonly outstandingPrincipal: Rupiah;
  readonly arrearsPrincipal: Rupiah;
  readonly arrearsInterest: Rupiah;
  readonly penaltyOwed: Rupiah;
  readonly daysPastDue: number;
  readonly overdueInstallments: number;
  readonly paidInstallments: number;
}

export function loanStatus(history: LoanHistory, asOf: IsoDate): LoanStatus {
  const { state } = replayLoan(history, asOf);
  const installments = state.rows.map((r): InstallmentStatus => {
    const owed = principalLeft(r) + interestLeft(r);
    const overdue = owed > 0 && compareDates(r.dueDate, asOf) < 0;
    const received = r.principalPaid + r.interestPaid + r.penaltyPaid;
    return {
      n: r.n, dueDate: r.dueDate, principal: r.principal, interest: r.interest,
      principalPaid: r.principalPaid, interestPaid: r.interestPaid,
      penalty: r.penaltyCharged - r.penaltyWaived, penaltyPaid: r.penaltyPaid,
      state: owed + penaltyLeft(r) === 0 ? 'paid' : received > 0 ? 'partly_paid' : 'unpaid',
      overdue, daysLate: overdue ? daysBetween(r.dueDate, asOf) : 0,
    };
  });
  const overdue = installments.filter((i) => i.overdue);
  const sumOf = (xs: readonly InstallmentStatus[], f: (i: InstallmentStatus) => number): Rupiah => xs.reduce((a, i) => a + f(i), 0);
  const outstandingPrincipal = sumOf(installments, (i) => i.principal - i.principalPaid);
  return {
    asOf, installments, closedOn: state.closedOn,
    fullyPaid: installments.every((i) => i.state === 'paid'),
    outstandingPrincipal,
    arrearsPrincipal: sumOf(overdue, (i) => i.principal - i.principalPaid),
    arrearsInterest: sumOf(overdue, (i) => i.interest - i.interestPaid),
    penaltyOwed: sumOf(installments, (i) => i.penalty - i.penaltyPaid),
    daysPastDue: overdue.length > 0 ? overdue[0].daysLate : 0,
    overdueInstallments: overdue.length,
    paidInstallments: installments.filter((i) => i.state === 'paid').length,
  };
}

/** The penalty still owed on `asOf` (charged, less waived and paid). */
export function loanPenalty(history: LoanHistory, asOf: IsoDate): Rupiah {
  return loanStatus(history, asOf).penaltyOwed;
}
