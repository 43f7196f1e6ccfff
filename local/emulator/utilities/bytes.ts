/**
 * Apps Script hands bytes to scripts as JavaScript arrays of signed Java bytes (-128..127); the
 * emulator keeps Node Buffers inside and converts at the boundary.
 */
import { Exception } from '../errors';

export type Bytes = Buffer;

/** Signed bytes, as getBytes() and computeDigest() return them. */
export function toSigned(bytes: Bytes): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/** Accepts signed or unsigned byte values; anything else is Google's conversion error. */
export function fromByteArray(values: readonly unknown[]): Bytes {
  return Buffer.from(
    values.map((v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Exception(`Cannot convert ${String(v)} to byte.`);
      return v & 0xff;
    }),
  );
}

/** Encodes text in a Java charset name: US-ASCII turns every non-ASCII character into '?'. */
export function encodeText(text: string, charset: string): Bytes {
  if (charset === 'US-ASCII') return Buffer.from(Array.from(text, (c) => (c.charCodeAt(0) < 128 && c.length === 1 ? c.charCodeAt(0) : 0x3f)));
  return Buffer.from(text, 'utf8');
}

export function decodeText(bytes: Bytes, charset: string): string {
  if (charset === 'US-ASCII') return Array.from(bytes, (b) => (b < 128 ? String.fromCharCode(b) : '\ufffd')).join('');
  return bytes.toString('utf8');
}

export function isByteArray(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'number');
}
