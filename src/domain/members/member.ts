/**
 * Members (anggota): who they are, their numbers (A-0001) and what makes a registration valid.
 * Personal data (NIK, phone, address) is kept as text exactly as given.
 */
import { isIsoDate } from '../dates';
import { nextNumbered } from '../books/numbering';
import { quoted, textProblems, type Problem } from '../errors';
import type { Member } from '../types';

/** The next member number: A-0001, A-0002, ... */
export const nextMemberId = (existing: readonly string[]): string => nextNumbered('A-', existing);

export { MAX_TEXT } from '../errors';

/** What is wrong with a new member's details; empty when she can be registered. */
export function memberProblems(m: Omit<Member, 'id' | 'status' | 'exitDate'>, existing: readonly Member[] = []): Problem[] {
  const problems: Problem[] = [];
  const name = m.name.trim();
  if (name === '') problems.push({ code: 'MEMBER_NAME_REQUIRED', where: 'name' });
  for (const [field, value] of Object.entries(m)) {
    if (typeof value === 'string') problems.push(...textProblems(value, field, { multiline: field === 'address' }));
  }
  if (m.nik !== '' && !/^\d{16}$/.test(m.nik.trim())) problems.push({ code: 'MEMBER_NIK_INVALID', where: 'nik', params: { nik: quoted(m.nik) } });
  if (m.nik !== '' && existing.some((e) => e.nik === m.nik.trim() && e.status === 'aktif')) {
    problems.push({ code: 'MEMBER_NIK_DUPLICATE', where: 'nik', params: { nik: m.nik } });
  }
  if (m.phone !== '' && !/^\+?[0-9][0-9 -]{6,18}$/.test(m.phone.trim())) problems.push({ code: 'MEMBER_PHONE_INVALID', where: 'phone', params: { phone: quoted(m.phone) } });
  if (m.email !== '' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(m.email.trim())) problems.push({ code: 'MEMBER_EMAIL_INVALID', where: 'email', params: { email: quoted(m.email) } });
  if (!isIsoDate(m.joinDate)) problems.push({ code: 'DATE_INVALID', where: 'joinDate', params: { date: m.joinDate } });
  return problems;
}
