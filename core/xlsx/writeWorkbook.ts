import type { Workbook } from 'exceljs';
import type { WorkbookPlan } from '../layout/sheetPlan';
import { uniqueSheetName } from '../layout/uniqueSheetName';
import { excelJs } from './exceljs';
import { paintSheet, type PaintContext } from './paintSheet';
import { uniqueSheetNames } from './sheetNames';
import { ListSources } from './validations';

/** Excel reserves this sheet name for its change history. */
/** The hidden sheet that holds list-validation choices too long to write inline. */
const LIST_SHEET_NAME = 'Lists';

/**
 * Builds an exceljs workbook from the plans, one worksheet per plan in order. Each sheet takes the plan's
 * name made unique with `uniqueSheetNames` (a second `Invoice` becomes `Invoice (2)`); table names are made
 * unique across the workbook the same way (`Lines`, `Lines_2`). Throws on a plan Excel could not open:
 * a formula in a text cell, a ragged block, an empty or repeated table header, a bad colour.
 */
export function buildWorkbook(plans: WorkbookPlan): Workbook {
  const names = uniqueSheetNames(plans.map((plan) => plan.name));
  const lists = new ListSources(uniqueSheetName(LIST_SHEET_NAME, names));

  const workbook = new (excelJs().Workbook)();
  workbook.creator = 'Outcome Fees';
  // Totals are live SUM formulas: have Excel recompute them on open rather than trust cached results.
  workbook.calcProperties.fullCalcOnLoad = true;
  const context: PaintContext = { tableNames: [], lists };
  plans.forEach((plan, i) => paintSheet(workbook, plan, names[i], context));
  lists.paint(workbook);
  return workbook;
}

/** The plans as the bytes of an `.xlsx` file. */
export async function workbookBuffer(plans: WorkbookPlan): Promise<Buffer> {
  const data = await buildWorkbook(plans).xlsx.writeBuffer();
  return Buffer.from(data);
}

/** Writes the plans to the `.xlsx` file `file`, replacing it if it exists (Node API; the CLI writes atomically). */
export async function writeWorkbook(plans: WorkbookPlan, file: string): Promise<void> {
  await buildWorkbook(plans).xlsx.writeFile(file);
}
