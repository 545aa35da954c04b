import { TEXT_FORMAT, type PlanBlock, type PlanValue } from '../core/layout/sheetPlan';

/** Excel's default number format, written where a plan leaves a cell's format `null`. */
export const GENERAL_FORMAT = 'General';

/** The two bulk writes of a block, in the order they must reach Excel. */
export interface CellMatrices {
  /** Number formats (`General` where the plan has none), or null when the block sets no format at all. */
  readonly numberFormats: string[][] | null;
  /** A cell's formula where it has one, else its constant (`''` for an empty cell). */
  readonly formulas: (string | number | boolean)[][];
}

/**
 * Text that Excel would parse as a formula when typed or written: it starts with `=`, `+`, `-` or `@`.
 * Such constants always get the text format, whatever the plan says, so workbook text never runs.
 */
export function readsAsFormula(value: PlanValue): boolean {
  return typeof value === 'string' && /^[=+\-@]/.test(value);
}

/**
 * The block as two matrices for `range.numberFormat` and `range.formulas` (Office.js accepts constants in
 * `formulas`, so one write fills the block); null for an empty block, which has nothing to write.
 */
export function cellMatrices(block: PlanBlock): CellMatrices | null {
  if (block.values.length === 0 || block.values[0].length === 0) return null;
  let anyFormat = false;
  const numberFormats = block.values.map((row, r) =>
    row.map((value, c) => {
      const formula = block.formulas?.[r]?.[c] ?? null;
      const format =
        formula === null && readsAsFormula(value) ? TEXT_FORMAT : (block.numberFormats?.[r]?.[c] ?? null);
      if (format !== null) anyFormat = true;
      return format ?? GENERAL_FORMAT;
    }),
  );
  const formulas = block.values.map((row, r) =>
    row.map((value, c) => {
      const formula = block.formulas?.[r]?.[c] ?? null;
      if (formula !== null) return formula;
      // A text cell holds text: 5 becomes "5", as if typed, and as the .xlsx painter writes it.
      return numberFormats[r][c] === TEXT_FORMAT ? asText(value) : (value ?? '');
    }),
  );
  return { numberFormats: anyFormat ? numberFormats : null, formulas };
}

/** The text a spreadsheet shows for a constant typed into a text-formatted cell. */
function asText(value: PlanValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
