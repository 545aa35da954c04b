/**
 * The golden vectors of FUNCTIONS.md, as declared in the registry, turned into host arguments: the same
 * list drives the core, the CLI, the Excel functions and the Sheets bundle.
 */
import { FUNCTIONS } from '../../core/functions/registry';
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

function toArg(expr: Expr): HostArg {
  if (expr.type === 'literal') return literalArg(expr.value);
  if (expr.type === 'array') return expr.rows.map((row) => row.map((v) => literalArg(v) as never));
  if (
    expr.type === 'unary' &&
    expr.op === '-' &&
    expr.operand.type === 'literal' &&
    typeof expr.operand.value === 'number'
  ) {
    return -expr.operand.value;
  }
  throw new Error(`golden vectors take literal arguments only (${expr.type})`);
}

export const GOLDEN_VECTORS: readonly GoldenVector[] = FUNCTIONS.flatMap((spec) =>
  spec.examples.map((example) => {
    const expr = parseFormula(example.formula);
    if (expr.type !== 'call' || expr.name !== spec.name)
      throw new Error(`${example.formula} must call ${spec.name}`);
    return {
      name: spec.name,
      formula: example.formula,
      args: expr.args.map(toArg),
      expected: example.result,
    };
  }),
);
