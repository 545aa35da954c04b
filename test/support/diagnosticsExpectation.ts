/**
 * What Diagnostics reports on a fake that keeps every assumption it can check (the in-memory workbook,
 * the Excel fake, the Sheets fake): one expectation, so a check added to the self-test is expected of
 * every host at once.
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
  blankInRange: 'passed',
  largeCall: 'passed',
  chartAndHighlight: 'passed',
  sheetsDeleted: 'passed',
  userSheetBack: 'passed',
  blankInRangeArgument: 'notChecked',
  omittedOptional: 'notChecked',
  chartLooks: 'notChecked',
  contractSheetLooks: 'notChecked',
};
