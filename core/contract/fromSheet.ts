/**
 * Contracts and actuals read from sheets handed over as plain 2-D arrays of cell values, so every host
 * (Excel, Google Sheets, an .xlsx file, a CSV file) uses the same reader. Every problem is reported at
 * once, addressed to its cell: `Contract!H34 (Target): expected a number, got "n/a"`.
 */
import type { Result } from './issues';
import type { Grid } from './sheet/cells';
import { readActualsSheet, readActualsTagged, type ActualsReading } from './sheet/readActuals';
import { readContractSheet, type SheetReadOptions } from './sheet/readContract';
import type { Actuals, Contract } from './types';

export type { CellValue, Grid } from './sheet/cells';
export type { SheetReadOptions } from './sheet/readContract';
export type { ActualsReading, Months, TaggedIssue } from './sheet/readActuals';

/** Parses the Contract sheet (General, Fees and KPI clauses sections) into a validated contract. */
export function contractFromSheet(grid: Grid, options: SheetReadOptions = {}): Result<Contract> {
  return readContractSheet(grid, options);
}

/**
 * Parses the Actuals sheet, wide (`Kind | Name | Unit | 2026-09 | 2026-10 …`) or long
 * (`Period | Kind | Name | Value`). With a contract, KPI and volume names, months and evaluation periods are
 * checked against it; pass `undefined` when the contract itself failed, to still report the cells' problems.
 */
export function actualsFromSheet(
  grid: Grid,
  contract: Contract | undefined,
  options: SheetReadOptions = {},
): Result<Actuals> {
  return readActualsSheet(grid, contract, options);
}

/**
 * The Actuals sheet's values and every problem, each tagged with the months it concerns: for the check
 * (`contractProblems`) and for one invoice (`actualsForInvoice`), which blocks only on its own months.
 */
export function actualsReadingFromSheet(
  grid: Grid,
  contract: Contract | undefined,
  options: SheetReadOptions = {},
): ActualsReading {
  return readActualsTagged(grid, contract, options);
}
