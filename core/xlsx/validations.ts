import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import type { PlanValidation } from '../layout/sheetPlan';
import { a1Range, columnLetters, quotedSheetName } from '../layout/a1';

/**
 * Excel keeps an inline list (`"a,b,c"`) only up to 255 characters and cannot put a comma or a quote in
 * one of its items; a longer or richer list would make Excel report the file as damaged.
 */
export const MAX_INLINE_LIST_LENGTH = 255;

/**
 * Where list validations take their choices from. A short plain list is written inline; any other list
 * goes to a column of one hidden sheet (`Lists`, made unique in the workbook) and the validation refers to
 * that column, which Excel accepts at any length. Identical lists share a column. The hidden sheet is only
 * created if some list needs it, after the plan's sheets, so it never takes a name a plan asked for.
 */
export class ListSources {
  private readonly columns = new Map<string, number>();
  private readonly lists: (readonly string[])[] = [];

  /** `sheetName` is the name the hidden sheet will take if a list needs it. */
  constructor(readonly sheetName: string) {}

  /** The validation formula listing `items`: inline when Excel allows it, else a hidden-sheet range. */
  formula(items: readonly string[]): string {
    const inline = `"${items.join(',')}"`;
    const plain = items.every((item) => !item.includes(',') && !item.includes('"'));
    if (plain && inline.length <= MAX_INLINE_LIST_LENGTH) return inline;

    const key = JSON.stringify(items);
    let column = this.columns.get(key);
    if (column === undefined) {
      column = this.lists.length;
      this.lists.push(items);
      this.columns.set(key, column);
    }
    const letters = columnLetters(column);
    return `${quotedSheetName(this.sheetName)}!$${letters}$1:$${letters}$${items.length}`;
  }

  /** Adds the hidden sheet holding the long lists, if any; its cells are text, never formulas. */
  paint(workbook: Workbook): void {
    if (this.lists.length === 0) return;
    const sheet = workbook.addWorksheet(this.sheetName, { state: 'hidden' });
    this.lists.forEach((items, c) => {
      items.forEach((item, r) => {
        const cell = sheet.getRow(r + 1).getCell(c + 1);
        cell.numFmt = '@';
        cell.value = item;
      });
    });
  }
}

/** Adds a list validation over its rectangle: blanks allowed, other entries refused with Excel's message. */
export function addListValidation(sheet: Worksheet, validation: PlanValidation, sources: ListSources): void {
  const range = a1Range(validation);
  if (validation.list.length === 0)
    throw new Error(`${sheet.name}!${range}: a list validation needs at least one item`);
  // One range entry, not one per cell: a 10,000-row column stays a single <dataValidation>.
  (sheet as unknown as RangeValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    showErrorMessage: true,
    formulae: [sources.formula(validation.list)],
  });
}

/** exceljs keeps range validations on `worksheet.dataValidations`, which its typings leave out. */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: DataValidation): void };
}
