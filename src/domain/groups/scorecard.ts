/**
 * The group scorecard of a tanggung renteng cooperative for a period: meeting attendance, on-time
 * payment, loan participation and (optionally) administrative order, each a rate, joined into one
 * score out of 100 by weights the cooperative sets, and a grade.
 * A component with nothing to measure (no meeting held, no installment due) is left out and the
 * other weights are scaled up, so a group is not marked down for what did not happen.
 */
import type { IsoDate } from '../dates';
import { type Problem } from '../errors';
import { roundHalfUp } from '../money';

export interface ScorecardWeights {
  readonly attendance: number;
  readonly onTimePayment: number;
  readonly loanParticipation: number;
  /** Administrative order (books, minutes, attendance lists kept), from the managers' checklist. */
  readonly administration: number;
}

/** Paying on time carries the group's joint liability, so it weighs most; administration is off until a cooperative keeps the checklist. */
export const defaultScorecardWeights: ScorecardWeights = { attendance: 30, onTimePayment: 50, loanParticipation: 20, administration: 0 };

export interface ScorecardGrade {
  readonly grade: string;
  /** The lowest score (out of 100) that earns this grade. */
  readonly minScore: number;
}

export const defaultScorecardGrades: readonly ScorecardGrade[] = [
  { grade: 'A', minScore: 85 },
  { grade: 'B', minScore: 70 },
  { grade: 'C', minScore: 55 },
  { grade: 'D', minScore: 0 },
];

export interface GroupPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The group's active members in the period. */
  readonly memberIds: readonly string[];
  readonly meetings: readonly { readonly date: IsoDate; readonly presentIds: readonly string[] }[];
  /** Installments of the group's loans; paidDate is the day it was paid in full. */
  readonly installments: readonly { readonly dueDate: IsoDate; readonly paidDate?: IsoDate }[];
  readonly memberIdsWithLoan: readonly string[];
  readonly administration?: { readonly met: number; readonly checked: number };
}

export interface Rate {
  readonly count: number;
  readonly of: number;
  /** count / of x 100, or null when there is nothing to measure. */
  readonly percent: number | null;
}

export interface GroupScorecard {
  readonly attendance: Rate;
  readonly onTimePayment: Rate;
  readonly loanParticipation: Rate;
  readonly administration: Rate;
  /** Out of 100, rounded half up to one decimal. */
  readonly score: number;
  readonly grade: string;
}

function rate(count: number, of: number): Rate {
  return { count, of, percent: of > 0 ? (count / of) * 100 : null };
}

export function groupScorecard(p: GroupPeriod, weights: ScorecardWeights = defaultScorecardWeights, grades: readonly ScorecardGrade[] = defaultScorecardGrades): GroupScorecard {
  const members = new Set(p.memberIds);
  const inPeriod = (d: IsoDate) => d >= p.from && d <= p.to;
  const meetings = p.meetings.filter((m) => inPeriod(m.date));
  const present = meetings.reduce((a, m) => a + new Set(m.presentIds.filter((id) => members.has(id))).size, 0);
  const due = p.installments.filter((i) => inPeriod(i.dueDate));
  const onTime = due.filter((i) => i.paidDate !== undefined && i.paidDate <= i.dueDate).length;
  const borrowers = new Set(p.memberIdsWithLoan.filter((id) => members.has(id))).size;
  const card = {
    attendance: rate(present, meetings.length * members.size),
    onTimePayment: rate(onTime, due.length),
    loanParticipation: rate(borrowers, members.size),
    administration: rate(p.administration?.met ?? 0, p.administration?.checked ?? 0),
  };
  let weighted = 0;
  let weightUsed = 0;
  for (const key of ['attendance', 'onTimePayment', 'loanParticipation', 'administration'] as const) {
    const percent = card[key].percent;
    if (percent === null || weights[key] === 0) continue;
    weighted += weights[key] * percent;
    weightUsed += weights[key];
  }
  const score = weightUsed > 0 ? roundHalfUp((weighted / weightUsed) * 10) / 10 : 0;
  const byMin = [...grades].sort((a, b) => b.minScore - a.minScore);
  const grade = (byMin.find((g) => score >= g.minScore) ?? byMin[byMin.length - 1]).grade;
  return { ...card, score, grade };
}

export function validateScorecardSettings(weights: ScorecardWeights, grades: readonly ScorecardGrade[]): Problem[] {
  const problems: Problem[] = [];
  const values = [weights.attendance, weights.onTimePayment, weights.loanParticipation, weights.administration];
  if (values.some((w) => !Number.isFinite(w) || w < 0)) problems.push({ code: 'SCORECARD_WEIGHT_INVALID', where: 'weights' });
  else {
    const total = values.reduce((a, w) => a + Math.round(w * 100), 0);
    if (total !== 10_000) problems.push({ code: 'SCORECARD_WEIGHTS_NOT_100', params: { total: String(total / 100) }, where: 'weights' });
  }
  if (!grades.some((g) => g.minScore === 0)) problems.push({ code: 'SCORECARD_GRADES_NO_ZERO', where: 'grades' });
  if (new Set(grades.map((g) => g.minScore)).size !== grades.length) problems.push({ code: 'SCORECARD_GRADES_DUPLICATE', where: 'grades' });
  return problems;
}
