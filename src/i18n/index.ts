/**
 * Every user-visible string, by code: Bahasa Indonesia (the default) and English. Each capability keeps
 * its messages in its own folder or file (rules.ts: what the domain says; cards.ts: the add-on's
 * screens); this one merges them and fills `{param}` blanks.
 */
import { formatRupiah } from '../domain/money-text';
import type { MessageCode } from './codes';
import { messages as common } from './common';
import { messages as settings } from './settings';
import { messages as books } from './books/rules';
import { messages as booksCards } from './books/cards';
import { messages as dashboard } from './books/dashboard';
import { messages as tamper } from './books/tamper';
import { messages as members } from './members/members';
import { messages as importCard } from './members/import';
import { messages as importRows } from './members/import-rows';
import { messages as savings } from './savings/rules';
import { messages as savingsCards } from './savings/cards';
import { messages as loans } from './loans/rules';
import { messages as loansCards } from './loans/cards';
import { messages as shu } from './shu';
import { messages as groups } from './groups';

export type { MessageCode } from './codes';
export type Locale = 'id' | 'en';

// Typed as every code: an area named in codes.ts but left out here does not compile.
const TABLES: Record<Locale, Readonly<Record<MessageCode, string>>> = {
  id: {
    ...common.id, ...settings.id, ...books.id, ...booksCards.id, ...dashboard.id, ...tamper.id, ...members.id,
    ...importCard.id, ...importRows.id, ...savings.id, ...savingsCards.id, ...loans.id, ...loansCards.id,
    ...shu.id, ...groups.id,
  },
  en: {
    ...common.en, ...settings.en, ...books.en, ...booksCards.en, ...dashboard.en, ...tamper.en, ...members.en,
    ...importCard.en, ...importRows.en, ...savings.en, ...savingsCards.en, ...loans.en, ...loansCards.en,
    ...shu.en, ...groups.en,
  },
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
