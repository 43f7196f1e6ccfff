/**
 * Collectibility (kolektibilitas) of loans and the health figures built on it.
 *
 * Days past due map to months as 30 days = 1 month (as PAR30 counts days): with the default
 * thresholds a loan is lancar up to 90 days overdue, kurang lancar 91..180, diragukan 181..360 and
 * macet from 361. A loan with nothing overdue is lancar.
 */
import { roundHalfUp, sum, type Rupiah } from '../money';

export type Collectibility = 'lancar' | 'kurang_lancar' | 'diragukan' | 'macet';

export const collectibilities: readonly Collectibility[] = ['lancar', 'kurang_lancar', 'diragukan', 'macet'];

/** The most days past due each category allows; beyond diragukanMaxDays a loan is macet. */
export interface CollectibilityThresholds {
  readonly lancarMaxDays: number;
  readonly kurangLancarMaxDays: number;
  readonly diragukanMaxDays: number;
}

export const defaultCollectibilityThresholds: CollectibilityThresholds = {
  lancarMaxDays: 90, // up to 3 months
  kurangLancarMaxDays: 180, // over 3, up to 6 months
  diragukanMaxDays: 360, // over 6, up to 12 months
};

/**
 * Loan-loss reserve weights (percent of outstanding). Kurang lancar 50, diragukan 75, macet 100 are
 * the KSP health worksheet's, applied after deducting accepted collateral. Lancar 0.5% of the whole
 * outstanding (no collateral deducted) follows the general reserve that the older koperasi worksheets
 * and Indonesian rural banks use; a cooperative that keeps none sets it to 0.
 */
export type ReserveWeights = Readonly<Record<Collectibility, number>>;

export const defaultReserveWeights: ReserveWeights = { lancar: 0.5, kurang_lancar: 50, diragukan: 75, macet: 100 };

export function collectibilityOf(daysPastDue: number, t: CollectibilityThresholds = defaultCollectibilityThresholds): Collectibility {
  if (daysPastDue <= t.lancarMaxDays) return 'lancar';
  if (daysPastDue <= t.kurangLancarMaxDays) return 'kurang_lancar';
  if (daysPastDue <= t.diragukanMaxDays) return 'diragukan';
  return 'macet';
}

/** One loan as the portfolio figures see it. */
export interface PortfolioLoan {
  readonly outstandingPrincipal: Rupiah;
  readonly daysPastDue: number;
  /** Accepted collateral value (agunan) deducted before reserving; default 0. */
  readonly collateralValue?: Rupiah;
}

export type HealthBand = 'sehat' | 'cukup_sehat' | 'kurang_sehat' | 'tidak_sehat';

/**
 * Problem-loan ratio band (Juknis Deputi Perkoperasian 15/2021): at most 5% sehat; over 5 up to 10%
 * cukup sehat; over 10 up to 15% kurang sehat; over 15% tidak sehat. Exactly 5%, 10% and 15% fall in
 * the better band. Compared in whole rupiah (problem x 100 against total x limit), so no float error
 * decides a boundary.
 */
export function healthBand(problem: Rupiah, total: Rupiah): HealthBand {
  if (problem * 100 <= total * 5) return 'sehat';
  if (problem * 100 <= total * 10) return 'cukup_sehat';
  if (problem * 100 <= total * 15) return 'kurang_sehat';
  return 'tidak_sehat';
}

export interface PortfolioQuality {
  readonly totalOutstanding: Rupiah;
  readonly outstandingBy: Readonly<Record<Collectibility, Rupiah>>;
  /** Outstanding of loans more than 30 days past due. */
  readonly atRisk30: Rupiah;
  /** atRisk30 / total, a fraction (0.12 = 12%); 0 when nothing is outstanding. */
  readonly par30: number;
  /** kurang lancar + diragukan + macet outstanding. */
  readonly problemLoans: Rupiah;
  readonly problemRatio: number;
  readonly band: HealthBand;
  /** Required reserve per category and in total, whole rupiah half up per category. */
  readonly reserveBy: Readonly<Record<Collectibility, Rupiah>>;
  readonly requiredReserve: Rupiah;
}

export function portfolioQuality(
  loans: readonly PortfolioLoan[],
  thresholds: CollectibilityThresholds = defaultCollectibilityThresholds,
  weights: ReserveWeights = defaultReserveWeights,
): PortfolioQuality {
  const outstandingBy = { lancar: 0, kurang_lancar: 0, diragukan: 0, macet: 0 };
  const reserveBase = { lancar: 0, kurang_lancar: 0, diragukan: 0, macet: 0 };
  let atRisk30 = 0;
  for (const loan of loans) {
    const c = collectibilityOf(loan.daysPastDue, thresholds);
    outstandingBy[c] += loan.outstandingPrincipal;
    const cover = c === 'lancar' ? 0 : Math.min(loan.collateralValue ?? 0, loan.outstandingPrincipal);
    reserveBase[c] += loan.outstandingPrincipal - cover;
    if (loan.daysPastDue > 30) atRisk30 += loan.outstandingPrincipal;
  }
  const total = sum(collectibilities.map((c) => outstandingBy[c]));
  const problemLoans = total - outstandingBy.lancar;
  const reserveBy = Object.fromEntries(
    collectibilities.map((c) => [c, roundHalfUp((reserveBase[c] * weights[c]) / 100)]),
  ) as Record<Collectibility, Rupiah>;
  return {
    totalOutstanding: total, outstandingBy, atRisk30,
    par30: total === 0 ? 0 : atRisk30 / total,
    problemLoans, problemRatio: total === 0 ? 0 : problemLoans / total,
    band: healthBand(problemLoans, total),
    reserveBy, requiredReserve: sum(collectibilities.map((c) => reserveBy[c])),
  };
}
