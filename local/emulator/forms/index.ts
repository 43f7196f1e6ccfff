/** FormApp for the emulator: forms as Drive files, items, responses, destinations, submissions. */
import type { Runtime } from '../runtime';
import { FormAppService } from './app';

export { submitForm } from './submit';

export function install(rt: Runtime): Record<string, unknown> {
  return { FormApp: rt.expose(new FormAppService(rt)) };
}
