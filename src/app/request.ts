/**
 * The id a form carries from the moment it is opened: every use case that posts keys its entry on
 * it, so pressing Save twice (or a retried click) records the money once.
 */
import { newUuid } from '../workspace/ids';

export function newRequestId(): string {
  return newUuid();
}
