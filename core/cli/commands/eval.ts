import { isFeeError } from '../../errors';
import { evaluateFormula, type FormulaValue } from '../../formula/evaluateFormula';
import { FormulaSyntaxError } from '../../formula/parse';
import { usageError } from '../cliError';
import type { Command } from '../command';

const USAGE =
  'usage: outcome-fees eval "FORMULA", e.g. outcome-fees eval "BONUSMALUS(0.78, 0.75, 50000, 50000)"';

/** JSON for a result: errors inside arrays become `{"error": "#VALUE!", "message": "…"}`. */
function toJson(value: FormulaValue): unknown {
  if (Array.isArray(value)) return value.map((row) => row.map(toJson));
  if (isFeeError(value)) return { error: value.kind, message: value.message };
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * `outcome-fees eval "BONUSMALUS(0.78, 0.75, 50000, 50000)"`: prints the result as JSON; an error goes to
 * stderr as `#KIND message` with exit 1. The formula is taken verbatim: it may start with "-".
 */
export const evalCommand: Command = {
  usage: USAGE,
  options: {},
  maxPositionals: 1,
  verbatim: true,
  run: ({ positionals }, io) => {
    if (positionals.length !== 1) throw usageError('eval takes exactly one formula', USAGE);
    let result: FormulaValue;
    try {
      result = evaluateFormula(positionals[0]);
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      io.err(e.kind === '#NUM!' ? `#NUM! ${e.message}` : `#VALUE! syntax error: ${e.message}`);
      return 1;
    }
    if (isFeeError(result)) {
      io.err(`${result.kind} ${result.message}`);
      return 1;
    }
    io.out(JSON.stringify(toJson(result)));
    return 0;
  },
};
