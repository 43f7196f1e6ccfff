/**
 * Which OAuth scopes each emulated call needs, as Google checks them against the manifest's
 * oauthScopes. A rule matches by key prefix; the first match wins, so narrow rules come first.
 */
import { Exception, GoogleJsonResponseException } from './errors';

const A = 'https://www.googleapis.com/auth/';
export const SCOPE = {
  spreadsheets: `${A}spreadsheets`,
  spreadsheetsCurrentOnly: `${A}spreadsheets.currentonly`,
  forms: `${A}forms`,
  formsCurrentOnly: `${A}forms.currentonly`,
  drive: `${A}drive`,
  driveFile: `${A}drive.file`,
  calendar: `${A}calendar`,
  calendarEvents: `${A}calendar.events`,
  sendMail: `${A}script.send_mail`,
  scriptApp: `${A}script.scriptapp`,
  userEmail: `${A}userinfo.email`,
  locale: `${A}script.locale`,
} as const;

const RULES: ReadonlyArray<readonly [string, readonly string[]]> = [
  // Opening another spreadsheet by id or url needs the full scope; the open one needs only currentonly.
  ['SpreadsheetApp.openById', [SCOPE.spreadsheets]],
  ['SpreadsheetApp.openByUrl', [SCOPE.spreadsheets]],
  ['SpreadsheetApp.open', [SCOPE.spreadsheets]],
  ['SpreadsheetApp.create', [SCOPE.spreadsheets]],
  ['SpreadsheetApp.', [SCOPE.spreadsheets, SCOPE.spreadsheetsCurrentOnly]],
  ['FormApp.', [SCOPE.forms, SCOPE.formsCurrentOnly]],
  ['Drive.', [SCOPE.drive, SCOPE.driveFile]],
  ['DriveApp.', [SCOPE.drive]],
  ['Calendar.', [SCOPE.calendar, SCOPE.calendarEvents]],
  ['CalendarApp.', [SCOPE.calendar]],
  ['MailApp.getRemainingDailyQuota', []],
  ['MailApp.', [SCOPE.sendMail]],
  ['ScriptApp.newTrigger', [SCOPE.scriptApp]],
  ['ScriptApp.getProjectTriggers', [SCOPE.scriptApp]],
  ['ScriptApp.getUserTriggers', [SCOPE.scriptApp]],
  ['ScriptApp.deleteTrigger', [SCOPE.scriptApp]],
  ['ScriptApp.TriggerBuilder', [SCOPE.scriptApp]],
  ['ScriptApp.ClockTriggerBuilder', [SCOPE.scriptApp]],
  ['ScriptApp.SpreadsheetTriggerBuilder', [SCOPE.scriptApp]],
  ['ScriptApp.FormTriggerBuilder', [SCOPE.scriptApp]],
  ['Session.getActiveUser', [SCOPE.userEmail]],
  ['Session.getEffectiveUser', [SCOPE.userEmail]],
  ['Session.User.', [SCOPE.userEmail]],
];

/** The scopes any one of which allows the call, or null when it needs none. */
export function requiredScopes(key: string): readonly string[] | null {
  for (const [prefix, scopes] of RULES) {
    if (key.startsWith(prefix)) return scopes.length ? scopes : null;
  }
  return null;
}

/** The error Google raises when the manifest lacks every scope a call accepts. */
export function scopeError(key: string, needed: readonly string[]): Error {
  if (key.startsWith('Drive.') || key.startsWith('Calendar.')) {
    const [svc, resource, method] = key.split('.');
    return new GoogleJsonResponseException(
      `API call to ${svc.toLowerCase()}.${resource.toLowerCase()}.${method} failed with error: Request had insufficient authentication scopes.`,
    );
  }
  const list = needed.length === 1 ? needed[0] : `(${needed.join(' || ')})`;
  return new Exception(`You do not have permission to call ${key}. Required permissions: ${list}`);
}
