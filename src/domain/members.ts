/**
 * Members (anggota): who they are, their numbers (A-0001) and what makes a registration valid.
 * Personal data (NIK, phone, address) is kept as text exactly as given.
 */
import type { IsoDate } from './dates';
import { isIsoDate } from './dates';
import type { Problem } from './errors';

export type MemberStatus = 'aktif' | 'keluar';

export interface Member {
  /** Member number, e.g. 'A-0001'. */
  readonly id: string;
  readonly name: string;
  /** Nomor Induk Kependudukan: 16 digits, kept as text. */
  readonly nik: string;
  /** As the member writes it: '0812...' or '+62812...', kept as text. */
  readonly phone: string;
  readonly address: string;
  readonly email: string;
  readonly joinDate: IsoDate;
  /** Tanggung renteng group (kelompok), if the cooperative uses groups. */
  readonly group: string;
  readonly status: MemberStatus;
  readonly exitDate: IsoDate | '';
  readonly note: string;
}

/**
 * The next number after the highest in use under a head ("A-", "P-2026-"), four digits at least:
 * A-0001, P-2026-0002 (never reuses a number, even one whose row is gone).
 */
export function nextNumbered(head: string, existing: readonly string[]): string {
  let max = 0;
  for (const raw of existing) {
    const id = raw.trim();
    if (id.startsWith(head) && /^\d+$/.test(id.slice(head.length))) max = Math.max(max, Number(id.slice(head.length)));
  }
  return `${head}${String(max + 1).padStart(4, '0')}`;
}

/** The next member number: A-0001, A-0002, ... */
export const nextMemberId = (existing: readonly string[]): string => nextNumbered('A-', existing);

export const MAX_TEXT = 500;

/** What is wrong with a new member's details; empty when she can be registered. */
export function memberProblems(m: Omit<Member, 'id' | 'status' | 'exitDate'>, existing: readonly Member[] = []): Problem[] {
  const problems: Problem[] = [];
  const name = m.name.trim();
  if (name === '') problems.push({ code: 'MEMBER_NAME_REQUIRED', where: 'name' });
  for (const [field, value] of Object.entries(m)) {
    if (typeof value === 'string' && value.length > MAX_TEXT) problems.push({ code: 'TEXT_TOO_LONG', where: field, params: { max: MAX_TEXT } });
  }
  if (m.nik !== '' && !/^\d{16}$/.test(m.nik.trim())) problems.push({ code: 'MEMBER_NIK_INVALID', where: 'nik', params: { nik: m.nik } });
  if (m.nik !== '' && existing.some((e) => e.nik === m.nik.trim() && e.status === 'aktif')) {
    problems.push({ code: 'MEMBER_NIK_DUPLICATE', where: 'nik', params: { nik: m.nik } });
  }
  if (m.phone !== '' && !/^\+?[0-9][0-9 -]{6,18}$/.test(m.phone.trim())) problems.push({ code: 'MEMBER_PHONE_INVALID', where: 'phone', params: { phone: m.phone } });
  if (m.email !== '' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(m.email.trim())) problems.push({ code: 'MEMBER_EMAIL_INVALID', where: 'email', params: { email: m.email } });
  if (!isIsoDate(m.joinDate)) problems.push({ code: 'DATE_INVALID', where: 'joinDate', params: { date: m.joinDate } });
  return problems;
}
