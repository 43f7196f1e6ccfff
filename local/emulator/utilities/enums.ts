/**
 * Apps Script enums. Utilities' enums are objects (String(x) is the name) so a script passing the
 * plain string 'MD5' gets the signature error as live; MimeType values are plain strings, as live.
 */
import { ENUM_TYPE } from './signature';

export interface EnumValue {
  readonly [ENUM_TYPE]: string;
  name(): string;
  ordinal(): number;
  toString(): string;
}

function enumOf<K extends string>(type: string, names: readonly K[]): Readonly<Record<K, EnumValue>> {
  const out = {} as Record<K, EnumValue>;
  names.forEach((n, i) => {
    out[n] = Object.freeze({ [ENUM_TYPE]: type, name: () => n, ordinal: () => i, toString: () => n, toJSON: () => n });
  });
  return Object.freeze(out);
}

export const DigestAlgorithm = enumOf('Utilities.DigestAlgorithm', ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'] as const);
export const MacAlgorithm = enumOf('Utilities.MacAlgorithm', ['HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512'] as const);
export const Charset = enumOf('Utilities.Charset', ['US_ASCII', 'UTF_8'] as const);

/** node:crypto names for the digest and HMAC enums (MD2 is not in OpenSSL 3: not emulated). */
export const DIGEST_NODE: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
export const HMAC_NODE: Record<string, string> = { HMAC_MD5: 'md5', HMAC_SHA_1: 'sha1', HMAC_SHA_256: 'sha256', HMAC_SHA_384: 'sha384', HMAC_SHA_512: 'sha512' };
export const CHARSET_JAVA: Record<string, string> = { US_ASCII: 'US-ASCII', UTF_8: 'UTF-8' };

export function isEnumOf(v: unknown, e: Readonly<Record<string, EnumValue>>): v is EnumValue {
  return typeof v === 'object' && v !== null && Object.values(e).includes(v as EnumValue);
}

/** The global MimeType enum: plain strings, as Apps Script's are. */
export const MimeType = Object.freeze({
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
});
