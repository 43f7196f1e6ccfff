/**
 * The books' cards, gathered for main.ts: undoing an entry, "Periksa buku", the passbook, the loan
 * card and the ringkasan. Each lives in its own file.
 */
export { onReversalForm, onReversalPreview, onReverseEntry } from './books-reversal';
export { onVerifyLedger } from './books-verify';
export { onPassbookForm, onShowPassbook, onLoanCardForm, onShowLoanCard } from './books-views';
export { onDashboard } from './books-dashboard';
