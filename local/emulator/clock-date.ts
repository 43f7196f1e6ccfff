/**
 * A Date whose "now" is the emulated clock, for the bundle's vm: `new Date()` and `Date.now()` in
 * Lumbung's code read the workspace's time, so tests can move time (advanceTime) and see it.
 * Dates the emulator hands out are plain host Dates; `instanceof` accepts them too.
 */
export function clockDate(now: () => number): DateConstructor {
  const Real = Date;
  class EmulatedDate extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string]));
    }
    static now(): number {
      return now();
    }
    static [Symbol.hasInstance](x: unknown): boolean {
      return x instanceof Real;
    }
  }
  return EmulatedDate as unknown as DateConstructor;
}
