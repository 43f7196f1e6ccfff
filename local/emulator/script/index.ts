/** ScriptApp for the emulator: installable triggers, the clock that fires them, their failures. */
import type { Runtime } from '../runtime';
import { ScriptAppService } from './app';

export { advanceTime, clockEvent } from './clock';
export { runTrigger, triggersFor } from './run';
export { triggerFailures, scriptState } from './state';
export type { TriggerData, TriggerFailure } from './state';
export { DOC_ID } from './builders';
export * as limits from './limits';

export function install(rt: Runtime): Record<string, unknown> {
  return { ScriptApp: rt.expose(new ScriptAppService(rt)) };
}
