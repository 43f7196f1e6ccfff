/**
 * Google's "The parameters (String,number) don't match the method signature for
 * SpreadsheetApp.Range.setValues." for every service, with the live argument tokens: number,
 * String, Boolean, null, Date, number[] / String[] (by the first element; Object[] when empty),
 * (class) for a plain object, and the Apps Script name of an emulated object or enum ("Blob",
 * "SpreadsheetApp.Range", "Utilities.DigestAlgorithm"). Arguments left undefined are not named.
 */
import { Exception } from './errors';
import { KIND } from './runtime';

/** Marks an enum value with its enum's Apps Script name, for signature errors. */
export const ENUM_TYPE = Symbol('emulator.enumType');

/** The class name of an emulated object, or null for anything else. */
export function kindOf(v: unknown): string | null {
  return typeof v === 'object' && v !== null && KIND in v ? String((v as any)[KIND]) : null;
}

export function argToken(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (v instanceof Date) return 'Date';
  if (Array.isArray(v)) return `${v.length ? argToken(v[0]) : 'Object'}[]`;
  if (typeof v === 'function') return 'Function';
  const kind = kindOf(v) ?? (typeof v === 'object' ? (v as any)[ENUM_TYPE] : undefined);
  if (kind === 'Utilities.Blob') return 'Blob';
  return typeof kind === 'string' ? kind : '(class)';
}

export function signatureError(method: string, args: readonly unknown[]): Exception {
  const tokens = args.filter((a) => a !== undefined).map(argToken).join(',');
  return new Exception(`The parameters (${tokens}) don't match the method signature for ${method}.`);
}
