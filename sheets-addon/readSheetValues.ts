/** Reads a table sheet (contract, actuals) for the core to parse. */
/// <reference types="google-apps-script" />

/**
 * Every value of the named sheet from A1 to its last cell with content, in one read: blanks as `""`,
 * numbers as numbers, dates as `Date`. Null when there is no such sheet.
 */
export function readSheetValues(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): unknown[][] | null {
  const sheet = spreadsheet.getSheetByName(name);
  return sheet ? sheet.getDataRange().getValues() : null;
}
