/**
 * Every message code, as a type: the keys of the Indonesian tables. The domain imports this type
 * (through errors.ts) and nothing else of i18n, so a mistyped code fails to compile.
 */
import type { messages as common } from './common';
import type { messages as books } from './books';
import type { messages as booksUi } from './books-ui';
import type { messages as tamper } from './tamper';
import type { messages as ledger } from './ledger';
import type { messages as ledgerTools } from './ledger-tools';
import type { messages as importUi } from './import-ui';
import type { messages as loans } from './loans';
import type { messages as loansUi } from './loans-ui';
import type { messages as members } from './members';
import type { messages as savingsUi } from './savings-ui';
import type { messages as settings } from './settings';

type Area = typeof common | typeof books | typeof booksUi | typeof tamper | typeof ledger | typeof ledgerTools
  | typeof importUi | typeof loans | typeof loansUi | typeof members | typeof savingsUi | typeof settings;

/** Spread over the areas one by one: keyof of a union would keep only the codes they share. */
type CodesOf<A> = A extends { readonly id: infer T } ? keyof T & string : never;

export type MessageCode = CodesOf<Area>;
