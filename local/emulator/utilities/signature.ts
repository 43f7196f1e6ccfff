/**
 * Google's "The parameters (...) don't match the method signature for X." error, with the live
 * argument tokens: number, String, null, number[], (class) for plain objects, and the Apps Script
 * class name of emulated objects ("Blob", "Utilities.DigestAlgorithm").
 */
import { Exception } from '../errors';
import { KIND } from '../runtime';

export function argToken(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (Array.isArray(v)) return v.length && typeof v[0] === 'string' ? 'String[]' : 'number[]';
  if (v instanceof Date) return 'Date';
  const kind = (v as any)[KIND] ?? (v as any)[ENUM_TYPE];
  if (kind === 'Utilities.Blob') return 'Blob';
  if (typeof kind === 'string') return kind;
  return '(class)';
}

export function signatureError(method: string, args: readonly unknown[]): Exception {
  return new Exception(`The parameters (${args.map(argToken).join(',')}) don't match the method signature for ${method}.`);
}

/** Marks an enum value with its enum's Apps Script name, for signature errors. */
export const ENUM_TYPE = Symbol('emulator.enumType');
