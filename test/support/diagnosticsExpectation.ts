/**
 * What Diagnostics reports on a fake that keeps every assumption it can check (the Excel fake and the
 * Sheets fake, their formulas computed by the built functions.js and Code.js): one expectation, so a check
 * added to the self-test is expected of every host at once.
 */
import type { DiagnosticsResult } from '../../core/app/diagnostics';

/** Each check's status, by id, in the report's order. */
export function statuses(result: DiagnosticsResult): Record<string, string> {
  return Object.fromEntries(result.checks.map((check) => [check.id, check.status]));
}

/** Every check the pane can make passes; those it cannot make are said not to be checked. */
export const ALL_PASSED_ON_A_FAITHFUL_FAKE: Readonly<Record<string, string>> = {
  textStaysText: 'passed',
  fifteenDigits: 'passed',
  dateMonth: 'passed',
  dateFormula: 'passed',
  blankInRange: 'passed',
  percentFormat: 'passed',
  hiddenRow: 'passed',
  rowHeight: 'notChecked',
  largeCall: 'passed',
  emptySheetRead: 'passed',
  sheetTag: 'passed',
  copiedSheetTag: 'notChecked',
  sheetNameFolding: 'notChecked',
  hostLimits: 'notChecked',
  chartAndHighlight: 'passed',
  tableNames: 'notChecked',
  tableHeaderDate: 'notChecked',
  blankInRangeArgument: 'passed',
  omittedOptional: 'passed',
  largeFunctionCall: 'passed',
  errorInRangeArgument: 'passed',
  roundingFormula: 'passed',
  sheetsDeleted: 'passed',
  userSheetBack: 'passed',
  chartLooks: 'notChecked',
  contractSheetLooks: 'notChecked',
  typedPercent: 'notChecked',
};

/**
 * Excel also reads back the height of a row painted at the painters' cap, and the names and a date header
 * of the tables it painted; Sheets' painter sets no heights (Sheets fits rows to their text) and names no
 * tables (it bands them), and neither does the in-memory workbook, so only Excel makes those three; nor
 * does the in-memory workbook add sheets of chosen names to see how the host compares them. Excel copies a sheet to see the
 * copy keep its mark, as Sheets duplicates one.
 */
export const ALL_PASSED_IN_EXCEL: Readonly<Record<string, string>> = {
  ...ALL_PASSED_ON_A_FAITHFUL_FAKE,
  copiedSheetTag: 'passed',
  sheetNameFolding: 'passed',
  hostLimits: 'passed',
  rowHeight: 'passed',
  tableNames: 'passed',
  tableHeaderDate: 'passed',
};

/**
 * The Sheets sidebar makes every check a faithful fake passes (its hidden rows through SUBTOTAL),
 * duplicates a sheet to see the copy keep its mark, and inserts sheets of chosen names to see how Sheets
 * compares them, as Excel adds them.
 */
export const ALL_PASSED_IN_SHEETS: Readonly<Record<string, string>> = {
  ...ALL_PASSED_ON_A_FAITHFUL_FAKE,
  copiedSheetTag: 'passed',
  sheetNameFolding: 'passed',
  hostLimits: 'passed',
};

/**
 * The in-memory workbook (test/support/memoryWorkbook.ts) has no formulas calling the add-in's functions:
 * the calls sheet's checks are not made there, every other one passes.
 */
export const ALL_PASSED_WITHOUT_FUNCTIONS: Readonly<Record<string, string>> = {
  ...ALL_PASSED_ON_A_FAITHFUL_FAKE,
  blankInRangeArgument: 'notChecked',
  omittedOptional: 'notChecked',
  largeFunctionCall: 'notChecked',
  errorInRangeArgument: 'notChecked',
  roundingFormula: 'notChecked',
};
