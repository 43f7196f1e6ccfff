/**
 * Every message code, as a type: the keys of the Indonesian tables. The domain imports this type
 * (through errors.ts) and nothing else of i18n, so a mistyped code fails to compile.
 */
import type { messages as common } from './common';
import type { messages as settings } from './settings';
import type { messages as books } from './books/rules';
import type { messages as booksCards } from './books/cards';
import type { messages as dashboard } from './books/dashboard';
import type { messages as tamper } from './books/tamper';
import type { messages as members } from './members/members';
import type { messages as importCard } from './members/import';
import type { messages as importRows } from './members/import-rows';
import type { messages as savings } from './savings/rules';
import type { messages as savingsCards } from './savings/cards';
import type { messages as loans } from './loans/rules';
import type { messages as loansCards } from './loans/cards';
import type { messages as shu } from './shu';
import type { messages as groups } from './groups';

type Area = typeof common | typeof settings | typeof books | typeof booksCards | typeof dashboard | typeof tamper | typeof members
  | typeof importCard | typeof importRows | typeof savings | typeof savingsCards | typeof loans | typeof loansCards
  | typeof shu | typeof groups;

/** Spread over the areas one by one: keyof of a union would keep only the codes they share. */
type CodesOf<A> = A extends { readonly id: infer T } ? keyof T & string : never;

export type MessageCode = CodesOf<Area>;
