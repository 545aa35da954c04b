import { isFeeError } from '../../errors';
import { evaluateFormula, type FormulaValue } from '../../formula/evaluateFormula';
import { FormulaSyntaxError } from '../../formula/parse';
import { formulaTexts } from '../../i18n/formula';
import { languageOption } from '../args';
import { usageError } from '../cliError';
import type { Command } from '../command';

const USAGE =
  'usage: outcome-fees eval [--lang en|fr] "FORMULA", e.g. outcome-fees eval "BONUSMALUS(0.78, 0.75, 50000, 50000)"';

/** JSON for a result: errors inside arrays become `{"error": "#VALUE!", "message": "…"}`. */
function toJson(value: FormulaValue): unknown {
  if (Array.isArray(value)) return value.map((row) => row.map(toJson));
  if (isFeeError(value)) return { error: value.kind, message: value.message };
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * `--lang en|fr` (or `--lang=fr`) before the formula, the one option `eval` takes, is read here: what
 * follows it is the formula, verbatim.
 */
function languageFirst(argv: readonly string[]): { lang: string | undefined; rest: readonly string[] } {
  if (argv[0] === '--lang' && argv.length > 1) return { lang: argv[1], rest: argv.slice(2) };
  if (argv[0]?.startsWith('--lang=')) return { lang: argv[0].slice('--lang='.length), rest: argv.slice(1) };
  return { lang: undefined, rest: argv };
}

/**
 * `outcome-fees eval [--lang fr] "BONUSMALUS(0.78, 0.75, 50000, 50000)"`: prints the result as JSON; an
 * error goes to stderr as `#KIND message` with exit 1. The formula is taken verbatim: it may start with "-".
 * `--lang` is the language the formula is written in, as that language's spreadsheet writes it (French:
 * `BONUSMALUS(0,78; 0,75; 50000; 50000)`), and of what `eval` says of it (a usage or syntax error, what its
 * own operations refuse); a worksheet function's own message is the same in every host and language, as a
 * cell shows it.
 */
export const evalCommand: Command = {
  usage: USAGE,
  options: {},
  maxPositionals: 3,
  verbatim: true,
  run: ({ positionals }, io) => {
    const { lang: given, rest } = languageFirst(positionals);
    const lang = languageOption({ values: { lang: given }, positionals: [] }, 'en', USAGE);
    if (rest.length !== 1) throw usageError((t) => t.evalOneFormula, USAGE);
    let result: FormulaValue;
    try {
      result = evaluateFormula(rest[0], lang);
    } catch (e) {
      if (!(e instanceof FormulaSyntaxError)) throw e;
      const t = formulaTexts(lang);
      const detail = t.syntax(e.problem, e.position);
      io.err(e.kind === '#NUM!' ? `#NUM! ${detail}` : `#VALUE! ${t.syntaxError(detail)}`);
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
