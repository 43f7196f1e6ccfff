/**
 * Who may do what. Roles come from the settings tab (emails per role) and are checked on every
 * action against the active user's email. The one who records a loan is not the one who approves
 * it (maker-checker).
 */
import { LumbungError } from './errors';

export type Role = 'ketua' | 'sekretaris' | 'bendahara' | 'pengawas';
export const roles: readonly Role[] = ['ketua', 'sekretaris', 'bendahara', 'pengawas'];

/** Emails per role, as the settings tab lists them. */
export type RoleEmails = Readonly<Record<Role, readonly string[]>>;

export type Action =
  | 'setup'
  | 'register_member'
  | 'record_savings'
  | 'record_loan_application'
  | 'approve_loan'
  | 'disburse_loan'
  | 'record_installment'
  | 'waive_penalty'
  | 'reverse_entry'
  | 'record_exit'
  | 'import'
  | 'view_books'
  | 'verify_ledger';

const MANAGERS: readonly Role[] = ['ketua', 'sekretaris', 'bendahara'];

/**
 * The roles allowed each action. Money moves through the bendahara (or the ketua standing in);
 * approvals and waivers need the ketua; pengawas (supervisors) read and verify but change nothing.
 */
export const defaultPermissions: Readonly<Record<Action, readonly Role[]>> = {
  setup: ['ketua'],
  register_member: MANAGERS,
  record_savings: ['bendahara', 'ketua'],
  record_loan_application: MANAGERS,
  approve_loan: ['ketua'],
  disburse_loan: ['bendahara', 'ketua'],
  record_installment: ['bendahara', 'ketua'],
  waive_penalty: ['ketua'],
  reverse_entry: ['bendahara', 'ketua'],
  record_exit: ['ketua', 'bendahara'],
  import: ['ketua', 'bendahara'],
  view_books: [...MANAGERS, 'pengawas'],
  verify_ledger: [...MANAGERS, 'pengawas'],
};

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function rolesOf(email: string, emails: RoleEmails): Role[] {
  return roles.filter((r) => emails[r].some((e) => same(e, email)));
}

/** Refuses an action to a user none of whose roles allows it; a blank email is nobody, never a match. */
export function checkAllowed(action: Action, email: string, emails: RoleEmails): void {
  const allowed = defaultPermissions[action];
  if (email.trim() === '' || !rolesOf(email, emails).some((r) => allowed.includes(r))) {
    throw new LumbungError('NOT_ALLOWED', { email: email || '-', roles: allowed.join(', ') });
  }
}

/**
 * Maker-checker: the person approving is not the person who recorded. A request whose recorder is
 * blank (erased by hand) is refused, never waved through: the check must have someone to compare.
 */
export function checkNotSamePerson(recordedBy: string, approver: string): void {
  if (recordedBy.trim() === '' || approver.trim() === '') throw new LumbungError('RECORDER_UNKNOWN');
  if (same(recordedBy, approver)) throw new LumbungError('SAME_PERSON_APPROVES', { email: approver });
}
