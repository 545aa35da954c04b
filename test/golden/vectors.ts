/**
 * The golden vectors of FUNCTIONS.md, as declared in the registry, turned into host arguments: the same
 * list drives the core, the CLI, the Excel functions and the Sheets bundle.
 */
import { FUNCTIONS, NOT_IN_SHEETS } from '../../core/functions/registry';
import { evalExpr } from '../../core/formula/evaluateFormula';
import { parseFormula, type Expr, type Literal } from '../../core/formula/parse';
import type { HostArg } from '../../core/functions/hostValues';

export interface GoldenVector {
  readonly name: string;
  readonly formula: string;
  /** Arguments as a host hands them over: numbers, strings, `null` for blanks, 2-D arrays for ranges. */
  readonly args: HostArg[];
  readonly expected: number;
}

function literalArg(value: Literal): HostArg {
  if (value !== null && typeof value === 'object') throw new Error('golden vectors hold no error literals');
  return value;
}

/**
 * An argument as the host hands it over: literals as they are, arithmetic (`0.7+0.2`) computed first in
 * doubles as the host computes it, so the function receives 0.8999999999999999 as it would from a cell.
 */
function toArg(expr: Expr): HostArg {
  if (expr.type === 'literal') return literalArg(expr.value);
  if (expr.type === 'array') return expr.rows.map((row) => row.map((v) => literalArg(v) as never));
  if (expr.type === 'unary' || expr.type === 'binary') {
    const value = evalExpr(expr);
    if (typeof value === 'number') return value;
  }
  throw new Error(`golden vectors take literal or arithmetic arguments only (${expr.type})`);
}

/**
 * Numbers enter as the 15 significant digits a cell shows: a KPI computed in the sheet that lands on its
 * level meets it, although its double is one ulp short (0.7+0.2 is 0.8999999999999999, shown 0.9).
 */
const HOST_ENTRY_EXAMPLES: readonly { name: string; formula: string; result: number }[] = [
  { name: 'THRESHOLDFEE', formula: 'THRESHOLDFEE(0.7+0.2, 0.9, 10000)', result: 10000 },
  { name: 'BONUSMALUS', formula: 'BONUSMALUS(0.7+0.08, 0.75, 50000, 50000)', result: 1500 },
  { name: 'KPISCORE', formula: 'KPISCORE(0.7+0.2, 0.8, 0.9)', result: 1 },
  { name: 'SLACREDIT', formula: 'SLACREDIT(0.7+0.2, 0.9, 100000, 0.1, 0.2)', result: 0 },
];

const EXAMPLES = [
  ...FUNCTIONS.flatMap((spec) => spec.examples.map((example) => ({ name: spec.name, ...example }))),
  ...HOST_ENTRY_EXAMPLES,
];

export const GOLDEN_VECTORS: readonly GoldenVector[] = EXAMPLES.map((example) => {
  const expr = parseFormula(example.formula);
  if (expr.type !== 'call' || expr.name !== example.name)
    throw new Error(`${example.formula} must call ${example.name}`);
  return {
    name: example.name,
    formula: example.formula,
    args: expr.args.map(toArg),
    expected: example.result,
  };
});

/** The vectors of the functions the Sheets bundle carries (every one but CONTRACTFEE). */
export const SHEETS_GOLDEN_VECTORS: readonly GoldenVector[] = GOLDEN_VECTORS.filter(
  (vector) => !NOT_IN_SHEETS.has(vector.name),
);
