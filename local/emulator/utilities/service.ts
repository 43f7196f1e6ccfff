/** The Utilities service object a script sees. */
import * as crypto from 'crypto';
import * as zlib from 'zlib';
import { Exception, NotImplemented } from '../errors';
import { KIND, Runtime } from '../runtime';
import { Blob, makeBlob, rawBlob } from './blob';
import { Bytes, encodeText, fromByteArray, isByteArray, toSigned } from './bytes';
import { formatDate } from './date-format';
import { parseDate } from './date-parse';
import { Charset, CHARSET_JAVA, DigestAlgorithm, DIGEST_NODE, HMAC_NODE, isEnumOf, MacAlgorithm } from './enums';
import { signatureError } from './signature';
import { formatString, parseCsv } from './text';
import type { Provides } from '../provides';

interface UtilitiesState {
  uuids: number;
}

export class Utilities implements Provides<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'parseDate' | 'computeDigest' | 'computeHmacSha256Signature' | 'computeHmacSignature' | 'base64Encode' | 'base64EncodeWebSafe' | 'base64Decode' | 'base64DecodeWebSafe' | 'getUuid' | 'newBlob' | 'sleep' | 'formatString' | 'parseCsv' | 'jsonStringify' | 'jsonParse' | 'gzip' | 'ungzip'> {
  readonly [KIND] = 'Utilities';
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly Charset = Charset;
  constructor(private readonly _rt: Runtime) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!(date instanceof Date) || typeof timeZone !== 'string' || typeof format !== 'string') throw signatureError('Utilities.formatDate', [...arguments]);
    return formatDate(date.getTime(), timeZone, format);
  }

  parseDate(date: string, timeZone: string, format: string): Date {
    if (typeof date !== 'string' || typeof timeZone !== 'string' || typeof format !== 'string') throw signatureError('Utilities.parseDate', [...arguments]);
    return new Date(parseDate(date, timeZone, format));
  }

  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    if (!isEnumOf(algorithm, DigestAlgorithm)) throw signatureError('Utilities.computeDigest', [...arguments]);
    const node = DIGEST_NODE[algorithm.name()];
    if (!node) throw new NotImplemented(`Utilities.computeDigest(${algorithm.name()})`);
    const data = this._input('Utilities.computeDigest', [...arguments], value, charset);
    return toSigned(crypto.createHash(node).update(data).digest());
  }

  computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
    return this._hmac('Utilities.computeHmacSha256Signature', [...arguments], 'sha256', value, key, charset);
  }

  computeHmacSignature(algorithm: unknown, value: unknown, key: unknown, charset?: unknown): number[] {
    if (!isEnumOf(algorithm, MacAlgorithm)) throw signatureError('Utilities.computeHmacSignature', [...arguments]);
    return this._hmac('Utilities.computeHmacSignature', [...arguments], HMAC_NODE[algorithm.name()], value, key, charset);
  }

  base64Encode(data: unknown, charset?: unknown): string {
    return this._input('Utilities.base64Encode', [...arguments], data, charset, 'UTF-8').toString('base64');
  }

  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    return this._input('Utilities.base64EncodeWebSafe', [...arguments], data, charset, 'UTF-8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: unknown, charset?: unknown): number[] {
    if (typeof encoded !== 'string' || (charset !== undefined && !isEnumOf(charset, Charset))) throw signatureError('Utilities.base64Decode', [...arguments]);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded.replace(/\s/g, ''))) throw new Exception('Could not decode string.');
    return toSigned(Buffer.from(encoded, 'base64'));
  }

  base64DecodeWebSafe(encoded: unknown, charset?: unknown): number[] {
    if (typeof encoded !== 'string' || (charset !== undefined && !isEnumOf(charset, Charset))) throw signatureError('Utilities.base64DecodeWebSafe', [...arguments]);
    if (!/^[A-Za-z0-9_-]*={0,2}$/.test(encoded.replace(/\s/g, ''))) throw new Exception('Could not decode string.');
    return toSigned(Buffer.from(encoded, 'base64url'));
  }

  /** Deterministic (a counter in state) so that tests replay; shaped like a version 4 UUID. */
  getUuid(): string {
    const s = this._rt.service<UtilitiesState>('utilities', () => ({ uuids: 0 }));
    const h = crypto.createHash('sha1').update(`uuid:${s.uuids++}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  /** A string is stored as UTF-8 and typed text/plain; bytes keep a null type unless one is given. */
  newBlob(data: unknown, contentType?: string | null, name?: string | null): Blob {
    let bytes: Bytes;
    if (typeof data === 'string') bytes = Buffer.from(data, 'utf8');
    else if (isByteArray(data)) bytes = fromByteArray(data);
    else throw signatureError('Utilities.newBlob', [...arguments]);
    const type = contentType === undefined ? (typeof data === 'string' ? 'text/plain' : null) : contentType;
    return makeBlob(bytes, type, name ?? null);
  }

  /** Does not wait: it moves the emulated clock, as the script would see the time pass. */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number') throw signatureError('Utilities.sleep', [...arguments]);
    this._rt.state.clock += Math.max(0, Math.floor(milliseconds));
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(String(template), args);
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    if (typeof csv !== 'string') throw signatureError('Utilities.parseCsv', [...arguments]);
    return parseCsv(csv, delimiter ?? ',');
  }

  jsonStringify(obj: unknown): string {
    return JSON.stringify(obj);
  }

  jsonParse(jsonString: string): unknown {
    return JSON.parse(jsonString);
  }

  gzip(blob: unknown, name?: string): Blob {
    const raw = rawBlob(blob);
    if (!raw) throw signatureError('Utilities.gzip', [...arguments]);
    return makeBlob(zlib.gzipSync(raw._bytes), 'application/x-gzip', name ?? 'archive.gz');
  }

  ungzip(blob: unknown): Blob {
    const raw = rawBlob(blob);
    if (!raw) throw signatureError('Utilities.ungzip', [...arguments]);
    const name = raw._name && raw._name.endsWith('.gz') ? raw._name.slice(0, -3) : raw._name;
    return makeBlob(zlib.gunzipSync(raw._bytes), null, name);
  }

  toString(): string {
    return 'Utilities';
  }

  /** A string (encoded in the charset, US-ASCII by default as live) or a byte array. */
  _input(method: string, args: unknown[], value: unknown, charset: unknown, defaultCharset = 'US-ASCII'): Bytes {
    if (charset !== undefined && !isEnumOf(charset, Charset)) throw signatureError(method, args);
    if (typeof value === 'string') return encodeText(value, charset ? CHARSET_JAVA[charset.name()] : defaultCharset);
    if (isByteArray(value) && charset === undefined) return fromByteArray(value);
    throw signatureError(method, args);
  }

  _hmac(method: string, args: unknown[], algo: string, value: unknown, key: unknown, charset: unknown): number[] {
    const bothText = typeof value === 'string' && typeof key === 'string';
    const bothBytes = isByteArray(value) && isByteArray(key);
    if (!bothText && !bothBytes) throw signatureError(method, args);
    const v = this._input(method, args, value, charset, 'UTF-8');
    const k = this._input(method, args, key, charset, 'UTF-8');
    return toSigned(crypto.createHmac(algo, k).update(v).digest());
  }
}
