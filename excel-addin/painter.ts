/**
 * The Excel painter: turns a SheetPlan into Office.js calls. Host round trips are what make add-ins slow,
 * so plans are painted in a constant number of `context.sync()` calls whatever their size: one to learn the
 * existing sheet, table and defined names (whether the workbook's structure is protected, its date system),
 * one carrying the new sheets (every block is one bulk write).
 */
import type { PlanBlock, SheetPlan, WorkbookPlan } from '../core/layout/sheetPlan';
import type { PaintReason } from '../core/i18n/paintReasons';
import { uniqueSheetName } from '../core/layout/uniqueSheetName';
import { cellMatrices, queueCellWrites, type CellMatrices } from './cellMatrices';
import { planProblems } from './checkPlan';
import { datesToWorkbook, queueDateSystem, type DateSystem } from './dateSystem';
import { isOfficeError, type OfficeErrorCode } from './officeError';
import { PaintError, hostFailureReason } from './paintError';
import {
  REQUEST_BUDGET_BYTES,
  SheetTooLargeError,
  cellBytes,
  requestGroups,
  sheetSyncs,
  sliceMatrices,
  writeBytes,
  type SheetSyncs,
} from './requestBudget';
import { afterCellsWrites, type SheetWrite } from './sheetWrites';

export { PaintError } from './paintError';

/**
 * Choices a caller may override; the defaults suit the task pane. Everything else a plan asks for is
 * painted: the manifest requires ExcelApi 1.12, which has every API used here but `valuesAsJson` (1.16).
 */
export interface PaintOptions {
  /** Make the (first) new sheet the active one, so the user sees what was built. Default true. */
  readonly activate?: boolean;
}

/**
 * Syncs a successful paint costs, whatever the number and size of its sheets, as long as their cells and
 * other writes fit one request (REQUEST_BUDGET_BYTES: a 5,000-line invoice is 2.6 to 3.4 MB): names,
 * then the sheets. Beyond that, one more sync per further request (requestGroups), a sheet over the
 * budget on its own written in slices of rows and of its other writes (sheetSyncs): a 12,000-line
 * invoice takes 3.
 */
export const PAINT_SYNCS = 2;

function hostSupports(set: string, version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
}

/**
 * One bulk write per block, or per slice of its rows (`from`, `to`); text that starts with `=`, `+`, `-` or
 * `@` stays text (see queueCellWrites).
 */
function queueBlock(
  sheet: Excel.Worksheet,
  block: PlanBlock,
  matrices: CellMatrices | null,
  from = 0,
  to = block.values.length,
): void {
  if (matrices === null) return;
  const range = sheet.getRangeByIndexes(block.row + from, block.col, to - from, block.values[0].length);
  const rows = from === 0 && to === block.values.length ? matrices : sliceMatrices(matrices, from, to);
  queueCellWrites(range, rows, hostSupports('ExcelApi', '1.16'));
}

/**
 * Queues the plan's cells on `sheet`, then its other writes (sheetWrites): all in the sync that follows
 * for a sheet within the budget (`syncs` absent), else spread as `syncs` says, the syncs between its
 * parts made here.
 */
async function queueSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  blocks: readonly (CellMatrices | null)[],
  syncs: SheetSyncs | undefined,
  writes: readonly SheetWrite[],
): Promise<void> {
  if (syncs === undefined) plan.blocks.forEach((block, i) => queueBlock(sheet, block, blocks[i]!));
  else
    for (const [k, part] of syncs.cells.entries()) {
      if (k > 0) await context.sync();
      for (const { block, from, to } of part)
        queueBlock(sheet, plan.blocks[block]!, blocks[block]!, from, to);
    }
  for (const [i, write] of writes.entries()) {
    if (syncs?.breaks.has(i)) await context.sync();
    write(sheet);
  }
}

/**
 * The id Excel gave a sheet this paint added, `undefined` when its add never ran. The id is loaded right
 * after the add, and Office.js hands back the results of the actions a failed batch did complete, so the
 * ids say exactly which sheets this paint created, even when a sheet of the same name is someone else's.
 */
function createdId(sheet: Excel.Worksheet): string | undefined {
  try {
    return typeof sheet.id === 'string' ? sheet.id : undefined;
  } catch {
    return undefined; // not loaded: the batch failed before this add
  }
}

/** Deletes the sheets of `ids` (1 sync); false when that failed too (the user must then act). */
async function removeSheets(context: Excel.RequestContext, ids: readonly string[]): Promise<boolean> {
  try {
    ids.forEach((id) => context.workbook.worksheets.getItem(id).delete());
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/** Each plan's cell matrices with their dates counted as a workbook of `system` counts them. */
function inDateSystem(
  system: DateSystem,
  blocks: readonly (readonly (CellMatrices | null)[])[],
): readonly (readonly (CellMatrices | null)[])[] {
  if (system === '1900') return blocks;
  return blocks.map((matrices) =>
    matrices.map((m) => m && { ...m, formulas: datesToWorkbook(system, m.formulas, m.numberFormats) }),
  );
}

/** A sheet a paint created: the name it got and Excel's id for it, which stays if the user renames it. */
export interface PaintedSheet {
  readonly name: string;
  readonly id: string;
}

/**
 * Paints each plan on a new sheet, named `uniqueSheetName(plan.name, existing)`, and returns the names in
 * plan order. Costs PAINT_SYNCS syncs (see there for plans beyond one request). All or nothing: if any
 * part fails, every sheet this call created (and only those, known by id) is deleted in one more sync, and
 * a PaintError says which sheets and why. Existing sheets are never written to. With `activate`, the
 * first new sheet becomes the active one.
 */
export async function paintWorkbookPlan(
  context: Excel.RequestContext,
  plans: WorkbookPlan,
  options: PaintOptions = {},
): Promise<string[]> {
  return (await paintWorkbookSheets(context, plans, options)).map((sheet) => sheet.name);
}

/**
 * paintWorkbookPlan, returning each new sheet's id beside its name (loaded in the same syncs). A name
 * taken between the read of the names and the adds (someone co-authoring added a sheet of that name:
 * ItemAlreadyExists) is not the user's mistake: once this paint's sheets are gone, it is painted again
 * once, on the names then free. So is a request Excel refused as too large though the painter counted it
 * under the budget (Office.js sent more than requestBudget estimates): again once, in requests of a
 * quarter of the budget.
 */
export async function paintWorkbookSheets(
  context: Excel.RequestContext,
  plans: WorkbookPlan,
  options: PaintOptions = {},
): Promise<PaintedSheet[]> {
  try {
    return await paintOnce(context, plans, options, REQUEST_BUDGET_BYTES);
  } catch (error) {
    const again = (code: OfficeErrorCode) =>
      error instanceof PaintError &&
      error.cleanup !== 'left' &&
      isOfficeError(error, code, { throughCauses: true });
    if (again('ItemAlreadyExists')) return paintOnce(context, plans, options, REQUEST_BUDGET_BYTES);
    if (again('RequestPayloadSizeLimitExceeded'))
      return paintOnce(context, plans, options, REQUEST_BUDGET_BYTES / 4);
    throw error;
  }
}

async function paintOnce(
  context: Excel.RequestContext,
  plans: WorkbookPlan,
  options: PaintOptions,
  budget: number,
): Promise<PaintedSheet[]> {
  const problems = plans.flatMap((plan) =>
    planProblems(plan).map((reason): PaintReason =>
      plans.length > 1 ? { problem: 'inSheet', sheet: plan.name, reason } : reason,
    ),
  );
  const planned = plans.map((plan) => plan.name);
  if (problems.length > 0) throw new PaintError(planned, problems, 'not-created');
  const blocks = plans.map((plan) => plan.blocks.map(cellMatrices));
  const activates = plans.map((_, i) => i === 0 && (options.activate ?? true));
  // Measured over a scratch list of table names: only the writes queued for real take names.
  const writeSizes = plans.map((plan, i) => afterCellsWrites(plan, [], activates[i]!).map(writeBytes));
  const sizes = blocks.map((matrices, i) => cellBytes(matrices) + writeSizes[i]!.reduce((a, b) => a + b, 0));
  const groups = requestGroups(sizes, budget);
  let syncs: (SheetSyncs | undefined)[];
  try {
    syncs = sizes.map((size, i) =>
      size > budget ? sheetSyncs(blocks[i]!, writeSizes[i]!, planned[i]!, budget) : undefined,
    );
  } catch (error) {
    if (error instanceof SheetTooLargeError)
      throw new PaintError(planned, [error.tooLarge], 'not-created', error);
    throw error;
  }

  const worksheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  // A table cannot take a defined name either (a buyer's named range called Forecast or Scenarios).
  const definedNames = context.workbook.names;
  // A protected structure (Review → Protect Workbook) refuses new sheets: known here, before any is added.
  const protection = context.workbook.protection.load('protected');
  worksheets.load('items/name');
  tables.load('items/name');
  definedNames.load('items/name');
  // A plan's dates count in the 1900 system: a 1904 workbook gets its own serials, or it shows them 4 years late.
  const dateSystem = queueDateSystem(context);
  try {
    await context.sync();
  } catch (error) {
    throw new PaintError(planned, hostFailureReason(error), 'not-created', error);
  }
  if (protection.protected) throw new PaintError(planned, [{ problem: 'workbookProtected' }], 'not-created');
  const cells = inDateSystem(dateSystem(), blocks);

  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const tableNames = [...tables.items, ...definedNames.items].map((item) => item.name);
  const names: string[] = [];
  const added: Excel.Worksheet[] = [];
  try {
    for (const group of groups) {
      for (const i of group) {
        const plan = plans[i]!;
        const name = uniqueSheetName(plan.name, sheetNames);
        sheetNames.push(name);
        names.push(name);
        const sheet = worksheets.add(name);
        sheet.load('id');
        added.push(sheet);
        const writes = afterCellsWrites(plan, tableNames, activates[i]!);
        await queueSheet(context, sheet, plan, cells[i]!, syncs[i], writes);
      }
      await context.sync();
    }
    return names.map((name, i) => ({ name, id: added[i]!.id }));
  } catch (error) {
    // Only what this paint created goes: never a sheet found by name, which may be another paint's.
    const ids = added.map(createdId).filter((id): id is string => id !== undefined);
    const reason = hostFailureReason(error);
    if (ids.length === 0) throw new PaintError(names, reason, 'not-created', error);
    const removed = await removeSheets(context, ids);
    throw new PaintError(names, reason, removed ? 'removed' : 'left', error);
  }
}

/** Paints one plan on a new, uniquely named sheet and returns its name; see paintWorkbookPlan. */
export async function paintSheetPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  options: PaintOptions = {},
): Promise<string> {
  const [name] = await paintWorkbookPlan(context, [plan], options);
  return name;
}
