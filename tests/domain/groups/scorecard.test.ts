import { defaultScorecardGrades, defaultScorecardWeights, groupScorecard, validateScorecardSettings, type GroupPeriod } from '../../../src/domain/groups/scorecard';

const ids = Array.from({ length: 10 }, (_, i) => `A-${String(i + 1).padStart(4, '0')}`);
const installment = (dueDate: string, paidDate?: string) => ({ dueDate, paidDate });

// Kelompok of 10 members, first quarter of 2026.
const q1: GroupPeriod = {
  from: '2026-01-01',
  to: '2026-03-31',
  memberIds: ids,
  meetings: [
    { date: '2026-01-20', presentIds: ids.slice(0, 9) }, // 9
    { date: '2026-02-20', presentIds: [...ids.slice(0, 8), 'A-0001', 'B-0099'] }, // 8: a name twice and a guest do not count
    { date: '2026-03-20', presentIds: ids }, // 10
    { date: '2026-04-20', presentIds: [] }, // after the period
  ],
  installments: [
    ...Array.from({ length: 8 }, () => installment('2026-02-10', '2026-02-08')),
    installment('2026-03-10', '2026-03-10'), // paid on the due day: on time
    installment('2026-03-10', '2026-03-11'), // a day late
    installment('2026-03-10'),
    installment('2026-03-10'),
    installment('2026-04-10'), // after the period
  ],
  memberIdsWithLoan: ids.slice(0, 6),
};

describe('group-scorecard', () => {
  describe('groupScorecard', () => {
    it('rates a quarter by hand', () => {
      // Attendance (9 + 8 + 10) / (3 meetings x 10) = 27/30 = 90%.
      // On time 9 of 12 due = 75%. Loans 6 of 10 = 60%.
      // Score (30 x 90 + 50 x 75 + 20 x 60) / 100 = (2.700 + 3.750 + 1.200) / 100 = 76,5 -> B (70 up to 85).
      const s = groupScorecard(q1);
      expect(s.attendance).toEqual({ count: 27, of: 30, percent: 90 });
      expect(s.onTimePayment).toEqual({ count: 9, of: 12, percent: 75 });
      expect(s.loanParticipation).toEqual({ count: 6, of: 10, percent: 60 });
      expect(s.administration.percent).toBeNull();
      expect(s.score).toBe(76.5);
      expect(s.grade).toBe('B');
    });

    it('leaves out what did not happen and scales the other weights', () => {
      // No installment due: (30 x 90 + 20 x 60) / (30 + 20) = 3.900 / 50 = 78 -> B.
      const s = groupScorecard({ ...q1, installments: [] });
      expect(s.onTimePayment.percent).toBeNull();
      expect(s.score).toBe(78);
    });

    it('counts administrative order when the cooperative weighs it', () => {
      // Weights 25/45/20/10, administration 4 of 5 = 80%:
      // (25 x 90 + 45 x 75 + 20 x 60 + 10 x 80) / 100 = (2.250 + 3.375 + 1.200 + 800) / 100 = 76,25 -> 76,3.
      const s = groupScorecard({ ...q1, administration: { met: 4, checked: 5 } }, { attendance: 25, onTimePayment: 45, loanParticipation: 20, administration: 10 });
      expect(s.score).toBe(76.3);
    });

    it('gives the higher grade at exactly its lowest score', () => {
      // 100% attendance, 100% on time, 2 of 8 with a loan = 25%: 30 + 50 + 20 x 25 / 100 = 85 -> A.
      const eight = ids.slice(0, 8);
      const s = groupScorecard({
        from: '2026-01-01', to: '2026-01-31', memberIds: eight,
        meetings: [{ date: '2026-01-20', presentIds: eight }],
        installments: [installment('2026-01-10', '2026-01-10')],
        memberIdsWithLoan: eight.slice(0, 2),
      });
      expect([s.score, s.grade]).toEqual([85, 'A']);
    });
  });

  describe('validateScorecardSettings', () => {
    it('accepts the defaults', () => {
      expect(validateScorecardSettings(defaultScorecardWeights, defaultScorecardGrades)).toEqual([]);
    });

    it('needs weights that add up to 100 and a grade for every score', () => {
      const problems = validateScorecardSettings({ attendance: 30, onTimePayment: 50, loanParticipation: 25, administration: 0 }, [{ grade: 'A', minScore: 80 }]);
      expect(problems).toEqual([
        { code: 'SCORECARD_WEIGHTS_NOT_100', params: { total: '105' }, where: 'weights' },
        { code: 'SCORECARD_GRADES_NO_ZERO', where: 'grades' },
      ]);
    });
  });
});
