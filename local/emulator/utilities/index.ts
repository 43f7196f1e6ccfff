/**
 * Utilities (dates, digests, base64, blobs, CSV, format strings) and the global MimeType enum.
 * Other services use `makeBlob` / `rawBlob` to hand out and read blobs.
 */
import type { Runtime } from '../runtime';
import { MimeType } from './enums';
import { Utilities } from './service';

export { Blob, makeBlob, rawBlob, renamedFor } from './blob';
export { renderPdf, htmlToText } from './pdf';
export { formatDate } from './date-format';
export { argToken, signatureError } from './signature';

export function install(rt: Runtime): Record<string, unknown> {
  return { Utilities: rt.expose(new Utilities(rt)), MimeType };
}
