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
  timeZone: string;
  userEmail: string;
}

/** Throws like Apps Script when the current authorization mode does not allow `what`. */
export function requireAuthorization(state: FakeState, what: string): void {
  if (state.authMode === 'NONE') {
    throw new Error(
      `You do not have permission to call ${what}. The add-on is not authorized in this document (AuthMode.NONE).`,
    );
  }
}
