import { feeError, isFeeError, type FeeError } from '../errors';
import { evaluate } from '../functions/evaluate';
import type { HostArg, HostScalar } from '../functions/hostValues';
import { findFunction } from '../functions/registry';
import { parseFormula, type Expr } from './parse';
import { spreadsheetFunction } from './spreadsheetFunctions';

/** What a formula or sub-expression yields: a value, an error, or an array of them. */
export type FormulaValue = HostScalar | FeeError | (HostScalar | FeeError)[][];

/**
 * Evaluates a formula with the worksheet functions, as a spreadsheet would: an error in an argument
 * propagates unchanged (kind and message), arithmetic is the host's double arithmetic (see `arithmetic`).
 */
export function evaluateFormula(source: string): FormulaValue {
  return evalExpr(parseFormula(source));
}

/** Evaluates a parsed formula or sub-expression (golden vectors compute their arguments with it). */
export function evalExpr(expr: Expr): FormulaValue {
  switch (expr.type) {
    case 'literal':
      return literal(expr.value);
    case 'array':
      return expr.rows.map((row) => row.map((v) => literal(v) as HostScalar | FeeError));
    case 'call':
      return call(expr.name, expr.args);
    case 'unary':
      return arithmetic(expr.op === '%' ? '%' : expr.op === '-' ? 'neg' : 'pos', [evalExpr(expr.operand)]);
    case 'binary':
      return arithmetic(expr.op, [evalExpr(expr.left), evalExpr(expr.right)]);
  }
}

/** Literals become host values; error literals become errors so that they propagate like cells. */
function literal(value: HostScalar | { code: string }): HostScalar | FeeError {
  if (value !== null && typeof value === 'object' && 'code' in value) {
    return feeError(value.code as FeeError['kind'], `${value.code} in the formula`);
  }
  return value === null ? '' : value;
}

function call(name: string, args: readonly Expr[]): FormulaValue {
  const spec = findFunction(name);
  const native = spec ? undefined : spreadsheetFunction(name);
  if (native) return native(args.map(evalExpr));
  if (!spec) return feeError('#NAME?', `unknown function ${name}`);
  const values: HostArg[] = [];
  for (const arg of args) {
    const v = evalExpr(arg);
    if (isFeeError(v)) return v;
    values.push(toHostArg(v, arg));
  }
  return evaluate(spec, values);
}

/** Errors inside arrays are handed to functions as error values (objects with a code). */
function toHostArg(value: Exclude<FormulaValue, FeeError>, expr: Expr): HostArg {
  if (Array.isArray(value)) return value.map((row) => row.map((c) => (isFeeError(c) ? { code: c.kind } : c)));
  return expr.type === 'literal' && expr.value === null ? null : value;
}

/**
 * Arithmetic as the host computes it: IEEE doubles, so `0.7+0.2` is 0.8999999999999999 here as in a cell.
 * A function then reads that double as the 15 significant digits the cell shows (0.9), through
 * `fromHostNumber`, exactly as it does in Excel and Sheets: a golden vector means the same everywhere.
 */
function arithmetic(op: string, operands: FormulaValue[]): FormulaValue {
  const nums: number[] = [];
  for (const v of operands) {
    if (isFeeError(v)) return v;
    if (typeof v !== 'number')
      return feeError('#VALUE!', `arithmetic needs numbers (got ${JSON.stringify(v)})`);
    nums.push(v);
  }
  const [a, b] = nums;
  let result: number;
  if (op === '%') result = a / 100;
  else if (op === 'neg') result = -a;
  else if (op === 'pos') result = a;
  else if (op === '+') result = a + b;
  else if (op === '-') result = a - b;
  else if (op === '*') result = a * b;
  else if (b === 0) return feeError('#DIV/0!', 'division by zero');
  else result = a / b;
  if (!Number.isFinite(result)) return feeError('#NUM!', 'the result is too large for a spreadsheet number');
  return result === 0 ? 0 : result;
}
