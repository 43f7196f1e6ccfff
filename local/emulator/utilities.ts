/** Stub: to be built (issue 2). */
import type { Runtime } from './runtime';

export function install(_rt: Runtime): Record<string, unknown> {
  return {};
}
