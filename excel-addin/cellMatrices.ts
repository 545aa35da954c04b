import { TEXT_FORMAT, type PlanBlock, type PlanValue } from '../core/layout/sheetPlan';

/** Excel's default number format, written where a plan leaves a cell's format `null`. */
export const GENERAL_FORMAT = 'General';

/**
 * Text that Excel would parse as a formula when typed or written: it starts with `=`, `+`, `-` or `@`.
 * Such constants always get the text format, whatever the plan says, so workbook text never runs.
 */
export function readsAsFormula(value: PlanValue): boolean {
  return typeof value === 'string' && /^[=+\-@]/.test(value);
}

/**
 * The block's `numberFormat` matrix, or null when the block sets no format at all (nothing to write).
 * Constants that read as formulas get `@` even when the plan forgot it.
 */
export function numberFormatMatrix(block: PlanBlock): string[][] | null {
  let needed = false;
  const matrix = block.values.map((row, r) =>
    row.map((value, c) => {
      const planned = block.numberFormats?.[r]?.[c] ?? null;
      const formula = block.formulas?.[r]?.[c] ?? null;
      const format = formula === null && readsAsFormula(value) ? TEXT_FORMAT : planned;
      if (format !== null) needed = true;
      return format ?? GENERAL_FORMAT;
    }),
  );
  return needed ? matrix : null;
}

/**
 * The block's `formulas` matrix: a cell's formula where it has one, else its constant (`''` for empty).
 * Office.js writes constants through `formulas` too, so one write fills the whole block.
 */
export function formulaMatrix(block: PlanBlock): (string | number | boolean)[][] {
  return block.values.map((row, r) => row.map((value, c) => block.formulas?.[r]?.[c] ?? value ?? ''));
}
