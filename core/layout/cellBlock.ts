/**
 * Rows of cells (value, number format, formula) as one plan block: the Summary, Portfolio and Performance
 * sheets build their tables this way, so each is a single write for a painter.
 */
import { toHostNumber, type Dec } from '../money';
import { TEXT_FORMAT, type PlanBlock, type PlanValue } from './sheetPlan';

/** One cell: a formula's `value` is its cached result. */
export interface Cell {
  readonly value: PlanValue;
  readonly format?: string | null;
  readonly formula?: string;
}

export const EMPTY: Cell = { value: null };

/** Text from the contract or the user: formatted as text, so `=…` never runs. */
export const textCell = (value: string): Cell => ({ value, format: TEXT_FORMAT });

/** An amount as the host number a cell shows (15 digits); throws on one no cell can hold. */
export function hostNumber(value: Dec): number {
  const n = toHostNumber(value);
  if (n === undefined) throw new RangeError(`amount out of range: ${value.toString()}`);
  return n;
}

/** Rows padded to `width`, top-left at (row, 0). */
export function cellBlock(row: number, width: number, rows: readonly (readonly Cell[])[]): PlanBlock {
  const padded = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? EMPTY));
  const hasFormula = padded.some((r) => r.some((c) => c.formula !== undefined));
  return {
    row,
    col: 0,
    values: padded.map((r) => r.map((c) => c.value)),
    numberFormats: padded.map((r) => r.map((c) => c.format ?? null)),
    ...(hasFormula ? { formulas: padded.map((r) => r.map((c) => c.formula ?? null)) } : {}),
  };
}
