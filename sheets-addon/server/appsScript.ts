/**
 * The Apps Script services the add-on reaches, typed by @types/google-apps-script so the compiler checks
 * every call's name and signature against the real API. They are looked up on the global object when
 * used, never at load, because a custom-function call loads the same script and must not touch them.
 */
/// <reference types="google-apps-script" />
import { ServerFailure } from '../serverFailure';

interface AppsScriptGlobals {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  readonly Charts: GoogleAppsScript.Charts.Charts;
  readonly LockService: GoogleAppsScript.Lock.LockService;
}

function service<K extends keyof AppsScriptGlobals>(name: K): AppsScriptGlobals[K] {
  const found = (globalThis as Partial<AppsScriptGlobals>)[name];
  // A code, not a sentence: the sidebar words it in the pane's language (serverMessages.ts).
  if (!found) throw new ServerFailure({ code: 'noService', service: name });
  return found as AppsScriptGlobals[K];
}

/** The global `SpreadsheetApp`. */
export function spreadsheetApp(): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return service('SpreadsheetApp');
}

/** The global `HtmlService`. */
export function htmlService(): GoogleAppsScript.HTML.HtmlService {
  return service('HtmlService');
}

/** The global `Session`. */
export function session(): GoogleAppsScript.Base.Session {
  return service('Session');
}

/** The global `Utilities` (date formatting in a named time zone). */
export function utilities(): GoogleAppsScript.Utilities.Utilities {
  return service('Utilities');
}

/** The global `Charts` (the chart types embedded charts are built with). */
export function charts(): GoogleAppsScript.Charts.Charts {
  return service('Charts');
}

/** The global `LockService` (the document lock that keeps two paints from choosing one sheet name). */
export function lockService(): GoogleAppsScript.Lock.LockService {
  return service('LockService');
}
