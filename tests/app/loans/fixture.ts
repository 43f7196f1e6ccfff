/**
 * A cooperative ready to lend: the four managers in place, and Siti Aminah (A-0001), a member since
 * 2025-06-01 with Rp400.000 saved (pokok Rp100.000 + wajib Rp300.000), so the Pinjaman Usaha
 * (flat 1,5%/month, fee 1%, at most 3 x savings) lends her up to Rp1.200.000. Today: 2026-03-02.
 */
import { setupLedger } from '../../../src/app/setup';
import { registerMember } from '../../../src/app/members/members';
import { recordLoanApplication, decideLoanApplication, type NewApplication } from '../../../src/app/loans/applications';
import { disburseLoan } from '../../../src/app/loans/disbursement';
import type { Workspace } from '../../../local/emulator/index';
import { LumbungError } from '../../../src/domain/errors';
import { BENDAHARA, KETUA, PENGAWAS, SEKRETARIS, as, setSetting, useWorkspace } from '../harness';

/** The four managers in place and nothing recorded yet (old books may still be imported). */
export function managersOnly(): Workspace {
  const ws = useWorkspace({ user: KETUA, now: new Date('2026-03-02T02:00:00Z') });
  setupLedger();
  setSetting(ws, 'bendahara', BENDAHARA);
  setSetting(ws, 'sekretaris', SEKRETARIS);
  setSetting(ws, 'pengawas', PENGAWAS);
  setupLedger(); // the new managers become editors of the protected tabs
  return ws;
}

export function cooperative(): Workspace {
  const ws = managersOnly();
  as(ws, SEKRETARIS, () => joinMember('Siti Aminah', 'siti'));
  return ws;
}

/** A member since 2025-06-01 with Rp400.000 saved. */
export function joinMember(name: string, requestId: string, joinDate = '2025-06-01'): string {
  const { member } = registerMember({ name, nik: '', phone: '', address: 'Jambi', email: '', group: 'Mawar', joinDate, wajib: 300_000, requestId });
  return member.id;
}

/** Siti's application for the loan worked out by hand: Rp1.200.000 over 12 months. */
export const sitiLoan: NewApplication = { memberId: 'A-0001', productId: 'usaha', amount: 1_200_000, termMonths: 12, purpose: 'Modal warung sembako', requestId: 'app-1' };

/** Recorded by the sekretaris, approved by the ketua, paid out by the bendahara (today). */
export function runningLoan(ws: Workspace, app: NewApplication = sitiLoan): string {
  const { application } = as(ws, SEKRETARIS, () => recordLoanApplication(app));
  as(ws, KETUA, () => decideLoanApplication(application.id, { approve: true }));
  return as(ws, BENDAHARA, () => disburseLoan({ applicationId: application.id })).loan.id;
}

/** Moves the emulated clock to 09:00 in Jakarta on a day. */
export function goTo(ws: Workspace, day: string): void {
  ws.advanceTime(new Date(`${day}T02:00:00Z`).getTime() - ws.now().getTime());
}

/** Runs fn and returns the refusal it throws (failing when it throws none, or something else). */
export function refusal(fn: () => unknown): LumbungError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LumbungError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** A date cell of a tab (midnight in Jakarta) as the ISO day a manager reads. */
export function day(cell: unknown): string {
  return new Date((cell as Date).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
