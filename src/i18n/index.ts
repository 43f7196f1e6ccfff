/**
 * Every user-visible string, by code: Bahasa Indonesia (the default) and English. Each area keeps
 * its messages in its own file; this one merges them and fills `{param}` blanks.
 */
import { formatRupiah } from '../domain/money-text';
import type { MessageCode } from './codes';
import { messages as common } from './common';
import { messages as books } from './books';
import { messages as booksUi } from './books-ui';
import { messages as tamper } from './tamper';
import { messages as ledger } from './ledger';
import { messages as ledgerTools } from './ledger-tools';
import { messages as importUi } from './import-ui';
import { messages as loans } from './loans';
import { messages as loansUi } from './loans-ui';
import { messages as members } from './members';
import { messages as savingsUi } from './savings-ui';
import { messages as settings } from './settings';

export type { MessageCode } from './codes';
export type Locale = 'id' | 'en';

// Typed as every code: an area named in codes.ts but left out here does not compile.
const TABLES: Record<Locale, Readonly<Record<MessageCode, string>>> = {
  id: { ...common.id, ...books.id, ...booksUi.id, ...tamper.id, ...ledger.id, ...ledgerTools.id, ...importUi.id, ...loans.id, ...loansUi.id, ...members.id, ...savingsUi.id, ...settings.id },
  en: { ...common.en, ...books.en, ...booksUi.en, ...tamper.en, ...ledger.en, ...ledgerTools.en, ...importUi.en, ...loans.en, ...loansUi.en, ...members.en, ...savingsUi.en, ...settings.en },
};

/** 'en', 'en_US', 'en-GB' read English; anything else reads Bahasa Indonesia. */
export function localeFrom(userLocale: string | undefined | null): Locale {
  return /^en\b|^en[_-]/i.test(userLocale ?? '') ? 'en' : 'id';
}

/** Blanks that hold money when they are numbers: shown as Indonesians write Rupiah. */
const MONEY = new Set(['amount', 'available', 'requested', 'balance', 'owed', 'due', 'principal', 'payoff', 'outstanding', 'allocated', 'fee', 'paid', 'payout', 'remaining']);

/**
 * The message for a code, with its blanks filled. A number in a blank written "Rp{x}", or in a
 * money blank such as {amount}, reads "Rp1.250.000".
 */
export function t(locale: Locale, code: MessageCode, params: Readonly<Record<string, string | number>> = {}): string {
  return TABLES[locale][code].replace(/(Rp)?\{(\w+)\}/g, (whole, rp: string | undefined, name: string) => {
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
