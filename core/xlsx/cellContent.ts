import type { CellValue } from 'exceljs';
import { TEXT_FORMAT, type PlanBlock, type PlanValue } from '../layout/sheetPlan';
import { a1 } from '../layout/a1';

/** What one plan cell becomes in exceljs: its value (constant or formula) and its number format. */
export interface CellContent {
  readonly value: CellValue;
  readonly numFmt: string | null;
}

/**
 * The exceljs content of the block cell at (r, c), relative to the block.
 *
 * Text cells (`TEXT_FORMAT`) always become string cells: exceljs never turns a string into a formula, so
 * `=HYPERLINK(...)`, `+cmd|...`, `-2+3` and `@SUM(A1)` reach the file as shared strings, and the `@`
 * format keeps them text when a user edits them in Excel. A formula in a text cell is a layout bug: it is
 * refused rather than silently written as one or the other.
 *
 * Formulas are written without their leading `=` (the file format stores them so). The plan's value at a
 * formula cell, when present, is stored as the cached result, so viewers that do not recalculate on open
 * (previewers, LibreOffice's default for Excel files) still show the right number.
 */
export function cellContent(block: PlanBlock, r: number, c: number): CellContent {
  const value = block.values[r][c];
  const formula = block.formulas?.[r]?.[c] ?? null;
  const numFmt = block.numberFormats?.[r]?.[c] ?? null;
  const where = a1(block.row + r, block.col + c);

  if (numFmt === TEXT_FORMAT) {
    if (formula !== null)
      throw new Error(`${where}: a text cell (format "@") cannot hold the formula ${formula}`);
    return { value: asText(value), numFmt };
  }
  if (formula !== null) {
    if (!formula.startsWith('=') || formula.length < 2) {
      throw new Error(`${where}: a formula must start with "=", got ${JSON.stringify(formula)}`);
    }
    const body = formula.slice(1);
    return { value: value === null ? { formula: body } : { formula: body, result: value }, numFmt };
  }
  return { value, numFmt };
}

/** The text a spreadsheet would show for a constant typed into a text-formatted cell. */
function asText(value: PlanValue): string | null {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
