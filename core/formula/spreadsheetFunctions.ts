/**
 * A few of the spreadsheet's own functions, so that the docs' "check by hand" formulas that combine the
 * worksheet functions with rounding and averages (`ROUND(80*295.1/288.4, 2)`, `AVERAGE(0.8, 0.82)`) run in
 * `outcome-fees eval` and in tests as they do in a cell. Arguments are numbers or ranges of numbers; ROUND
 * rounds half away from zero on the 15 digits the cell shows, as Excel and Sheets do.
 */
import { feeError, isFeeError, type FeeError } from '../errors';
import { fromHostNumber, roundPrice, toHostNumber } from '../money';
import type { FormulaValue } from './evaluateFormula';

type Native = (args: readonly FormulaValue[]) => FormulaValue;

/** Every number of the arguments, ranges flattened; an error propagates, a text is `#VALUE!`. */
function numbers(args: readonly FormulaValue[]): number[] | FeeError {
  const out: number[] = [];
  for (const arg of args) {
    for (const v of Array.isArray(arg) ? arg.flat() : [arg]) {
      if (isFeeError(v)) return v;
      if (typeof v !== 'number') return feeError('#VALUE!', `expected a number, got ${JSON.stringify(v)}`);
      out.push(v);
    }
  }
  return out;
}

function rounded(args: readonly FormulaValue[], rule: 'half-away-from-zero' | 'down'): FormulaValue {
  const n = numbers(args);
  if (!Array.isArray(n)) return n;
  if (n.length !== 2 || !Number.isInteger(n[1]) || n[1] < 0)
    return feeError('#VALUE!', 'ROUND takes a number and a count of decimal places (≥ 0)');
  return toHostNumber(roundPrice(fromHostNumber(n[0]), n[1], rule)) ?? feeError('#NUM!', 'out of range');
}

const over =
  (f: (n: number[]) => number): Native =>
  (args) => {
    const n = numbers(args);
    if (!Array.isArray(n)) return n;
    if (n.length === 0) return feeError('#DIV/0!', 'no numbers');
    return f(n);
  };

const NATIVE: Readonly<Record<string, Native>> = {
  ROUND: (args) => rounded(args, 'half-away-from-zero'),
  ROUNDDOWN: (args) => rounded(args, 'down'),
  SUM: over((n) => n.reduce((a, b) => a + b, 0)),
  AVERAGE: over((n) => n.reduce((a, b) => a + b, 0) / n.length),
  MIN: over((n) => Math.min(...n)),
  MAX: over((n) => Math.max(...n)),
  POWER: over((n) => n[0] ** n[1]),
  SUMPRODUCT: (args) => {
    const columns = args.map((a) => numbers([a]));
    const bad = columns.find((c) => !Array.isArray(c));
    if (bad !== undefined) return bad as FeeError;
    const [first, ...rest] = columns as number[][];
    if (rest.some((c) => c.length !== first.length)) return feeError('#VALUE!', 'ranges of different sizes');
    return first.reduce((sum, v, i) => sum + rest.reduce((p, c) => p * c[i], v), 0);
  },
};

/** The spreadsheet function named `name` (any case), if it is one of these. */
export function spreadsheetFunction(name: string): Native | undefined {
  return NATIVE[name.toUpperCase()];
}
