/**
 * What a script sees as globals, typed as @types/google-apps-script declares them, so that tests
 * call the emulator as src/ calls Google, without casts. The emulated classes check themselves
 * against these types (provides.ts); a member they lack throws "not implemented" at run time.
 * Where @types and Google differ, Google wins at run time: getDocumentProperties() and
 * getDocumentLock() return null outside a document (context.ts) though @types says they never do.
 */
import type { MimeType } from './utilities/enums';

export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  Drive: GoogleAppsScript.Drive;
  Calendar: GoogleAppsScript.Calendar;
  MailApp: GoogleAppsScript.Mail.MailApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Logger: GoogleAppsScript.Base.Logger;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  CardService: GoogleAppsScript.Card_Service.CardService;
  /** Apps Script's MimeType values are strings; @types declares a numeric enum. */
  MimeType: typeof MimeType;
}
