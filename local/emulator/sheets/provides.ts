/**
 * Types the emulator's classes against @types/google-apps-script: a class declares
 * `implements Provides<GoogleAppsScript.Spreadsheet.Range, Range>`, so each member it has that
 * Google's class also has must take what Google's takes and give what Google's gives, or it does
 * not compile. Google's classes in a signature stand for the emulator's own (a Range for a Range).
 * Members the emulator lacks still throw "not implemented" when a script calls them (runtime.ts).
 * For an overloaded member TypeScript checks the last overload only. Google's enums (numbers in the
 * typings, named objects on Google) are the enum names, as strings, here.
 */
import type { Range } from './range';
import type { Sheet } from './sheet';
import type { Spreadsheet } from './spreadsheet';
import type { Protection } from './protection';
import type { NamedRange } from './named-range';
import type { DataValidation, DataValidationBuilder } from './validation';
import type { User } from './user';


type IsAny<T> = 0 extends 1 & T ? true : false;
/** `number` itself, not one of Google's numeric enums (which `number` is assignable to). */
type IsNumber<T> = (<X>() => X extends T ? 1 : 2) extends (<X>() => X extends number ? 1 : 2) ? true : false;

/** Google's class in a signature, as the emulator class that stands for it. */
export type Emulated<T> = IsAny<T> extends true ? T
  : T extends GoogleAppsScript.Spreadsheet.Range ? Range
  : T extends GoogleAppsScript.Spreadsheet.Sheet ? Sheet
  : T extends GoogleAppsScript.Spreadsheet.Spreadsheet ? Spreadsheet
  : T extends GoogleAppsScript.Spreadsheet.Protection ? Protection
  : T extends GoogleAppsScript.Spreadsheet.NamedRange ? NamedRange
  : T extends GoogleAppsScript.Spreadsheet.DataValidationBuilder ? DataValidationBuilder
  : T extends GoogleAppsScript.Spreadsheet.DataValidation ? DataValidation
  : T extends GoogleAppsScript.Base.User ? User
  : T extends ReadonlyArray<infer E> ? Array<Emulated<E>>
  : T extends number ? (IsNumber<T> extends true ? T : string)
  : T;

type Member<T, Nullable extends boolean> = T extends (...args: infer A) => infer R
  ? (...args: { [I in keyof A]: Emulated<A[I]> }) => Emulated<R> | (Nullable extends true ? null : never)
  : { readonly [K in keyof T]: Emulated<T[K]> }; // an enum: SpreadsheetApp.ProtectionType

/**
 * The members of Google's class `G` that the emulator's class `C` provides, with their signatures;
 * `Nullable` names members that give null on Google where the typings promise an object.
 */
export type Provides<G, C, Nullable extends keyof G = never> = { [P in Extract<keyof C, keyof G>]: Member<G[P], P extends Nullable ? true : false> };
