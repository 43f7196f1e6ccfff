/**
 * The managers' menu on the Sheets homepage: each button names its card action (registered in
 * main.ts). Grouped as a manager thinks of her work: members, loans, the books.
 */
import type { MessageCode } from '../i18n';

export interface MenuItem {
  /** i18n code of the button text. */
  readonly label: MessageCode;
  /** The card action it runs. */
  readonly fn: string;
}

export interface MenuSection {
  readonly header: MessageCode;
  readonly items: readonly MenuItem[];
}

export const MENU: readonly MenuSection[] = [
  {
    header: 'MENU_MEMBERS',
    items: [
      { label: 'BUTTON_REGISTER_MEMBER', fn: 'onMemberForm' },
      { label: 'MENU_SAVINGS', fn: 'onSavingsForm' },
      { label: 'MENU_PASSBOOK', fn: 'onPassbookForm' },
      { label: 'MENU_EXIT', fn: 'onExitForm' },
    ],
  },
  {
    header: 'MENU_LOANS',
    items: [
      { label: 'MENU_LOAN_APPLICATION', fn: 'onLoanApplicationForm' },
      { label: 'MENU_LOAN_DECISIONS', fn: 'onLoanDecisions' },
      { label: 'MENU_INSTALLMENT', fn: 'onInstallmentForm' },
      { label: 'MENU_WAIVER', fn: 'onWaiverForm' },
      { label: 'MENU_LOAN_CARD', fn: 'onLoanCardForm' },
    ],
  },
  {
    header: 'MENU_BOOKS',
    items: [
      { label: 'MENU_DASHBOARD', fn: 'onDashboard' },
      { label: 'MENU_VERIFY', fn: 'onVerifyLedger' },
      { label: 'MENU_REVERSAL', fn: 'onReversalForm' },
      { label: 'MENU_IMPORT', fn: 'onImportStart' },
      { label: 'BUTTON_REPAIR', fn: 'onSetup' },
    ],
  },
];
