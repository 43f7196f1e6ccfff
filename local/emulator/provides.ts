/**
 * How an emulated class is typed against @types/google-apps-script. The emulator provides only some
 * members of a Google class, so `implements Pick<X, ...>` would fail on every method that returns
 * another partly provided class. `Provides<X, 'a' | 'b'>` checks the named members: their arity,
 * their string and boolean parameters and, recursively, the members of what they return
 * that the emulator provides. Object parameters (a Google class we emulate in part) are not checked.
 * A member named but missing, an extra required parameter, or a wrong primitive type fails to compile.
 */
type Primitive = string | number | boolean | null | undefined | void;

/** @types declares Google's enums as numbers where Apps Script passes strings: numbers go unchecked. */
type Arg<T> = [T] extends [boolean] ? boolean : [T] extends [string] ? string : any;
type Args<A extends unknown[]> = { [I in keyof A]: Arg<A[I]> };

/**
 * What a provided member may return. @types leaves out many nulls Google documents (getDocumentLock,
 * getTriggerSourceId), so null is allowed; enums (numbers in @types) may be Apps Script's strings.
 */
export type Loose<T> = T extends (...args: infer A) => infer R
  ? (...args: Args<A>) => Loose<R> | null
  : T extends number
    ? number | string
    : T extends Primitive | Date
      ? T
      : T extends Array<infer E>
        ? Array<Loose<E>>
        : { [K in keyof T]?: Loose<T[K]> };

export type Provides<T, K extends keyof T> = { [P in K]-?: Loose<T[P]> };
