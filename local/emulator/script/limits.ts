/**
 * The refusals Google applies when a trigger is created (PLATFORM.md "Limits"). The script counts
 * as an add-on when its manifest has `addOns`.
 */
import { Exception } from '../errors';
import type { Runtime } from '../runtime';
import { recurrenceMs } from './schedule';
import { scriptState, TriggerData } from './state';

const MAX_TRIGGERS_PER_USER = 20;
const HOUR = 3_600_000;

export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** Seen in an add-on's logs (ttsukagoshi/mail-merge-for-gmail issue #165). */
export const ADDON_RECURRENCE = 'The recurrence interval for an Add-on trigger must be at least one hour.';
/** UNVERIFIED wording: the docs state the rule ("only for the file in use"), not the text. */
export const ADDON_OTHER_FILE = 'Add-ons can only create triggers for the file in which the add-on is used.';
/** UNVERIFIED wording: the docs state the rule ("one trigger of each type, per user, per document"). */
export const ADDON_DUPLICATE_TYPE = 'An add-on can only have one trigger of each type, per user, per document.';

export function isAddOn(rt: Runtime): boolean {
  return Boolean(rt.manifest?.addOns);
}

/** Throws Google's refusal if `candidate` may not be installed for the active user. */
export function checkTriggerLimits(rt: Runtime, candidate: TriggerData): void {
  const mine = scriptState(rt).triggers.filter((t) => t.owner === candidate.owner);
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw new Exception(TOO_MANY_TRIGGERS);
  if (!isAddOn(rt)) return;
  if (candidate.clock) {
    const every = recurrenceMs(candidate.clock);
    if (every !== null && every < HOUR) throw new Exception(ADDON_RECURRENCE);
    return;
  }
  const active = rt.state.activeSpreadsheetId;
  if (active && candidate.sourceId !== active) throw new Exception(ADDON_OTHER_FILE);
  if (mine.some((t) => t.eventType === candidate.eventType && t.sourceId === candidate.sourceId)) {
    throw new Exception(ADDON_DUPLICATE_TYPE);
  }
}
