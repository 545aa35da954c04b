/**
 * The Contract and Actuals sheets of an .xlsx workbook, as the product writes them (`npm run demo`, the
 * task pane) and as a user edits them in Excel or LibreOffice, read into the grids the sheet readers take.
 */
import { contractPairs, foundSheetKey, plainNames } from '../app/contractPair';
import type { Grid } from '../contract/fromSheet';
import { withDates } from '../contract/sheet/cells';
import { readWorkbookValues, refuseUncalculated } from './readWorkbook';

/** One sheet found in the workbook: its name (for issues) and its cells from A1. */
export interface FoundSheet {
  readonly name: string;
  readonly grid: Grid;
}

/** The workbook's sheet names, and its Contract and Actuals sheets when it has them. */
export interface ContractWorkbook {
  readonly sheetNames: readonly string[];
  readonly contract: FoundSheet | undefined;
  readonly actuals: FoundSheet | undefined;
  /** The Contract sheets of the workbook's other contracts, not read (`Contract (2)`). */
  readonly otherContracts: readonly string[];
}

/**
 * Reads `file` (a path or its bytes) and finds its Contract and Actuals sheets (`Contrat`, `Réalisé`) by the task pane's rule
 * for untagged workbooks: `Contract` with `Actuals`, `Contract (2)` with `Actuals (2)`; the first contract
 * when there are several. A workbook with only an Actuals sheet gives that sheet. Throws what exceljs
 * throws for a file that is not a workbook, and for a sheet whose formulas were never calculated.
 */
export async function readContractWorkbook(file: string | Buffer): Promise<ContractWorkbook> {
  const sheets = await readWorkbookValues(file);
  const sheetNames = sheets.map((sheet) => sheet.name);
  const [pair, ...others] = contractPairs(sheetNames.map((name) => ({ name, tag: null })));
  const actualsKeys = plainNames('actualsSheet').map(foundSheetKey);
  const actualsName = pair ? pair.actuals : sheetNames.find((n) => actualsKeys.includes(foundSheetKey(n)));
  const found = (name: string | null | undefined): FoundSheet | undefined => {
    const sheet = sheets.find((s) => s.name === name);
    if (sheet) refuseUncalculated(sheet);
    // A number shown as a date or time reads as that date, as the hosts hand it (`withDates`).
    return sheet && { name: sheet.name, grid: withDates(sheet.values, sheet.numberFormats) };
  };
  return {
    sheetNames,
    contract: found(pair?.contract),
    actuals: found(actualsName),
    otherContracts: others.map((other) => other.contract),
  };
}
