/**
 * SHU per member: jasa modal by capital, jasa usaha by business with the cooperative.
 *   jasa modal = capital / totalCapital x capitalPercent% x SHU   (likewise jasa usaha)
 * Each pool is first rounded half up to the rupiah (round(SHU x percent%)), then shared in whole
 * rupiah by largest remainder so that the members' shares add up to the pool exactly. The report
 * says where the leftover rupiah went.
 */
import { LumbungError, type Params, type Problem } from '../errors';
import { isHundredths, isRupiah, largestRemainder, type Rupiah } from '../money';

export interface MemberShuBasis {
  readonly memberId: string;
  /** Whole rupiah of capital on the cooperative's basis (see shu/bases.ts). */
  readonly capital: number;
  /** Whole rupiah of business on the cooperative's basis. */
  readonly business: number;
}

export interface MemberShu {
  readonly memberId: string;
  readonly jasaModal: Rupiah;
  readonly jasaUsaha: Rupiah;
  readonly total: Rupiah;
}

export interface MemberShuInput {
  readonly shu: Rupiah;
  readonly capitalPercent: number;
  readonly businessPercent: number;
  /** Must equal the sum of the members' capital: every member is shared at once. */
  readonly totalCapital: number;
  readonly totalBusiness: number;
  readonly members: readonly MemberShuBasis[];
  /** The jasa modal amount from allocateShu, when it should be used instead of round(SHU x capitalPercent%). */
  readonly capitalPool?: Rupiah;
  readonly businessPool?: Rupiah;
}

/** How one pool was shared: for the SHU report (the i18n code and params render it). */
export interface ShuPoolNote {
  readonly pool: 'jasa_modal' | 'jasa_usaha';
  readonly allocated: Rupiah;
  /** Rupiah left after every member got the floor of her exact share, given out one each. */
  readonly extraRupiah: number;
  /** Members who got one of those extra rupiah, in the order they got them. */
  readonly receivers: readonly string[];
  /** The whole pool, when no member has any basis (nothing can be shared). */
  readonly undistributed: Rupiah;
  readonly code: 'SHU_REMAINDER_NOTE' | 'SHU_REMAINDER_NONE' | 'SHU_POOL_UNDISTRIBUTED';
  readonly params: Params;
}

export interface MemberShuReport {
  readonly members: readonly MemberShu[];
  readonly capitalPool: Rupiah;
  readonly businessPool: Rupiah;
  readonly notes: readonly ShuPoolNote[];
}

export function memberShu(input: MemberShuInput): MemberShu[] {
  return [...memberShuReport(input).members];
}

export function memberShuReport(input: MemberShuInput): MemberShuReport {
  const problems = memberShuProblems(input);
  if (problems.length > 0) throw new LumbungError(problems.length === 1 ? problems[0].code : 'SHU_INPUT_INVALID', problems.length === 1 ? (problems[0].params ?? {}) : { count: problems.length }, problems);
  const capitalPool = input.capitalPool ?? poolOf(input.shu, input.capitalPercent);
  const businessPool = input.businessPool ?? poolOf(input.shu, input.businessPercent);
  // Ties on the fraction go to the lowest member number, so the row order of a sheet changes nothing.
  const ids = input.members.map((m) => m.memberId);
  const byId = ids.map((_, i) => i).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const modal = sharePool('jasa_modal', capitalPool, input.members.map((m) => m.capital), ids, byId);
  const usaha = sharePool('jasa_usaha', businessPool, input.members.map((m) => m.business), ids, byId);
  const members = input.members.map((m, i) => ({
    memberId: m.memberId,
    jasaModal: modal.parts[i],
    jasaUsaha: usaha.parts[i],
    total: modal.parts[i] + usaha.parts[i],
  }));
  return { members, capitalPool, businessPool, notes: [modal.note, usaha.note] };
}

/** round(SHU x percent%), half up, in exact integer arithmetic (percent in hundredths). */
export function poolOf(shu: Rupiah, percent: number): Rupiah {
  const h = BigInt(Math.round(percent * 100));
  return Number((2n * BigInt(shu) * h + 10_000n) / 20_000n);
}

function sharePool(pool: ShuPoolNote['pool'], allocated: Rupiah, weights: number[], ids: string[], tieOrder: number[]) {
  const { parts, extraTo } = largestRemainder(allocated, weights, tieOrder);
  const receivers = extraTo.map((i) => ids[i]);
  const nobody = weights.every((w) => w === 0);
  const undistributed = nobody ? allocated : 0;
  const code = nobody && allocated > 0 ? 'SHU_POOL_UNDISTRIBUTED' : extraTo.length > 0 ? 'SHU_REMAINDER_NOTE' : 'SHU_REMAINDER_NONE';
  const note: ShuPoolNote = {
    pool,
    allocated,
    extraRupiah: extraTo.length,
    receivers,
    undistributed,
    code,
    params: { pool, allocated, extra: extraTo.length, count: receivers.length, members: receivers.join(', ') },
  };
  return { parts, note };
}

export function memberShuProblems(input: MemberShuInput): Problem[] {
  const problems: Problem[] = [];
  if (!isRupiah(input.shu) || input.shu < 0) problems.push({ code: 'SHU_AMOUNT_INVALID', params: { shu: input.shu }, where: 'shu' });
  for (const [name, p] of [['capitalPercent', input.capitalPercent], ['businessPercent', input.businessPercent]] as const) {
    if (!Number.isFinite(p) || p < 0 || p > 100 || !isHundredths(p)) problems.push({ code: 'SHU_PERCENT_INVALID', params: { percent: String(p) }, where: name });
  }
  if (Math.round(input.capitalPercent * 100) + Math.round(input.businessPercent * 100) > 10_000) problems.push({ code: 'SHU_PERCENTS_OVER_100', where: 'businessPercent' });
  for (const [name, pool] of [['capitalPool', input.capitalPool], ['businessPool', input.businessPool]] as const) {
    if (pool !== undefined && (!isRupiah(pool) || pool < 0 || pool > input.shu)) problems.push({ code: 'SHU_POOL_INVALID', params: { pool: String(pool) }, where: name });
  }
  // Pools passed in are checked together too: each below the SHU, both may still share out more than it.
  if (problems.length === 0 && (input.capitalPool !== undefined || input.businessPool !== undefined)) {
    const pools = (input.capitalPool ?? poolOf(input.shu, input.capitalPercent)) + (input.businessPool ?? poolOf(input.shu, input.businessPercent));
    if (pools > input.shu) problems.push({ code: 'SHU_POOLS_OVER_SHU', params: { total: pools, shu: input.shu }, where: 'businessPool' });
  }
  const seen = new Set<string>();
  input.members.forEach((m) => {
    if (seen.has(m.memberId)) problems.push({ code: 'SHU_MEMBER_DUPLICATE', params: { memberId: m.memberId }, where: m.memberId });
    seen.add(m.memberId);
    if (!isRupiah(m.capital) || m.capital < 0 || !isRupiah(m.business) || m.business < 0) {
      problems.push({ code: 'SHU_BASIS_INVALID', params: { memberId: m.memberId }, where: m.memberId });
    }
  });
  const capital = input.members.reduce((a, m) => a + m.capital, 0);
  const business = input.members.reduce((a, m) => a + m.business, 0);
  if (capital !== input.totalCapital) problems.push({ code: 'SHU_BASIS_TOTAL_MISMATCH', params: { pool: 'jasa_modal', total: input.totalCapital, sum: capital }, where: 'totalCapital' });
  if (business !== input.totalBusiness) problems.push({ code: 'SHU_BASIS_TOTAL_MISMATCH', params: { pool: 'jasa_usaha', total: input.totalBusiness, sum: business }, where: 'totalBusiness' });
  return problems;
}
