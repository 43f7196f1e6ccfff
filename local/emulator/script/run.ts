/** Runs one installed trigger as Google does: one execution, as its creator, failures recorded. */
import type { Runtime } from '../runtime';
import { scriptState, TriggerData, EventTypeName } from './state';
import { ExecutionContext, withContext } from '../context';

/**
 * Invokes the trigger's handler with `event`. A handler that throws (or is missing) does not stop
 * the platform: Google logs the failure and mails the owner, so it lands in the failure list.
 */
export function runTrigger(rt: Runtime, trigger: TriggerData, event: Record<string, unknown>): void {
  const previousUser = rt.state.user;
  rt.state.user = trigger.owner;
  const at = rt.now();
  try {
    withContext(rt, triggerContext(trigger), () => rt.invoke(trigger.handler, event));
  } catch (e) {
    scriptState(rt).failures.push({
      triggerUid: trigger.uid,
      handler: trigger.handler,
      eventType: trigger.eventType,
      at,
      user: trigger.owner,
      message: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    });
  } finally {
    rt.state.user = previousUser;
  }
}

/**
 * A clock trigger runs outside any document; a form-submit trigger on its spreadsheet or form
 * (the only other triggers the emulator fires).
 */
function triggerContext(trigger: TriggerData): ExecutionContext {
  return trigger.eventType === 'CLOCK' ? { host: 'CLOCK' } : { host: 'FORM_SUBMIT', sourceId: trigger.sourceId ?? undefined };
}

/** The installed triggers for an event on a document (spreadsheet or form), in creation order. */
export function triggersFor(rt: Runtime, eventType: EventTypeName, sourceId: string): TriggerData[] {
  return scriptState(rt).triggers.filter((t) => t.eventType === eventType && t.sourceId === sourceId);
}
