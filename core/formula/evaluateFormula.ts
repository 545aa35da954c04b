import { feeError, isFeeError, type FeeError } from '../errors';
import { evaluate } from '../functions/evaluate';
import type { HostArg, HostScalar } from '../functions/hostValues';
import { findFunction } from '../functions/registry';
import type { Language } from '../contract/types';
import { formulaTexts, type FormulaTexts } from '../i18n/formula';
import { parseFormula, type Expr } from './parse';
import { spreadsheetFunction } from './spreadsheetFunctions';

/** What a formula or sub-expression yields: a value, an error, or an array of them. */
export type FormulaValue = HostScalar | FeeError | (HostScalar | FeeError)[][];

/**
 * Evaluates a formula with the worksheet functions, as a spreadsheet would: an error in an argument
 * propagates unchanged (kind and message), arithmetic is the host's double arithmetic (see `arithmetic`).
 * `lang` is the notation the formula is written in (French: `;` between arguments, `,` for decimals) and
 * words what its own operations refuse; a function's message is its own.
 */
export function evaluateFormula(source: string, lang: Language = 'en'): FormulaValue {
  return evalExpr(parseFormula(source, lang), formulaTexts(lang));
}

/** Evaluates a parsed formula or sub-expression (golden vectors compute their arguments with it). */
export function evalExpr(expr: Expr, t: FormulaTexts = formulaTexts('en')): FormulaValue {
  switch (expr.type) {
    case 'literal':
      return literal(expr.value, t);
    case 'array':
      return expr.rows.map((row) => row.map((v) => literal(v, t) as HostScalar | FeeError));
    case 'call':
      return call(expr.name, expr.args, t);
    case 'unary':
      return arithmetic(
        expr.op === '%' ? '%' : expr.op === '-' ? 'neg' : 'pos',
        [evalExpr(expr.operand, t)],
        t,
      );
    case 'binary':
      return arithmetic(expr.op, [evalExpr(expr.left, t), evalExpr(expr.right, t)], t);
  }
}

/** Literals become host values; error literals become errors so that they propagate like cells. */
function literal(value: HostScalar | { code: string }, t: FormulaTexts): HostScalar | FeeError {
  if (value !== null && typeof value === 'object' && 'code' in value) {
    return feeError(value.code as FeeError['kind'], t.errorLiteral(value.code));
  }
  return value === null ? '' : value;
}

function call(name: string, args: readonly Expr[], t: FormulaTexts): FormulaValue {
  const spec = findFunction(name);
  const native = spec ? undefined : spreadsheetFunction(name);
  if (native)
    return native(
      args.map((arg) => evalExpr(arg, t)),
      t,
    );
  if (!spec) return feeError('#NAME?', t.unknownFunction(name));
  const values: HostArg[] = [];
  for (const arg of args) {
    const v = evalExpr(arg, t);
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
function arithmetic(op: string, operands: FormulaValue[], t: FormulaTexts): FormulaValue {
  const nums: number[] = [];
  for (const v of operands) {
    if (isFeeError(v)) return v;
    if (typeof v !== 'number') return feeError('#VALUE!', t.arithmeticNeedsNumbers(JSON.stringify(v)));
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
  else if (b === 0) return feeError('#DIV/0!', t.divisionByZero);
  else result = a / b;
  if (!Number.isFinite(result)) return feeError('#NUM!', t.tooLarge);
  return result === 0 ? 0 : result;
}
