/**
 * The Apps Script globals the server side reaches beyond the painter's slice (`spreadsheetTypes.ts`): the
 * Ui, HtmlService and Session, as structural types that the real services and the test fake both satisfy.
 * They are looked up on the global object when used, never at load, because a custom-function call loads
 * the same script and must not touch them.
 */
import type { RangeLike, SheetLike, SpreadsheetAppLike, SpreadsheetLike } from '../spreadsheetTypes';

/** `Menu`, as built by `Ui.createAddonMenu()`. */
export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}

/** `HtmlOutput`. */
export interface HtmlOutputLike {
  setTitle(title: string): HtmlOutputLike;
}

/** `HtmlTemplate`: fields assigned on it are visible to its scriptlets. */
export interface HtmlTemplateLike {
  [field: string]: unknown;
  evaluate(): HtmlOutputLike;
}

/** `HtmlService`. */
export interface HtmlServiceLike {
  createTemplateFromFile(filename: string): HtmlTemplateLike;
}

/** `Ui`. */
export interface UiLike {
  createAddonMenu(): MenuLike;
  showSidebar(userInterface: HtmlOutputLike): void;
  alert(title: string, prompt: string, buttons: unknown): unknown;
  readonly ButtonSet: { readonly OK: unknown };
}

/** `Session`. */
export interface SessionLike {
  getActiveUserLocale(): string;
}

/** A `Range` that can become the selection. */
export interface SelectableRange extends RangeLike {
  activate(): unknown;
}

/** A `Sheet` whose cells can be addressed in A1 notation, and which can carry developer metadata. */
export interface AddressableSheet extends SheetLike {
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getRange(a1Notation: string): SelectableRange;
  addDeveloperMetadata(key: string, value: string): AddressableSheet;
}

/** `DeveloperMetadata`, as found on a sheet. */
export interface DeveloperMetadataLike {
  getValue(): string | null;
  getLocation(): { getSheet(): SheetLike | null };
}

/** `DeveloperMetadataFinder`. */
export interface DeveloperMetadataFinderLike {
  withKey(key: string): DeveloperMetadataFinderLike;
  find(): DeveloperMetadataLike[];
}

/** The active `Spreadsheet`, as the server uses it. */
export interface ActiveSpreadsheetLike extends SpreadsheetLike {
  getSheetByName(name: string): AddressableSheet | null;
  createDeveloperMetadataFinder(): DeveloperMetadataFinderLike;
}

/** `SpreadsheetApp`, as the server side uses it. */
export interface ServerSpreadsheetApp extends SpreadsheetAppLike {
  getActiveSpreadsheet(): ActiveSpreadsheetLike;
  getUi(): UiLike;
}

interface AppsScriptGlobals {
  readonly SpreadsheetApp?: ServerSpreadsheetApp;
  readonly HtmlService?: HtmlServiceLike;
  readonly Session?: SessionLike;
}

function service<K extends keyof AppsScriptGlobals>(name: K): NonNullable<AppsScriptGlobals[K]> {
  const found = (globalThis as AppsScriptGlobals)[name];
  if (!found) throw new Error(`${name} is not available: this code runs in Google Apps Script.`);
  return found as NonNullable<AppsScriptGlobals[K]>;
}

/** The global `SpreadsheetApp`. */
export function spreadsheetApp(): ServerSpreadsheetApp {
  return service('SpreadsheetApp');
}

/** The global `HtmlService`. */
export function htmlService(): HtmlServiceLike {
  return service('HtmlService');
}

/** The global `Session`. */
export function session(): SessionLike {
  return service('Session');
}
