/**
 * Every user-visible string, by code: Bahasa Indonesia (the default) and English. Each area keeps
 * its messages in its own file; this one merges them and fills `{param}` blanks.
 */
import { messages as books } from './books';
import { messages as common } from './common';
import { messages as ledger } from './ledger';
import { messages as ledgerTools } from './ledger-tools';
import { messages as loans } from './loans';
import { messages as members } from './members';
import { messages as settings } from './settings';
import { messages as tamper } from './tamper';

export type Locale = 'id' | 'en';

type Table = Readonly<Record<string, string>>;
const AREAS: ReadonlyArray<{ id: Table; en: Table }> = [common, books, ledger, ledgerTools, loans, members, settings, tamper];

const TABLES: Record<Locale, Table> = {
  id: Object.assign({}, ...AREAS.map((a) => a.id)),
  en: Object.assign({}, ...AREAS.map((a) => a.en)),
};

/** 'en', 'en_US', 'en-GB' read English; anything else reads Bahasa Indonesia. */
export function localeFrom(userLocale: string | undefined | null): Locale {
  return /^en\b|^en[_-]/i.test(userLocale ?? '') ? 'en' : 'id';
}

/** The message for a code, with its blanks filled; Indonesian when English lacks it. */
export function t(locale: Locale, code: string, params: Readonly<Record<string, string | number>> = {}): string {
  const text = TABLES[locale][code] ?? TABLES.id[code];
  if (text === undefined) return code;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Every code known in a locale: tests check that both languages say everything. */
export function messageCodes(locale: Locale): string[] {
  return Object.keys(TABLES[locale]).sort();
}
