/**
 * What "capital" and "business" mean for jasa modal and jasa usaha: each cooperative chooses, and
 * every SHU report states the choice (the labels returned here are i18n codes).
 */
import { roundHalfUp, type Rupiah } from '../money';
import type { MessageCode } from '../errors';
import type { MemberShuBasis } from './member-shares';

export interface ShuBasisSettings {
  /** pokok + wajib (the members' equity) or all savings including sukarela. */
  readonly capital: 'pokok_wajib' | 'all_savings';
  /** The balance on the last day of the year, or the average of the year's month-end balances. */
  readonly capitalMeasure: 'year_end' | 'average';
  /** Loan principal she borrowed in the year, or the loan interest (jasa pinjaman) she paid in it. */
  readonly business: 'loan_principal' | 'interest_paid';
}

/**
 * pokok + wajib at year end: the capital the law counts as members' equity (sukarela is a debt of
 * the cooperative and may earn its own jasa simpanan), and a year-end balance every member can read
 * in her passbook. Interest paid: jasa usaha returns to members the income they brought in, so a
 * member who borrowed and repaid on time is rewarded, not one who merely took a large loan.
 */
export const defaultShuBasis: ShuBasisSettings = { capital: 'pokok_wajib', capitalMeasure: 'year_end', business: 'interest_paid' };

export interface SavingsBalances {
  readonly pokok: number;
  readonly wajib: number;
  readonly sukarela: number;
}

/** One member's figures for the financial year, read from her passbook and loan cards. */
export interface MemberYearFigures {
  readonly memberId: string;
  readonly yearEnd: SavingsBalances;
  /** Averages may have fractions; they are rounded half up to the rupiah. */
  readonly average: SavingsBalances;
  readonly loanPrincipal: Rupiah;
  readonly interestPaid: Rupiah;
}

export interface ShuBasisList {
  readonly members: MemberShuBasis[];
  readonly totalCapital: Rupiah;
  readonly totalBusiness: Rupiah;
  /** i18n codes that name the bases on the report. */
  readonly capitalLabel: MessageCode;
  readonly businessLabel: MessageCode;
}

/** Each choice's label, written out so that a choice without one does not compile. */
const CAPITAL_LABEL = {
  pokok_wajib: { year_end: 'SHU_BASIS_CAPITAL_POKOK_WAJIB_YEAR_END', average: 'SHU_BASIS_CAPITAL_POKOK_WAJIB_AVERAGE' },
  all_savings: { year_end: 'SHU_BASIS_CAPITAL_ALL_SAVINGS_YEAR_END', average: 'SHU_BASIS_CAPITAL_ALL_SAVINGS_AVERAGE' },
} as const satisfies Record<ShuBasisSettings['capital'], Record<ShuBasisSettings['capitalMeasure'], MessageCode>>;
const BUSINESS_LABEL = {
  loan_principal: 'SHU_BASIS_BUSINESS_LOAN_PRINCIPAL', interest_paid: 'SHU_BASIS_BUSINESS_INTEREST_PAID',
} as const satisfies Record<ShuBasisSettings['business'], MessageCode>;

export function buildShuBasis(figures: readonly MemberYearFigures[], settings: ShuBasisSettings = defaultShuBasis): ShuBasisList {
  const members = figures.map((f): MemberShuBasis => {
    const b = settings.capitalMeasure === 'year_end' ? f.yearEnd : f.average;
    const raw = b.pokok + b.wajib + (settings.capital === 'all_savings' ? b.sukarela : 0);
    return {
      memberId: f.memberId,
      capital: roundHalfUp(raw),
      business: settings.business === 'loan_principal' ? f.loanPrincipal : f.interestPaid,
    };
  });
  return {
    members,
    totalCapital: members.reduce((a, m) => a + m.capital, 0),
    totalBusiness: members.reduce((a, m) => a + m.business, 0),
    capitalLabel: CAPITAL_LABEL[settings.capital][settings.capitalMeasure],
    businessLabel: BUSINESS_LABEL[settings.business],
  };
}
