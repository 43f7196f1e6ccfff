/** Drive v3's errors as Apps Script's advanced service reports them. */
import { GoogleJsonResponseException } from '../errors';

export function driveError(method: string, message: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException(`API call to drive.files.${method} failed with error: ${message}`);
}

/** Live text as seen in logs: no trailing period after the id. */
export function notFound(method: string, id: string): GoogleJsonResponseException {
  return driveError(method, `File not found: ${id}`);
}

export const INVALID_VALUE = 'Invalid Value';
