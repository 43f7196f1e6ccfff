/**
 * The SHU of a year moves one way: simulated (figures and split may still change) -> approved at the
 * RAT -> distributed (paid out or credited to sukarela). Distribution happens once: a second one, or
 * one before the RAT approved the split, is refused.
 */
import type { IsoDate } from '../dates';
import { LumbungError } from '../errors';
import type { Rupiah } from '../money';
import { checkShuSplit, type ShuSplit } from './split';

export type ShuStatus = 'simulated' | 'approved' | 'distributed';

export interface ShuYear {
  /** The financial year, e.g. 2025. */
  readonly year: number;
  readonly shu: Rupiah;
  readonly split: ShuSplit;
  readonly status: ShuStatus;
  /** The RAT that approved it: its date and meeting id (R-2026-01). */
  readonly approvedOn?: IsoDate;
  readonly approvedAt?: string;
  readonly distributedOn?: IsoDate;
  /** How members received their share. */
  readonly payout?: 'cash' | 'sukarela';
}

export function simulateShu(year: number, shu: Rupiah, split: ShuSplit): ShuYear {
  checkShuSplit(split);
  if (!Number.isSafeInteger(shu) || shu < 0) throw new LumbungError('SHU_AMOUNT_INVALID', { shu });
  return { year, shu, split, status: 'simulated' };
}

export function approveShu(run: ShuYear, rat: { date: IsoDate; meetingId: string }): ShuYear {
  if (run.status === 'distributed') throw new LumbungError('SHU_ALREADY_DISTRIBUTED', { year: run.year, date: run.distributedOn ?? '' });
  if (run.status === 'approved') throw new LumbungError('SHU_ALREADY_APPROVED', { year: run.year, date: run.approvedOn ?? '' });
  return { ...run, status: 'approved', approvedOn: rat.date, approvedAt: rat.meetingId };
}

export function distributeShu(run: ShuYear, how: { date: IsoDate; payout: 'cash' | 'sukarela' }): ShuYear {
  if (run.status === 'distributed') throw new LumbungError('SHU_ALREADY_DISTRIBUTED', { year: run.year, date: run.distributedOn ?? '' });
  if (run.status !== 'approved') throw new LumbungError('SHU_NOT_APPROVED', { year: run.year });
  if (run.approvedOn !== undefined && how.date < run.approvedOn) throw new LumbungError('SHU_DISTRIBUTION_BEFORE_RAT', { year: run.year, date: run.approvedOn });
  return { ...run, status: 'distributed', distributedOn: how.date, payout: how.payout };
}
