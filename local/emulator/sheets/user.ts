/** A user as Protection.getEditors() returns it: getEmail(), toString() the email. */
import { KIND } from '../runtime';
import { SELF } from './signature';

export class User {
  readonly [KIND] = 'User';
  readonly [SELF] = this;
  constructor(private readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
  toString(): string {
    return this._email;
  }
}

/** An email from a string or any User-like object (ours, or Session's). */
export function emailOf(v: unknown): string {
  if (typeof v === 'string') return v.trim().toLowerCase();
  const self = (v as any)?.[SELF];
  if (self instanceof User) return self.getEmail().toLowerCase();
  if (v && typeof (v as any).getEmail === 'function') return String((v as any).getEmail()).toLowerCase();
  return String(v).toLowerCase();
}
