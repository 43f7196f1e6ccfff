import { approveShu, distributeShu, simulateShu } from '../../../src/domain/shu/flow';
import { defaultShuSplit } from '../../../src/domain/shu/split';
import { codeOf } from '../refusal';


const rat = { date: '2026-03-21', meetingId: 'R-2026-01' };

describe('shu-flow', () => {
  it('goes simulated -> approved at the RAT -> distributed', () => {
    const sim = simulateShu(2025, 10_000_000, defaultShuSplit);
    expect(sim.status).toBe('simulated');
    const ok = approveShu(sim, rat);
    expect(ok).toMatchObject({ status: 'approved', approvedOn: '2026-03-21', approvedAt: 'R-2026-01' });
    const done = distributeShu(ok, { date: '2026-04-01', payout: 'sukarela' });
    expect(done).toMatchObject({ status: 'distributed', distributedOn: '2026-04-01', payout: 'sukarela' });
  });

  it('refuses a simulation with a split that is not 100%', () => {
    expect(codeOf(() => simulateShu(2025, 10_000_000, [{ part: 'cadangan', percent: 105 }]))).toBe('SHU_SPLIT_NOT_100');
  });

  it('refuses distributing before the RAT approved it', () => {
    expect(codeOf(() => distributeShu(simulateShu(2025, 1_000, defaultShuSplit), { date: '2026-04-01', payout: 'cash' }))).toBe('SHU_NOT_APPROVED');
  });

  it('refuses distributing twice', () => {
    const done = distributeShu(approveShu(simulateShu(2025, 1_000, defaultShuSplit), rat), { date: '2026-04-01', payout: 'cash' });
    expect(codeOf(() => distributeShu(done, { date: '2026-04-02', payout: 'cash' }))).toBe('SHU_ALREADY_DISTRIBUTED');
    expect(codeOf(() => approveShu(done, rat))).toBe('SHU_ALREADY_DISTRIBUTED');
  });

  it('refuses approving twice and a distribution dated before the RAT', () => {
    const ok = approveShu(simulateShu(2025, 1_000, defaultShuSplit), rat);
    expect(codeOf(() => approveShu(ok, rat))).toBe('SHU_ALREADY_APPROVED');
    expect(codeOf(() => distributeShu(ok, { date: '2026-03-20', payout: 'cash' }))).toBe('SHU_DISTRIBUTION_BEFORE_RAT');
  });
});
