/**
 * The slice of the Apps Script Spreadsheet service the add-on uses, as structural types. Both the real
 * `SpreadsheetApp` objects and the test fake satisfy them, so host code compiles without
 * @types/google-apps-script and tests run on the fake. Rows, columns and counts are 1-based.
 */

/** A built data validation rule; opaque to us. */
export type DataValidationLike = object;

/** `DataValidationBuilder`, for list validations. */
export interface DataValidationBuilderLike {
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilderLike;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderLike;
  build(): DataValidationLike;
}

/** The part of `SpreadsheetApp` that is not reached through a spreadsheet. */
export interface SpreadsheetAppLike {
  newDataValidation(): DataValidationBuilderLike;
}

/** `Range`. */
export interface RangeLike {
  getValues(): unknown[][];
  setValues(values: unknown[][]): RangeLike;
  setFormulas(formulas: string[][]): RangeLike;
  setNumberFormats(numberFormats: string[][]): RangeLike;
  setFontWeight(fontWeight: string | null): RangeLike;
  setFontStyle(fontStyle: string | null): RangeLike;
  setFontColor(color: string | null): RangeLike;
  setFontSize(size: number): RangeLike;
  setBackground(color: string | null): RangeLike;
  setWrap(isWrapEnabled: boolean): RangeLike;
  setHorizontalAlignment(alignment: string | null): RangeLike;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): RangeLike;
  setDataValidation(rule: DataValidationLike | null): RangeLike;
  /** Alternating row colours with a header row, in the default theme. */
  applyRowBanding(): object;
}

/** `Sheet`. */
export interface SheetLike {
  getName(): string;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getDataRange(): RangeLike;
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetLike;
}

/** `Spreadsheet`. */
export interface SpreadsheetLike {
  getSheets(): SheetLike[];
  getSheetByName(name: string): SheetLike | null;
  /** Inserts at `sheetIndex` (0-based) and makes the new sheet active. */
  insertSheet(sheetName: string, sheetIndex: number): SheetLike;
  deleteSheet(sheet: SheetLike): void;
  getActiveSheet(): SheetLike;
  setActiveSheet(sheet: SheetLike): SheetLike;
}
