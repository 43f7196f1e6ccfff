/**
 * Kartu pinjaman: a loan's schedule beside what was paid. Payments are matched to installments
 * oldest first (principal with principal, interest with interest), as the cooperative allocates
 * them; an installment is paid on the day both of its parts were covered.
 */
import type { Installment } from './schedule';
import type { Account, AccountRole, EntryKind, JournalEntry } from '../types';
import type { IsoDate } from '../dates';
import { inDateOrder } from '../books/journal';
import type { Rupiah } from '../money';

export interface LoanCardPayment {
  readonly date: IsoDate;
  readonly entryId: string;
  /** What brought the money: an installment, the group's cover, netting at exit (or their reversal). */
  readonly kind: EntryKind;
  readonly principal: Rupiah;
  readonly interest: Rupiah;
  readonly penalty: Rupiah;
}

export interface LoanCardRow {
  readonly n: number;
  readonly dueDate: IsoDate;
  readonly principalDue: Rupiah;
  readonly interestDue: Rupiah;
  readonly principalPaid: Rupiah;
  readonly interestPaid: Rupiah;
  readonly status: 'paid' | 'partial' | 'unpaid';
  /** The day it became fully paid. */
  readonly paidOn?: IsoDate;
  /** Principal still owed once this installment's paid principal is counted. */
  readonly principalBalance: Rupiah;
}

export interface LoanCard {
  readonly loanId: string;
  readonly rows: readonly LoanCardRow[];
  readonly payments: readonly LoanCardPayment[];
  readonly totals: {
    readonly disbursed: Rupiah;
    readonly principalPaid: Rupiah;
    readonly interestPaid: Rupiah;
    readonly penaltyPaid: Rupiah;
    readonly writtenOff: Rupiah;
    /** Principal paid beyond the whole schedule. */
    readonly overpaid: Rupiah;
  };
}

const PAYMENT_KINDS: readonly EntryKind[] = ['installment_payment', 'group_cover', 'member_exit'];
type Part = 'principal' | 'interest' | 'penalty';
const PART_OF: Partial<Record<AccountRole, Part>> = {
  loan_principal: 'principal',
  loan_interest_receivable: 'interest',
  interest_income: 'interest',
  loan_penalty_receivable: 'penalty',
  penalty_income: 'penalty',
};

export function loanCard(chart: readonly Account[], schedule: readonly Installment[], entries: readonly JournalEntry[], loanId: string): LoanCard {
  const partOf = new Map(chart.flatMap((a) => (a.role && PART_OF[a.role] ? [[a.code, PART_OF[a.role] as Part] as const] : [])));
  const kindOf = new Map(entries.map((e) => [e.id, e.kind]));
  const ordered = inDateOrder(entries);
  const cumPrincipal: number[] = [];
  const cumInterest: number[] = [];
  schedule.forEach((s, i) => {
    cumPrincipal.push((cumPrincipal[i - 1] ?? 0) + s.principal);
    cumInterest.push((cumInterest[i - 1] ?? 0) + s.interest);
  });
  const paidOn: (IsoDate | undefined)[] = schedule.map(() => undefined);
  const payments: LoanCardPayment[] = [];
  let [disbursed, writtenOff, p, interest, penalty] = [0, 0, 0, 0, 0];
  for (const e of ordered) {
    // A reversal counts as the kind it undoes, with its lines' signs already mirrored.
    const kind = e.kind === 'reversal' && e.reverses ? kindOf.get(e.reverses) : e.kind;
    const got = { principal: 0, interest: 0, penalty: 0 };
    let touches = false;
    for (const l of e.lines) {
      const part = partOf.get(l.account);
      if (l.loanId !== loanId || !part) continue;
      touches = true;
      got[part] += l.credit - l.debit;
    }
    if (!touches) continue;
    if (kind === 'loan_disbursement') disbursed -= got.principal;
    else if (kind === 'loan_write_off') writtenOff += got.principal;
    else if (kind && PAYMENT_KINDS.includes(kind)) {
      payments.push({ date: e.date, entryId: e.id, kind: e.kind, ...got });
      [p, interest, penalty] = [p + got.principal, interest + got.interest, penalty + got.penalty];
      schedule.forEach((_, i) => {
        const full = p >= cumPrincipal[i] && interest >= cumInterest[i];
        paidOn[i] = full ? (paidOn[i] ?? e.date) : undefined;
      });
    }
  }
  const totalDue = cumPrincipal[cumPrincipal.length - 1] ?? 0;
  const clamp = (x: number, hi: number) => Math.min(Math.max(x, 0), hi);
  const rows = schedule.map((s, i): LoanCardRow => {
    const principalPaid = clamp(p - (cumPrincipal[i - 1] ?? 0), s.principal);
    const interestPaid = clamp(interest - (cumInterest[i - 1] ?? 0), s.interest);
    const status = paidOn[i] ? 'paid' : principalPaid + interestPaid > 0 ? 'partial' : 'unpaid';
    const row = { n: s.n, dueDate: s.dueDate, principalDue: s.principal, interestDue: s.interest, principalPaid, interestPaid, status,
      principalBalance: totalDue - clamp(p, cumPrincipal[i]) } as const;
    return paidOn[i] ? { ...row, paidOn: paidOn[i] } : row;
  });
  return {
    loanId,
    rows,
    payments,
    totals: { disbursed, principalPaid: p, interestPaid: interest, penaltyPaid: penalty, writtenOff, overpaid: Math.max(0, p - totalDue) },
  };
}
