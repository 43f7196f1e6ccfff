/**
 * Tanggung renteng (joint liability): members belong to a kelompok with two leaders; when one of
 * them cannot pay an installment, the other active members of her group pay it together in equal
 * shares. What each one covered is tracked in groups/cover-ledger.ts until it is repaid.
 */
import { LumbungError, type Problem } from '../errors';
import { isRupiah, type Rupiah } from '../money';

export interface KelompokMember {
  readonly memberId: string;
  /** False once she left the group or the cooperative: kept for history, never asked to cover. */
  readonly active: boolean;
}

export interface Kelompok {
  /** e.g. 'K-01' */
  readonly id: string;
  readonly name: string;
  /** The group's leaders (ketua and sekretaris-bendahara kelompok); active members of the group. */
  readonly leaderIds: readonly string[];
  readonly members: readonly KelompokMember[];
}

export interface GroupRules {
  readonly leaders: number;
  /** Active members a group needs besides its leaders, so that a default is never carried by one person. */
  readonly minMembersBesidesLeaders: number;
}

/** Two leaders as the model has it; two more members at least, so any one default has two or more to share it. */
export const defaultGroupRules: GroupRules = { leaders: 2, minMembersBesidesLeaders: 2 };

export function validateGroups(groups: readonly Kelompok[], rules: GroupRules = defaultGroupRules): Problem[] {
  const problems: Problem[] = [];
  const groupOf = new Map<string, string>();
  const ids = new Set<string>();
  for (const g of groups) {
    if (ids.has(g.id)) problems.push({ code: 'GROUP_ID_DUPLICATE', params: { groupId: g.id }, where: g.id });
    ids.add(g.id);
    const active = new Set<string>();
    for (const m of g.members) {
      if (!m.active) continue;
      if (active.has(m.memberId)) problems.push({ code: 'GROUP_MEMBER_LISTED_TWICE', params: { groupId: g.id, memberId: m.memberId }, where: g.id });
      active.add(m.memberId);
      const other = groupOf.get(m.memberId);
      if (other !== undefined && other !== g.id) problems.push({ code: 'MEMBER_IN_TWO_GROUPS', params: { memberId: m.memberId, groups: `${other}, ${g.id}` }, where: g.id });
      else groupOf.set(m.memberId, g.id);
    }
    const leaders = new Set(g.leaderIds);
    if (g.leaderIds.length !== rules.leaders || leaders.size !== g.leaderIds.length) {
      problems.push({ code: 'GROUP_LEADERS_COUNT', params: { groupId: g.id, expected: rules.leaders, count: leaders.size }, where: g.id });
    }
    for (const l of leaders) if (!active.has(l)) problems.push({ code: 'GROUP_LEADER_NOT_MEMBER', params: { groupId: g.id, memberId: l }, where: g.id });
    const besides = [...active].filter((id) => !leaders.has(id)).length;
    if (besides < rules.minMembersBesidesLeaders) {
      problems.push({ code: 'GROUP_TOO_SMALL', params: { groupId: g.id, min: rules.minMembersBesidesLeaders, count: besides }, where: g.id });
    }
  }
  return problems;
}

export interface CoverShare {
  readonly memberId: string;
  readonly amount: Rupiah;
}

/**
 * Splits a defaulted installment among the other active members of her group in equal whole-rupiah
 * shares. The few rupiah left over (fewer than the number of coverers) go one each to the coverers
 * in member-number order: A-0003 before A-0010, the same order every month, whatever the list order.
 * Members who also defaulted this month are left out (`alsoDefaulting`): they cannot cover.
 */
export function splitCover(group: Kelompok, defaulterId: string, amount: Rupiah, alsoDefaulting: readonly string[] = []): CoverShare[] {
  if (!isRupiah(amount) || amount <= 0) throw new LumbungError('COVER_AMOUNT_INVALID', { amount });
  if (!group.members.some((m) => m.memberId === defaulterId)) throw new LumbungError('GROUP_MEMBER_NOT_IN_GROUP', { memberId: defaulterId, groupId: group.id });
  const skip = new Set([defaulterId, ...alsoDefaulting]);
  const coverers = [...new Set(group.members.filter((m) => m.active && !skip.has(m.memberId)).map((m) => m.memberId))].sort();
  if (coverers.length === 0) throw new LumbungError('GROUP_NO_COVERERS', { groupId: group.id, memberId: defaulterId });
  const base = Math.floor(amount / coverers.length);
  const extra = amount - base * coverers.length;
  return coverers.map((memberId, i) => ({ memberId, amount: base + (i < extra ? 1 : 0) }));
}
