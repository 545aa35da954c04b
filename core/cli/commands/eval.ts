import { isFeeError } from '../../errors';
import { evaluateFormula, type FormulaValue } from '../../formula/evaluateFormula';
import { FormulaSyntaxError } from '../../formula/parse';
import type { CliIo, ExitCode } from '../io';

/** JSON for a result: errors inside arrays become `{"error": "#VALUE!", "message": "…"}`. */
function toJson(value: FormulaValue): unknown {
  if (Array.isArray(value)) return value.map((row) => row.map(toJson));
  if (isFeeError(value)) return { error: value.kind, message: value.message };
  return value instanceof Date ? value.toISOString() : value;
}

/** `outcome-fees eval "BONUSMALUS(0.78, 0.75, 50000, 50000)"`: prints the result as JSON. */
export function evalCommand(args: readonly string[], io: CliIo): ExitCode {
  if (args.length !== 1) {
    io.err(
      'usage: outcome-fees eval "FORMULA"   e.g. outcome-fees eval "BONUSMALUS(0.78, 0.75, 50000, 50000)"',
    );
    return 2;
  }
  let result: FormulaValue;
  try {
    result = evaluateFormula(args[0]);
  } catch (e) {
    if (!(e instanceof FormulaSyntaxError)) throw e;
    io.err(`#VALUE! syntax error: ${e.message}`);
    return 1;
  }
  if (isFeeError(result)) {
    io.err(`${result.kind} ${result.message}`);
    return 1;
  }
  io.out(JSON.stringify(toJson(result)));
  return 0;
}
