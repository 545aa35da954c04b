/**
 * A few of the spreadsheet's own functions, so that the docs' "check by hand" formulas that combine the
 * worksheet functions with rounding and averages (`ROUND(80*295.1/288.4, 2)`, `AVERAGE(0.8, 0.82)`) run in
 * `outcome-fees eval` and in tests as they do in a cell. Arguments are numbers or ranges of numbers; ROUND
 * rounds half away from zero on the 15 digits the cell shows, as Excel and Sheets do.
 */
import { feeError, isFeeError, type FeeError } from '../errors';
import { fromHostNumber, roundPrice, toHostNumber } from '../money';
import type { FormulaTexts } from '../i18n/formula';
import type { FormulaValue } from './evaluateFormula';

type Native = (args: readonly FormulaValue[], t: FormulaTexts) => FormulaValue;

/** Every number of the arguments, ranges flattened; an error propagates, a text is `#VALUE!`. */
function numbers(args: readonly FormulaValue[], t: FormulaTexts): number[] | FeeError {
  const out: number[] = [];
  for (const arg of args) {
    for (const v of Array.isArray(arg) ? arg.flat() : [arg]) {
      if (isFeeError(v)) return v;
      if (typeof v !== 'number') return feeError('#VALUE!', t.expectedNumber(JSON.stringify(v)));
      out.push(v);
    }
  }
  return out;
}

function rounded(
  args: readonly FormulaValue[],
  t: FormulaTexts,
  rule: 'half-away-from-zero' | 'down',
): FormulaValue {
  const n = numbers(args, t);
  if (!Array.isArray(n)) return n;
  if (n.length !== 2 || !Number.isInteger(n[1]) || n[1] < 0) return feeError('#VALUE!', t.roundArguments);
  return toHostNumber(roundPrice(fromHostNumber(n[0]), n[1], rule)) ?? feeError('#NUM!', t.outOfRange);
}

const over =
  (f: (n: number[]) => number): Native =>
  (args, t) => {
    const n = numbers(args, t);
    if (!Array.isArray(n)) return n;
    if (n.length === 0) return feeError('#DIV/0!', t.noNumbers);
    return f(n);
  };

const NATIVE: Readonly<Record<string, Native>> = {
  ROUND: (args, t) => rounded(args, t, 'half-away-from-zero'),
  ROUNDDOWN: (args, t) => rounded(args, t, 'down'),
  SUM: over((n) => n.reduce((a, b) => a + b, 0)),
  AVERAGE: over((n) => n.reduce((a, b) => a + b, 0) / n.length),
  MIN: over((n) => Math.min(...n)),
  MAX: over((n) => Math.max(...n)),
  POWER: over((n) => n[0] ** n[1]),
  SUMPRODUCT: (args, t) => {
    const columns = args.map((a) => numbers([a], t));
    const bad = columns.find((c) => !Array.isArray(c));
    if (bad !== undefined) return bad as FeeError;
    const [first, ...rest] = columns as number[][];
    if (rest.some((c) => c.length !== first.length)) return feeError('#VALUE!', t.differentSizes);
    return first.reduce((sum, v, i) => sum + rest.reduce((p, c) => p * c[i], v), 0);
  },
};

/** The spreadsheet function named `name` (any case), if it is one of these. */
export function spreadsheetFunction(name: string): Native | undefined {
  return NATIVE[name.toUpperCase()];
}
