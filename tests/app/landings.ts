/**
 * What a random day's presses achieved: per kind of action, how often it was tried and how often it
 * landed (the journal or a tab changed as the action says). A property run that accepts refusals
 * proves little if everything was refused: the batch must see every kind land.
 */
import type { JournalEntry } from '../../src/domain/types';

/** What a landing is judged on: the books before and after one press (and its retry). */
export interface Books {
  readonly now: number;
  readonly entries: readonly JournalEntry[];
  readonly applications: readonly { id: string; status: string }[];
  readonly loans: readonly { id: string; status: string }[];
  readonly members: readonly { id: string; status: string }[];
}

const posted = (kind: JournalEntry['kind']) => (b: Books, a: Books) => a.entries.slice(b.entries.length).some((e) => e.kind === kind);
const became = (list: 'applications' | 'loans' | 'members', status: string) => (b: Books, a: Books) => {
  const was = new Map<string, string>(b[list].map((x) => [x.id, x.status]));
  return a[list].some((x) => x.status === status && was.get(x.id) !== status);
};

/** Each kind of action and what it must change to have landed. */
export const LANDS: Readonly<Record<string, (before: Books, after: Books) => boolean>> = {
  deposit: posted('savings_deposit'),
  withdrawal: posted('savings_withdrawal'),
  application: (b, a) => a.applications.length > b.applications.length,
  'loan the same day': (b, a) => posted('loan_disbursement')(b, a) && a.applications.length > b.applications.length,
  approval: became('applications', 'disetujui'),
  rejection: became('applications', 'ditolak'),
  payout: posted('loan_disbursement'),
  installment: posted('installment_payment'),
  payoff: became('loans', 'lunas'),
  waiver: posted('penalty_waiver'),
  undo: posted('reversal'),
  'member exit': became('members', 'keluar'),
  'time passing': (b, a) => a.now > b.now,
};

/** Per kind: steps with nothing to act on (no waiting application, say), presses, and landings. */
export type Tally = Record<string, { idle: number; pressed: number; landed: number }>;

export function emptyTally(): Tally {
  return Object.fromEntries(Object.keys(LANDS).map((k) => [k, { idle: 0, pressed: 0, landed: 0 }]));
}

/** Counts one step: `press` false when there was nothing to press it on. */
export function count(tally: Tally, kind: string, pressed: boolean, before: Books, after: Books): void {
  const judge = LANDS[kind];
  if (!judge) throw new Error(`No landing rule for "${kind}"`);
  if (!pressed) tally[kind].idle += 1;
  else {
    tally[kind].pressed += 1;
    if (judge(before, after)) tally[kind].landed += 1;
  }
}

/** The tally as a table a person reads. */
export function table(tally: Tally): string {
  const cell = (n: number) => String(n).padStart(6);
  return ['kind                  idle pressed landed', ...Object.entries(tally).map(([k, c]) => `${k.padEnd(18)}${cell(c.idle)}${cell(c.pressed)}${cell(c.landed)}`)].join('\n');
}
