import { LumbungError } from '../../src/domain/errors';

/** The code a refusal carries, or 'no error': tests read what the manager would be told. */
export function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof LumbungError) return e.code;
    throw e;
  }
  return 'no error';
}
