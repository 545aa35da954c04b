/** Settings shared by the services of one fake environment; tests change them between calls. */

/** `ScriptApp.AuthMode` names. */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** The environment settings services read: auth mode, locales, time zone, user. */
export interface FakeState {
  /** NONE forbids spreadsheet data and properties, as for an add-on installed but not enabled in the file. */
  authMode: AuthModeName;
  /** `Session.getActiveUserLocale()`: `en`, `fr`, `fr_FR`… */
  userLocale: string;
  /** `Spreadsheet.getSpreadsheetLocale()`: `en_US`, `fr_FR`… */
  spreadsheetLocale: string;
  /** The script's zone (`appsscript.json` timeZone), `Session.getScriptTimeZone()`. */
  timeZone: string;
  /** `Spreadsheet.getSpreadsheetTimeZone()`: date cells are midnight in this zone. */
  spreadsheetTimeZone: string;
  userEmail: string;
  /**
   * The `Date` of the script's realm: once a script is loaded (`loadAppsScript`), values read from cells
   * are its dates, as Apps Script hands the script its own `Date` objects.
   */
  realmDate: DateConstructor;
  /**
   * The script's custom function of that name, which formulas may call (`=ACHIEVEMENT(A1:B1,1)`): the
   * loaded script's top-level functions once `loadAppsScript` has run; none before.
   */
  customFunction?: (name: string) => ((...args: unknown[]) => unknown) | undefined;
  /**
   * Whether `duplicateActiveSheet` copies the sheet's developer metadata to the copy: the fake assumes it
   * does (core/app/diagnostics/sheetsAssumptions.ts); a test of the other case sets it false.
   */
  duplicateKeepsDeveloperMetadata: boolean;
  /** How many reads of each custom function's cell show "Loading..." before its result (`Infinity`: always). */
  customFunctionLoadingReads?: number;
}

/** Throws like Apps Script when the current authorization mode does not allow `what`. */
export function requireAuthorization(state: FakeState, what: string): void {
  if (state.authMode === 'NONE') {
    throw new Error(
      `You do not have permission to call ${what}. The add-on is not authorized in this document (AuthMode.NONE).`,
    );
  }
}
