/** The loan cards' handlers, gathered for main.ts: application, decisions and payout, installments, waivers. */
export { onLoanApplicationForm, onRecordLoanApplication } from './loan-application';
export { onLoanDecisions, onApproveLoan, onRejectLoan, onDisburseLoan } from './loan-decisions';
export { onInstallmentForm, onRecordInstallment, onWaiverForm, onWaivePenalty } from './loan-payments';
