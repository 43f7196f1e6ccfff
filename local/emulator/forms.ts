/** Stub: to be built (issue 2). */
import type { Runtime } from './runtime';
import { NotImplemented } from './errors';

export function install(_rt: Runtime): Record<string, unknown> {
  return {};
}

export function submitForm(_rt: Runtime, _formId: string, _answers: Record<string, string | string[]>, _options: { email?: string; firedTwice?: boolean; spuriousBlank?: boolean }): void {
  throw new NotImplemented('submitForm');
}
