/**
 * Utilities.Blob: bytes with a content type and a name. Blobs are values, not saved state. Other
 * services (Drive uploads, mail attachments, getAs) read a blob's bytes through `rawBlob`, which
 * sees through the script-side proxy without counting a call.
 */
import { Exception } from '../errors';
import { KIND } from '../runtime';
import { Bytes, decodeText, encodeText, fromByteArray, isByteArray, toSigned } from './bytes';
import { htmlToText, renderPdf } from './pdf';
import { signatureError } from './signature';
import type { Provides } from '../provides';

const RAW = Symbol('emulator.rawBlob');

export class Blob implements Provides<GoogleAppsScript.Base.Blob, 'getBytes' | 'getDataAsString' | 'getContentType' | 'setContentType' | 'getName' | 'setName' | 'setBytes' | 'setDataFromString' | 'copyBlob' | 'isGoogleType' | 'getBlob' | 'getAs'> {
  readonly [KIND] = 'Utilities.Blob';
  _bytes: Bytes;
  _type: string | null;
  _name: string | null;

  constructor(bytes: Bytes, contentType: string | null, name: string | null) {
    this._bytes = bytes;
    this._type = contentType;
    this._name = name;
  }

  get [RAW](): Blob {
    return this;
  }

  getBytes(): number[] {
    return toSigned(this._bytes);
  }
  getDataAsString(charset?: string): string {
    return decodeText(this._bytes, charset === 'US-ASCII' ? 'US-ASCII' : 'UTF-8');
  }
  getContentType(): string | null {
    return this._type;
  }
  setContentType(contentType: string | null): Blob {
    this._type = contentType;
    return this;
  }
  getName(): string | null {
    return this._name;
  }
  setName(name: string): Blob {
    this._name = name;
    return this;
  }
  setBytes(data: number[]): Blob {
    if (!isByteArray(data)) throw signatureError('Blob.setBytes', [data]);
    this._bytes = fromByteArray(data);
    return this;
  }
  setDataFromString(data: string, charset?: string): Blob {
    this._bytes = encodeText(String(data), charset === 'US-ASCII' ? 'US-ASCII' : 'UTF-8');
    return this;
  }
  copyBlob(): Blob {
    return new Blob(Buffer.from(this._bytes), this._type, this._name);
  }
  isGoogleType(): boolean {
    return false;
  }
  getBlob(): Blob {
    return this;
  }

  /** Only HTML and plain text convert to PDF here; Google converts more (images, Office files). */
  getAs(contentType: string): Blob {
    if (contentType === this._type) return this.copyBlob();
    if (contentType === 'application/pdf' && (this._type === 'text/html' || this._type === 'text/plain')) {
      const text = this._type === 'text/html' ? htmlToText(this.getDataAsString()) : this.getDataAsString();
      return new Blob(renderPdf(text), 'application/pdf', renamedFor(this._name, 'pdf'));
    }
    // Text seen in live logs for unsupported conversions; not verified for every pair.
    throw new Exception(`Converting from ${this._type} to ${contentType} is not supported.`);
  }

  toString(): string {
    return 'Blob';
  }
}

/** Google replaces whatever follows the last period: "ShoppingList.12.25.2014" -> "ShoppingList.12.25.pdf". */
export function renamedFor(name: string | null, ext: string): string | null {
  if (name === null) return null;
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${ext}`;
}

/** The emulated blob behind a value a script passed in, or null when it is not a blob. */
export function rawBlob(v: unknown): Blob | null {
  if (typeof v !== 'object' || v === null) return null;
  const raw = (v as any)[RAW];
  return raw instanceof Blob ? raw : null;
}

export function makeBlob(bytes: Bytes, contentType: string | null, name: string | null = null): Blob {
  return new Blob(bytes, contentType, name);
}
