/**
 * Everything a cooperative sets for itself (its AD/ART and its way of working), in one record with
 * a default for each rule. The settings tab holds it as key/value rows, and loan products as a
 * table of their own; settings/rows.ts reads and writes those forms.
 */
import { defaultBooksSettings, type BooksSettings } from '../books/postings';
import { defaultSavingsSettings, type SavingsSettings } from '../savings/rules';
import { defaultShuSplit, type ShuSplit } from '../shu/split';
import { defaultShuBasis, type ShuBasisSettings } from '../shu/bases';
import { defaultCollectibilityThresholds, defaultReserveWeights, type CollectibilityThresholds, type ReserveWeights } from '../loans/collectibility';
import { defaultLoanProducts, type LoanProduct } from '../loans/products';
import type { RoleEmails } from '../roles';

export interface MeetingSettings {
  /** Share of members who must attend for a decision, in percent (an AD: 1/5 of members = 20). */
  readonly quorumPercent: number;
  /** Days ahead an invitation must go out (an AD: 14). */
  readonly noticeDays: number;
}

export interface CooperativeSettings {
  /** The cooperative's name, on every report and receipt. */
  readonly name: string;
  /** IANA zone applied at the Sheets/Calendar boundary: Asia/Jakarta (WIB), Asia/Makassar, Asia/Jayapura. */
  readonly timeZone: string;
  /** Receipt numbers read PREFIX-YYYY-NNNNN. */
  readonly receiptPrefix: string;
  /** The largest amount one posting may carry on any line (a typo's extra zeros are refused). */
  readonly transactionLimit: number;
  readonly savings: SavingsSettings;
  readonly books: BooksSettings;
  readonly products: readonly LoanProduct[];
  readonly collectibility: CollectibilityThresholds;
  readonly reserveWeights: ReserveWeights;
  readonly shuSplit: ShuSplit;
  readonly shuBasis: ShuBasisSettings;
  readonly meetings: MeetingSettings;
  readonly roles: RoleEmails;
}

/** Rp1 miliar: far above a village cooperative's day, far below where totals lose exactness. */
export const DEFAULT_TRANSACTION_LIMIT = 1_000_000_000;

export const defaultMeetingSettings: MeetingSettings = { quorumPercent: 20, noticeDays: 14 };

export const defaultSettings: CooperativeSettings = {
  name: 'Koperasi Simpan Pinjam',
  timeZone: 'Asia/Jakarta',
  receiptPrefix: 'KW',
  transactionLimit: DEFAULT_TRANSACTION_LIMIT,
  savings: defaultSavingsSettings,
  books: defaultBooksSettings,
  products: defaultLoanProducts,
  collectibility: defaultCollectibilityThresholds,
  reserveWeights: defaultReserveWeights,
  shuSplit: defaultShuSplit,
  shuBasis: defaultShuBasis,
  meetings: defaultMeetingSettings,
  roles: { ketua: [], sekretaris: [], bendahara: [], pengawas: [] },
};
