/**
 * What every CardService object shares: a hidden accessor to its google.apps.card.v1 JSON, and the
 * argument checks Apps Script makes. Scripts hand builders each other's proxies; a symbol reaches
 * through the proxy without being counted or refused, so builders read each other by TO_JSON.
 */
import { KIND } from '../runtime';
import { kindOf, signatureError } from '../signature';

export { kindOf, signatureError };

export const TO_JSON = Symbol('card.json');
/** The object behind a script's proxy (a symbol getter runs on the target, not the proxy). */
export const RAW = Symbol('card.raw');

/** A CardService object: its JSON is built on demand from what was set. */
export abstract class Part {
  abstract readonly [KIND]: string;
  abstract [TO_JSON](): any;
  get [RAW](): this {
    return this;
  }
  /** Hidden from scripts (leading underscore); emulator code and tests use cardJson(). */
  _json(): any {
    return this[TO_JSON]();
  }
}

/**
 * An argument that must be one of the given CardService classes. Builders keep the part itself and
 * read its JSON at build(), so a widget changed after addWidget still shows its last state.
 */
export function partArg(v: unknown, kinds: readonly string[], method: string): Part {
  const kind = kindOf(v);
  if (!kind || !kinds.includes(kind)) throw signatureError(method, [v]);
  return (v as Part)[RAW];
}

/** The JSON of an optional part. */
export function jsonOf(part: Part | undefined): any {
  return part?.[TO_JSON]();
}

/** An enum argument: one of the enum's names (Apps Script enums print as their names). */
export function enumArg<T extends string>(v: unknown, values: Readonly<Record<string, T>>, method: string): T {
  const name = String(v);
  if (!(name in values)) throw signatureError(method, [v]);
  return values[name];
}

/** A String parameter: Apps Script turns a number or boolean into its text; other types do not match. */
export function stringArg(v: unknown, method: string): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v !== 'string') throw signatureError(method, [v]);
  return v;
}

/** Drops unset fields so the JSON holds only what the script set, as printJson does. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** '#2e7d32' as google.type.Color (0..1 floats); null for a text that is not a hex colour. */
export function hexColor(hex: string): { red: number; green: number; blue: number } | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return { red: r, green: g, blue: b };
}
