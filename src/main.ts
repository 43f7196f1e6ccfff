/**
 * The only file that exposes functions to Apps Script. Each runFunction of appsscript.json, each
 * card action and each trigger handler is assigned here as `global.NAME = NAME` (the exact form
 * gas-webpack-plugin looks for); everything else is imported.
 */
import { onHomepage, onDriveHomepage, onDriveItemsSelected, onCalendarHomepage, onCalendarEventOpen, onHelp } from './addon/home';
import { onSheetsHomepage, onSetup } from './addon/sheets';
import { onMemberForm, onRegisterMember } from './addon/members';
import { onSavingsForm, onRecordSavings, onExitForm, onExitPreview, onRecordExit } from './addon/savings';
import { onLoanApplicationForm, onRecordLoanApplication } from './addon/loans/application';
import { onLoanDecisions, onApproveLoan, onRejectLoan, onDisburseLoan } from './addon/loans/decisions';
import { onInstallmentForm, onRecordInstallment, onWaiverForm, onWaivePenalty } from './addon/loans/payments';
import { onReversalForm, onReversalPreview, onReverseEntry } from './addon/books/reversal';
import { onVerifyLedger } from './addon/books/verify';
import { onPassbookForm, onShowPassbook, onLoanCardForm, onShowLoanCard } from './addon/books/views';
import { onDashboard } from './addon/books/dashboard';
import { onImportStart, onRunImport } from './addon/import';

declare const global: Record<string, unknown>;

// Homepages and contextual triggers (appsscript.json).
global.onHomepage = onHomepage;
global.onSheetsHomepage = onSheetsHomepage;
global.onDriveHomepage = onDriveHomepage;
global.onDriveItemsSelected = onDriveItemsSelected;
global.onCalendarHomepage = onCalendarHomepage;
global.onCalendarEventOpen = onCalendarEventOpen;
global.onHelp = onHelp;

// Card actions of the Sheets add-on.
global.onSetup = onSetup;
global.onMemberForm = onMemberForm;
global.onRegisterMember = onRegisterMember;

// Savings and exit (src/addon/savings.ts).
global.onSavingsForm = onSavingsForm;
global.onRecordSavings = onRecordSavings;
global.onExitForm = onExitForm;
global.onExitPreview = onExitPreview;
global.onRecordExit = onRecordExit;

// Loans (src/addon/loans.ts).
global.onLoanApplicationForm = onLoanApplicationForm;
global.onRecordLoanApplication = onRecordLoanApplication;
global.onLoanDecisions = onLoanDecisions;
global.onApproveLoan = onApproveLoan;
global.onRejectLoan = onRejectLoan;
global.onDisburseLoan = onDisburseLoan;
global.onInstallmentForm = onInstallmentForm;
global.onRecordInstallment = onRecordInstallment;
global.onWaiverForm = onWaiverForm;
global.onWaivePenalty = onWaivePenalty;

// Books: reversal, verify, passbook, loan card, dashboard (src/addon/books.ts).
global.onReversalForm = onReversalForm;
global.onReversalPreview = onReversalPreview;
global.onReverseEntry = onReverseEntry;
global.onVerifyLedger = onVerifyLedger;
global.onPassbookForm = onPassbookForm;
global.onShowPassbook = onShowPassbook;
global.onLoanCardForm = onLoanCardForm;
global.onShowLoanCard = onShowLoanCard;
global.onDashboard = onDashboard;

// Import of old records (src/addon/import.ts).
global.onImportStart = onImportStart;
global.onRunImport = onRunImport;
