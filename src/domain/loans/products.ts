/**
 * Loan products (jenis pinjaman): what a cooperative sets in its AD/ART, as data. A product fixes
 * the interest method and rate, the longest term, the fee, the late penalty, how a payment is split,
 * what is charged on early payoff, and who may borrow.
 */
import { isRupiah, roundHalfUp, type Rupiah } from '../money';
import type { IsoDate } from '../dates';
import type { MessageCode, Problem } from '../errors';
import { interestMethods, maxTermMonths, type InterestMethod, type LoanTerms } from './schedule';
import { validatePenaltyRule, type PenaltyRule } from './penalty';

/** Provisi / biaya administrasi, taken at disbursement. */
export type LoanFee =
  | { readonly kind: 'flat'; readonly amount: Rupiah }
  | { readonly kind: 'percent'; readonly percent: number }; // of the principal, rounded half up

export type AllocationPart = 'penalty' | 'interest' | 'principal';

/**
 * per_installment: the oldest installment is settled in full (in `order`) before the next one.
 * per_part: the first part of `order` is settled on every due installment (oldest first), then the next.
 */
export type AllocationScope = 'per_installment' | 'per_part';

export interface AllocationRule {
  readonly order: readonly AllocationPart[];
  readonly scope: AllocationScope;
}

/**
 * Interest charged when a flat loan is paid off early: 'current_month' = the interest of the month in
 * progress only (the usual koperasi practice), 'all_remaining' = every scheduled interest.
 * Declining and annuity loans always charge the interest accrued to the payoff day.
 */
export type FlatPayoffInterest = 'current_month' | 'all_remaining';

export interface EligibilityRules {
  /** Largest loan as a multiple of the member's savings (pokok + wajib + sukarela); null: no limit. */
  readonly maxSavingsMultiple: number | null;
  /** Refuse while another loan of the member is macet. */
  readonly refuseWhenMacet: boolean;
  /** Refuse while another loan of the member has an installment overdue. */
  readonly refuseWhenInArrears: boolean;
  readonly minMembershipMonths: number;
  /** Loans a member may have open at once, this one included. */
  readonly maxOpenLoans: number;
}

export interface LoanProduct {
  readonly id: string;
  readonly name: string;
  readonly method: InterestMethod;
  readonly ratePercent: number;
  readonly ratePer: 'month' | 'year';
  readonly minPrincipal: Rupiah;
  readonly maxPrincipal: Rupiah;
  readonly maxTermMonths: number;
  readonly fee: LoanFee;
  readonly penalty: PenaltyRule;
  readonly allocation: AllocationRule;
  readonly flatPayoffInterest: FlatPayoffInterest;
  readonly eligibility: EligibilityRules;
}

export const defaultAllocationRule: AllocationRule = { order: ['penalty', 'interest', 'principal'], scope: 'per_installment' };

export const defaultEligibilityRules: EligibilityRules = {
  maxSavingsMultiple: 3,
  refuseWhenMacet: true,
  refuseWhenInArrears: true,
  minMembershipMonths: 3,
  maxOpenLoans: 1,
};

/**
 * Defaults: flat rate per month, because that is how koperasi publish and members check their
 * installments ("1,5% per bulan": the same interest every month, easy to verify by hand). The
 * comparison (loans/compare.ts) shows members what flat costs against the other methods. The larger,
 * longer product uses annuity so that long-term borrowers pay interest only on what they still owe.
 */
export const defaultLoanProducts: readonly LoanProduct[] = [
  {
    id: 'usaha', name: 'Pinjaman Usaha', method: 'flat', ratePercent: 1.5, ratePer: 'month',
    minPrincipal: 500_000, maxPrincipal: 20_000_000, maxTermMonths: 24,
    fee: { kind: 'percent', percent: 1 },
    penalty: { kind: 'percent_per_month', percent: 2, graceDays: 7 },
    allocation: defaultAllocationRule, flatPayoffInterest: 'current_month', eligibility: defaultEligibilityRules,
  },
  {
    id: 'darurat', name: 'Pinjaman Darurat', method: 'flat', ratePercent: 1, ratePer: 'month',
    minPrincipal: 100_000, maxPrincipal: 3_000_000, maxTermMonths: 6,
    fee: { kind: 'flat', amount: 10_000 },
    penalty: { kind: 'flat_per_day', amount: 1_000, graceDays: 3 },
    allocation: defaultAllocationRule, flatPayoffInterest: 'current_month',
    eligibility: { ...defaultEligibilityRules, maxSavingsMultiple: null, refuseWhenInArrears: false, minMembershipMonths: 1, maxOpenLoans: 2 },
  },
  {
    id: 'investasi', name: 'Pinjaman Investasi', method: 'annuity', ratePercent: 15, ratePer: 'year',
    minPrincipal: 5_000_000, maxPrincipal: 100_000_000, maxTermMonths: 60,
    fee: { kind: 'percent', percent: 1.5 },
    penalty: { kind: 'percent_per_month', percent: 2, graceDays: 7 },
    allocation: defaultAllocationRule, flatPayoffInterest: 'current_month',
    eligibility: { ...defaultEligibilityRules, maxSavingsMultiple: 5, minMembershipMonths: 12 },
  },
];

/** The fee on a principal, whole rupiah half up, never more than the principal. */
export function loanFee(fee: LoanFee, principal: Rupiah): Rupiah {
  const amount = fee.kind === 'flat' ? fee.amount : roundHalfUp((principal * fee.percent) / 100);
  return Math.min(amount, principal);
}

export function loanTermsFor(product: LoanProduct, principal: Rupiah, termMonths: number, firstDueDate: IsoDate): LoanTerms {
  return { principal, termMonths, ratePercent: product.ratePercent, ratePer: product.ratePer, method: product.method, firstDueDate };
}

export function validateLoanProduct(p: LoanProduct): Problem[] {
  const problems: Problem[] = [];
  const bad = (code: MessageCode, where: string, value: unknown, more: Record<string, number> = {}): void => {
    problems.push({ code, params: { product: String(p.name), value: String(value), ...more }, where });
  };
  if (typeof p.id !== 'string' || p.id.trim() === '') bad('PRODUCT_ID_REQUIRED', 'id', p.id);
  if (typeof p.name !== 'string' || p.name.trim() === '') bad('PRODUCT_NAME_REQUIRED', 'name', p.name);
  if (!interestMethods.includes(p.method)) bad('LOAN_METHOD_INVALID', 'method', p.method);
  if (!Number.isFinite(p.ratePercent) || p.ratePercent < 0) bad('LOAN_RATE_INVALID', 'ratePercent', p.ratePercent);
  if (p.ratePer !== 'month' && p.ratePer !== 'year') bad('LOAN_RATE_PER_INVALID', 'ratePer', p.ratePer);
  if (!isRupiah(p.minPrincipal) || p.minPrincipal <= 0) bad('PRODUCT_MIN_PRINCIPAL_INVALID', 'minPrincipal', p.minPrincipal);
  if (!isRupiah(p.maxPrincipal) || p.maxPrincipal < p.minPrincipal) bad('PRODUCT_MAX_PRINCIPAL_INVALID', 'maxPrincipal', p.maxPrincipal);
  if (!Number.isInteger(p.maxTermMonths) || p.maxTermMonths < 1 || p.maxTermMonths > maxTermMonths) bad('LOAN_TERM_INVALID', 'maxTermMonths', p.maxTermMonths, { max: maxTermMonths });
  if (p.fee.kind === 'flat' ? !isRupiah(p.fee.amount) || p.fee.amount < 0 : !(p.fee.percent >= 0 && p.fee.percent <= 100)) {
    bad('PRODUCT_FEE_INVALID', 'fee', p.fee.kind === 'flat' ? p.fee.amount : p.fee.percent);
  }
  problems.push(...validatePenaltyRule(p.penalty).map((q) => ({ ...q, params: { ...q.params, product: p.name } })));
  const order = p.allocation.order;
  const parts: AllocationPart[] = ['penalty', 'interest', 'principal'];
  if (order.length !== 3 || parts.some((part) => !order.includes(part))) bad('PRODUCT_ALLOCATION_ORDER_INVALID', 'allocation.order', order.join(','));
  if (p.allocation.scope !== 'per_installment' && p.allocation.scope !== 'per_part') bad('PRODUCT_ALLOCATION_SCOPE_INVALID', 'allocation.scope', p.allocation.scope);
  if (p.flatPayoffInterest !== 'current_month' && p.flatPayoffInterest !== 'all_remaining') bad('PRODUCT_PAYOFF_RULE_INVALID', 'flatPayoffInterest', p.flatPayoffInterest);
  const e = p.eligibility;
  if (e.maxSavingsMultiple !== null && !(e.maxSavingsMultiple > 0)) bad('PRODUCT_SAVINGS_MULTIPLE_INVALID', 'eligibility.maxSavingsMultiple', e.maxSavingsMultiple);
  if (!Number.isInteger(e.minMembershipMonths) || e.minMembershipMonths < 0) bad('PRODUCT_MEMBERSHIP_MONTHS_INVALID', 'eligibility.minMembershipMonths', e.minMembershipMonths);
  if (!Number.isInteger(e.maxOpenLoans) || e.maxOpenLoans < 1) bad('PRODUCT_MAX_OPEN_LOANS_INVALID', 'eligibility.maxOpenLoans', e.maxOpenLoans);
  return problems;
}
