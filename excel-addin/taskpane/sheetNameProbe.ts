/**
 * `WorkbookPort.compareSheetNames` in Excel: whether `worksheets.add` refuses a name beside another.
 * Microsoft documents only that sheet names ignore case; how Excel folds the rest (ß and ss, accents,
 * width, kana) is what the painters' unique names guard against (core/layout/uniqueSheetName.ts), and
 * this probe shows it in the user's own Excel. A refused add fails its sync and drops what was queued after
 * it, so each add is a sync of its own: two per pair, a fixed number whatever the workbook holds.
 */
import { sheetNameCollisionKey } from '../../core/layout/uniqueSheetName';
import type { SheetNameAnswer, SheetNameComparison, SheetNamePair } from '../../core/app/workbookPort';
import { isOfficeError } from '../officeError';

/** A sheet this probe added, as Excel named it, with the id it is deleted by. */
interface Added {
  readonly name: string;
  readonly id: string;
}

/**
 * Adds each pair's two names as sheets, in turn, then deletes every sheet it added, by id, in one sync;
 * those it could not delete are named in `left`, read again by id where the deletion failed.
 */
export async function compareSheetNames(
  context: Excel.RequestContext,
  pairs: readonly SheetNamePair[],
): Promise<SheetNameComparison> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const taken = new Set(worksheets.items.map((sheet) => sheetNameCollisionKey(sheet.name)));
  const added: Added[] = [];
  /** Whether Excel took `name` for a new sheet (false: ItemAlreadyExists). */
  const add = async (name: string): Promise<boolean> => {
    const sheet = worksheets.add(name).load('name,id');
    try {
      await context.sync();
    } catch (error) {
      if (isOfficeError(error, 'ItemAlreadyExists')) return false;
      throw error;
    }
    added.push({ name: sheet.name, id: sheet.id });
    return true;
  };
  const answers: SheetNameAnswer[] = [];
  let error: unknown;
  try {
    for (const pair of pairs) {
      if (pair.some((name) => taken.has(sheetNameCollisionKey(name)))) answers.push(null);
      else if (!(await add(pair[0]))) answers.push('firstRefused');
      else answers.push((await add(pair[1])) ? 'two' : 'one');
    }
  } catch (failure) {
    error = failure;
  }
  const left = await deleteAdded(context, added);
  return error === undefined ? { answers, left } : { answers, error, left };
}

/** Deletes the sheets by id in one sync; where that fails, the names of those still there. */
async function deleteAdded(context: Excel.RequestContext, added: readonly Added[]): Promise<string[]> {
  if (added.length === 0) return [];
  try {
    for (const { id } of added) context.workbook.worksheets.getItem(id).delete();
    await context.sync();
    return [];
  } catch {
    try {
      const still = added.map(({ id }) => context.workbook.worksheets.getItemOrNullObject(id));
      await context.sync();
      return added.filter((_, i) => !still[i]!.isNullObject).map(({ name }) => name);
    } catch {
      return added.map(({ name }) => name);
    }
  }
}
