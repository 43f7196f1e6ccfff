/**
 * Every user-visible string, by code: Bahasa Indonesia (the default) and English. Each area keeps
 * its messages in its own file; this one merges them and fills `{param}` blanks.
 */
import { formatRupiah } from '../domain/money-text';
import { messages as books } from './books';
import { messages as common } from './common';
import { messages as ledger } from './ledger';
import { messages as ledgerTools } from './ledger-tools';
import { messages as loans } from './loans';
import { messages as members } from './members';
import { messages as settings } from './settings';
import { messages as tamper } from './tamper';
import { messages as importUi } from './import-ui';
import { messages as savingsUi } from './savings-ui';
import { messages as booksUi } from './books-ui';
import { messages as loansUi } from './loans-ui';

export type Locale = 'id' | 'en';

type Table = Readonly<Record<string, string>>;
const AREAS: ReadonlyArray<{ id: Table; en: Table }> = [common, books, ledger, ledgerTools, loans, members, settings, tamper, savingsUi, importUi, booksUi, loansUi];

const TABLES: Record<Locale, Table> = {
  id: Object.assign({}, ...AREAS.map((a) => a.id)),
  en: Object.assign({}, ...AREAS.map((a) => a.en)),
};

/** 'en', 'en_US', 'en-GB' read English; anything else reads Bahasa Indonesia. */
export function localeFrom(userLocale: string | undefined | null): Locale {
  return /^en\b|^en[_-]/i.test(userLocale ?? '') ? 'en' : 'id';
}

/** Blanks that hold money when they are numbers: shown as Indonesians write Rupiah. */
const MONEY = new Set(['amount', 'available', 'requested', 'balance', 'owed', 'due', 'principal', 'payoff', 'outstanding', 'allocated', 'fee', 'paid', 'payout', 'remaining']);

/**
 * The message for a code, with its blanks filled; Indonesian when English lacks it. A number in a
 * blank written "Rp{x}", or in a money blank such as {amount}, reads "Rp1.250.000".
 */
export function t(locale: Locale, code: string, params: Readonly<Record<string, string | number>> = {}): string {
  const text = TABLES[locale][code] ?? TABLES.id[code];
  if (text === undefined) return code;
  return text.replace(/(Rp)?\{(\w+)\}/g, (whole, rp: string | undefined, name: string) => {
    if (!(name in params)) return whole;
    const v = params[name];
    if (typeof v === 'number' && Number.isSafeInteger(v) && (rp || MONEY.has(name))) return formatRupiah(v);
    return `${rp ?? ''}${v}`;
  });
}

/** Every code known in a locale: tests check that both languages say everything. */
export function messageCodes(locale: Locale): string[] {
  return Object.keys(TABLES[locale]).sort();
}
