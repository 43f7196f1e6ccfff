/**
 * Random days at the cooperative: members save and withdraw, apply for loans that are approved or
 * rejected, paid out, repaid, forgiven a penalty, entries undone, members leave, time passes; now
 * and then Google fails a call and the manager presses the same button again. Any step may be
 * refused in plain words (a LumbungError); none may fail otherwise. Whatever happened,
 * the books must still hold together: Periksa buku finds them intact, debit equals credit, nobody's
 * sukarela is below zero, a loan's status agrees with what the journal says she owes, and a member
 * who left holds no savings. Because refusals are allowed, the batch also counts what landed: every
 * kind of action must land at least once, or the run proved nothing about it.
 */
import fc from 'fast-check';
import { createWorkspace, installGlobals, type Workspace } from '../../local/emulator';
import { registerMember } from '../../src/app/members/members';
import { recordSavings } from '../../src/app/savings';
import { decideLoanApplication, recordLoanApplication } from '../../src/app/loans/applications';
import { disburseLoan } from '../../src/app/loans/disbursement';
import { recordInstallment } from '../../src/app/loans/payments';
import { waivePenalty } from '../../src/app/loans/waivers';
import { reversePosting } from '../../src/app/books/reversal';
import { recordExit } from '../../src/app/members/exit';
import { runningLoans } from '../../src/app/loans/lists';
import { memberSavings } from '../../src/domain/books/ledger';
import { LumbungError } from '../../src/domain/errors';
import { BENDAHARA, KETUA, SEKRETARIS, as } from './harness';
import { cooperative, runningLoan } from './loans/fixture';
import { count, emptyTally, LANDS, table, type Books } from './landings';
import { books, contradictions } from './day-books';

const MEMBERS = ['A-0001', 'A-0002', 'A-0003'];

type Step =
  | { kind: 'save'; member: number; type: 'wajib' | 'sukarela'; amount: number }
  | { kind: 'withdraw'; member: number; percent: number }
  | { kind: 'apply'; member: number; product: 'usaha' | 'darurat'; amount: number; term: number }
  | { kind: 'lend'; member: number; product: 'usaha' | 'darurat'; amount: number; term: number }
  | { kind: 'payoff'; pick: number }
  | { kind: 'decide'; pick: number; approve: boolean }
  | { kind: 'disburse'; pick: number }
  | { kind: 'pay'; pick: number; amount: number }
  | { kind: 'waive'; pick: number; percent: number }
  | { kind: 'undo'; pick: number }
  | { kind: 'exit'; member: number }
  | { kind: 'wait'; days: number };

const member = fc.integer({ min: 0, max: MEMBERS.length - 1 });
const pick = fc.nat(20);
/** Weighted as a month at the cooperative goes: mostly savings and installments, now and then the rest. */
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('save' as const), member, type: fc.constantFrom('wajib' as const, 'sukarela' as const), amount: fc.integer({ min: 1, max: 40 }).map((n) => n * 25_000) }) },
  // A share of her sukarela; past 100% she asks for more than she holds, and is refused.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), member, percent: fc.integer({ min: 1, max: 120 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('apply' as const), member, product: fc.constantFrom('usaha' as const, 'darurat' as const), amount: fc.integer({ min: 1, max: 12 }).map((n) => n * 100_000), term: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('lend' as const), member, product: fc.constantFrom('usaha' as const, 'darurat' as const), amount: fc.integer({ min: 1, max: 9 }).map((n) => n * 100_000), term: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('decide' as const), pick, approve: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('disburse' as const), pick }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('pay' as const), pick, amount: fc.integer({ min: 1, max: 30 }).map((n) => n * 10_000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('payoff' as const), pick }) },
  // A share of the penalty she owes; past 100% more than she owes, and refused.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('waive' as const), pick, percent: fc.integer({ min: 1, max: 120 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('exit' as const), member }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 45 }) }) },
  // A long stretch without paying: penalties, arrears, a loan going bad.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 60, max: 400 }) }) },
);

/** Now and then (two presses in five) Google fails the Nth service call of a press. */
const crash = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 45 }) });

const DAY = 24 * 3600 * 1000;
const at = <T>(xs: readonly T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);

/** The kind of action a step is, as landings.ts counts it. */
function kindOf(s: Step): keyof typeof LANDS {
  switch (s.kind) {
    case 'save': return 'deposit';
    case 'withdraw': return 'withdrawal';
    case 'apply': return 'application';
    case 'lend': return 'loan the same day';
    case 'decide': return s.approve ? 'approval' : 'rejection';
    case 'disburse': return 'payout';
    case 'pay': return 'installment';
    case 'waive': return 'waiver';
    case 'exit': return 'member exit';
    case 'wait': return 'time passing';
    default: return s.kind;
  }
}

/**
 * The step as one press of a button: what it acts on (a waiting application, a running loan, an
 * entry) is chosen from the books `b` as they are now, so that pressing again after a failure
 * presses the same button.
 */
function pressOf(ws: Workspace, s: Step, n: number, b: Books & ReturnType<typeof books>): (() => unknown) | null {
  const id = `step-${n}`;
  const nothing = null;
  switch (s.kind) {
    case 'save':
      return () => as(ws, BENDAHARA, () => recordSavings({ memberId: MEMBERS[s.member], type: s.type, direction: 'deposit', amount: s.amount, requestId: id }));
    case 'withdraw': {
      const held = memberSavings(b.ledger, MEMBERS[s.member]).sukarela;
      const amount = Math.floor((held * s.percent) / 100 / 1000) * 1000;
      return amount > 0 ? () => as(ws, BENDAHARA, () => recordSavings({ memberId: MEMBERS[s.member], type: 'sukarela', direction: 'withdrawal', amount, requestId: id })) : nothing;
    }
    case 'apply':
      return () => as(ws, SEKRETARIS, () => recordLoanApplication({ memberId: MEMBERS[s.member], productId: s.product, amount: s.amount, termMonths: s.term, purpose: 'Modal usaha', requestId: id }));
    case 'lend':
      // Applied for, approved and paid out the same day, each by its own manager.
      return () => {
        const { application } = as(ws, SEKRETARIS, () => recordLoanApplication({ memberId: MEMBERS[s.member], productId: s.product, amount: s.amount, termMonths: s.term, purpose: 'Modal warung', requestId: id }));
        as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }));
        return as(ws, BENDAHARA, () => disburseLoan({ applicationId: application.id }));
      };
    case 'decide': {
      const app = at(b.applications.filter((a) => a.status === 'menunggu' || a.status === 'disetujui'), s.pick);
      return app ? () => as(ws, KETUA, () => decideLoanApplication(app.id, s.approve ? { approve: true } : { approve: false, reason: 'Belum cukup' })) : nothing;
    }
    case 'disburse': {
      const app = at(b.applications.filter((a) => a.status === 'disetujui'), s.pick);
      return app ? () => as(ws, BENDAHARA, () => disburseLoan({ applicationId: app.id })) : nothing;
    }
    case 'pay': {
      const loan = at(b.loans.filter((l) => l.status === 'berjalan'), s.pick);
      return loan ? () => as(ws, BENDAHARA, () => recordInstallment({ loanId: loan.id, amount: s.amount, requestId: id })) : nothing;
    }
    case 'payoff': {
      const loan = at(as(ws, BENDAHARA, () => runningLoans('record_installment')), s.pick);
      return loan ? () => as(ws, BENDAHARA, () => recordInstallment({ loanId: loan.figures.loanId, amount: loan.payoff, requestId: id })) : nothing;
    }
    case 'waive': {
      // As the waiver card offers them: running loans with a penalty owed.
      const loan = at(as(ws, KETUA, () => runningLoans('waive_penalty')).filter((l) => l.figures.penaltyOwed > 0), s.pick);
      const amount = loan ? Math.ceil((loan.figures.penaltyOwed * s.percent) / 100) : 0;
      return loan ? () => as(ws, KETUA, () => waivePenalty({ loanId: loan.figures.loanId, amount, reason: 'Sakit', requestId: id })) : nothing;
    }
    case 'undo': {
      const undone = new Set(b.entries.map((e) => e.reverses).filter(Boolean));
      const entry = at(b.entries.filter((e) => !e.reverses && !undone.has(e.id)), s.pick);
      return entry ? () => as(ws, BENDAHARA, () => reversePosting({ entryId: entry.id, reason: 'Salah catat' })) : nothing;
    }
    case 'exit':
      return () => as(ws, BENDAHARA, () => recordExit({ memberId: MEMBERS[s.member], requestId: id }));
    case 'wait':
      return () => ws.advanceTime(s.days * DAY);
  }
}

/** A refusal in plain words is part of a day; anything else is a failure of Lumbung. */
function refusedOr<T>(fn: () => T): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof LumbungError)) throw e;
  }
}

let start: string;
let undo: (() => void) | undefined;
beforeAll(() => {
  const ws = cooperative(); // Siti A-0001, a member since 2025-06-01 with Rp400.000 saved
  as(ws, SEKRETARIS, () => {
    registerMember({ name: 'Rahma', nik: '', phone: '', address: 'Jambi', email: '', group: 'Mawar', joinDate: '2025-01-10', wajib: 200_000, requestId: 'rahma' });
    registerMember({ name: 'Dewi', nik: '', phone: '', address: 'Jambi', email: '', group: 'Melati', joinDate: '2025-08-01', wajib: 100_000, requestId: 'dewi' });
  });
  // Some sukarela each, so that a withdrawal has something to take from from the first day.
  MEMBERS.forEach((id) => as(ws, BENDAHARA, () => recordSavings({ memberId: id, type: 'sukarela', direction: 'deposit', amount: 300_000, requestId: `sukarela-${id}` })));
  // And Siti's loan of Rp1.200.000 running from the first day: installments, penalties and waivers have a loan to act on.
  runningLoan(ws);
  // Rahma's application waits for the ketua; Dewi's, approved, waits for the payout.
  as(ws, SEKRETARIS, () => recordLoanApplication({ memberId: 'A-0002', productId: 'usaha', amount: 1_000_000, termMonths: 10, purpose: 'Modal usaha', requestId: 'rahma-app' }));
  const { application } = as(ws, SEKRETARIS, () => recordLoanApplication({ memberId: 'A-0003', productId: 'darurat', amount: 500_000, termMonths: 5, purpose: 'Biaya sekolah', requestId: 'dewi-app' }));
  as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }));
  start = ws.save();
});
afterAll(() => undo?.());

describe('random days at the cooperative', () => {
  it('never leave the books contradicting themselves, never fail but in plain words, and land every kind of action', () => {
    const tally = emptyTally();
    fc.assert(
      fc.property(fc.array(fc.tuple(step, crash), { minLength: 5, maxLength: 40 }), (steps) => {
        undo?.();
        const ws = createWorkspace({ state: start, user: KETUA });
        undo = installGlobals(ws);
        let before = books(ws);
        steps.forEach(([s, crashAt], n) => {
          const chosen = pressOf(ws, s, n, before);
          const press = chosen ?? (() => undefined);
          if (crashAt !== null) {
            // Google fails one call of this press; the manager presses the same button again.
            ws.faults.failAt(crashAt);
            try { press(); } catch { /* the failure, or a refusal */ }
            ws.faults.clear();
          }
          refusedOr(press);
          const after = books(ws);
          count(tally, kindOf(s), chosen !== null, before, after);
          before = after;
        });
        expect(contradictions(ws)).toEqual([]);
      }),
      { numRuns: 200, seed: 20261127 },
    );
    console.log(`Random days, 200 runs (seed 20261127): what was tried and what landed\n${table(tally)}`);
    expect(Object.entries(tally).filter(([, c]) => c.landed === 0).map(([kind]) => kind)).toEqual([]);
  });
});
