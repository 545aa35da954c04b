import { TEXT_FORMAT, type PlanBlock, type PlanValue } from '../core/layout/sheetPlan';

/** Excel's default number format, written where a plan leaves a cell's format `null`. */
export const GENERAL_FORMAT = 'General';

/** A constant Excel would parse as a formula, at its place in the block. */
export interface FormulaLikeText {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** The bulk writes of a block, in the order they must reach Excel. */
export interface CellMatrices {
  /** Number formats (`General` where the plan has none), or null when the block sets no format at all. */
  readonly numberFormats: string[][] | null;
  /** A cell's formula where it has one, else its constant (`''` for an empty cell). */
  readonly formulas: (string | number | boolean)[][];
  /** The constants that start with `=`, `+`, `-` or `@` (text cells all), in row order. */
  readonly formulaLikeText: readonly FormulaLikeText[];
}

/**
 * Text that Excel would parse as a formula when typed or written: it starts with `=`, `+`, `-` or `@`.
 * Such constants always get the text format, whatever the plan says, so workbook text never runs.
 */
export function readsAsFormula(value: PlanValue): boolean {
  return typeof value === 'string' && /^[=+\-@]/.test(value);
}

/**
 * Text Excel would shorten: a leading apostrophe written through `range.formulas` (or `values`) is taken
 * as the cell's prefix character, as when typed, and the value keeps only what follows (Range.PrefixCharacter
 * in Excel's VBA reference; office-js #6687 reads such a cell back without it). One more apostrophe before
 * it keeps the text whole: `''abc` is the text `'abc`. Such text also gets the text format, so every paint
 * takes the one path the Diagnostics self-test checks in the user's Excel (`@`, then `''abc`).
 */
export function hasPrefixCharacter(value: PlanValue): boolean {
  return typeof value === 'string' && value.startsWith("'");
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
        formula === null && (readsAsFormula(value) || hasPrefixCharacter(value))
          ? TEXT_FORMAT
          : (block.numberFormats?.[r]?.[c] ?? null);
      if (format !== null) anyFormat = true;
      return format ?? GENERAL_FORMAT;
    }),
  );
  const formulas = block.values.map((row, r) =>
    row.map((value, c) => {
      const formula = block.formulas?.[r]?.[c] ?? null;
      if (formula !== null) return formula;
      if (hasPrefixCharacter(value)) return `'${value as string}`;
      // A text cell holds text: 5 becomes "5", as if typed, and as the .xlsx painter writes it.
      return numberFormats[r][c] === TEXT_FORMAT ? asText(value) : (value ?? '');
    }),
  );
  const formulaLikeText = block.values.flatMap((row, r) =>
    row.flatMap((value, c) =>
      (block.formulas?.[r]?.[c] ?? null) === null && readsAsFormula(value)
        ? [{ row: r, col: c, text: value as string }]
        : [],
    ),
  );
  return { numberFormats: anyFormat ? numberFormats : null, formulas, formulaLikeText };
}

/**
 * Queues the writes of a block on its range (no sync), formats first. Excel documents that a string written
 * through `range.values` (or `formulas`) that starts with `=`, `+` or `-` is interpreted as a formula
 * (Excel.Range.values in office-js); it documents no exception for text-formatted cells. So where the host
 * has ExcelApi 1.16 (`typedText`), formula-like text is written as what it is, a typed string cell value
 * (`valuesAsJson` with `{ type: "String" }`), after the bulk write has left those cells alone (`null` in
 * the matrix leaves a cell unchanged). Without 1.16 it falls back to the `@` format before the values,
 * which Excel honours in practice but does not document; the Diagnostics self-test checks it in the
 * user's own Excel.
 */
export function queueCellWrites(range: Excel.Range, matrices: CellMatrices, typedText: boolean): void {
  if (matrices.numberFormats !== null) range.numberFormat = matrices.numberFormats;
  if (!typedText || matrices.formulaLikeText.length === 0) {
    range.formulas = matrices.formulas;
    return;
  }
  const formulas: (string | number | boolean | null)[][] = matrices.formulas.map((row) => row.slice());
  for (const cell of matrices.formulaLikeText) formulas[cell.row][cell.col] = null;
  range.formulas = formulas;
  for (const cell of matrices.formulaLikeText) {
    const value: Excel.StringCellValue = { type: 'String', basicValue: cell.text };
    range.getCell(cell.row, cell.col).valuesAsJson = [[value]];
  }
}

/** The text a spreadsheet shows for a constant typed into a text-formatted cell. */
function asText(value: PlanValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
