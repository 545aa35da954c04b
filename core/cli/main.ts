/** The `outcome-fees` command line. Each command lives in its own file under commands/. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { holdsControl, parseCommandArgs } from './args';
import { cliTexts } from '../i18n/cli';
import { CliError, oneLine, usageError } from './cliError';
import { runLanguage } from './contractLanguage';
import { beginRun } from './inputFile';
import { nearestName } from './nearestName';
import type { Command } from './command';
import { checkCommand } from './commands/check';
import { compareCommand } from './commands/compare';
import { curveCommand } from './commands/curve';
import { demoCommand } from './commands/demo';
import { docsCommand } from './commands/docs';
import { evalCommand } from './commands/eval';
import { exposureCommand } from './commands/exposure';
import { forecastCommand } from './commands/forecast';
import { functionsCommand } from './commands/functions';
import { invoiceCommand } from './commands/invoice';
import { scenariosCommand } from './commands/scenarios';
import { reconcileCommand } from './commands/reconcile';
import { reviewCommand } from './commands/review';
import { templateCommand } from './commands/template';
import { verifyCommand } from './commands/verify';
import { processIo, type CliIo, type ExitCode } from './io';

const USAGE = `usage: outcome-fees <command>   (outcome-fees <command> --help: that command alone;
                                           outcome-fees --version: the release)

  eval [--lang en|fr] "FORMULA"
                             evaluate one formula, e.g. eval "BONUSMALUS(0.78, 0.75, 50000, 50000)"
  functions [--lang en|fr]   list the worksheet functions with their help
  demo [--template NAME] [--lang en|fr] [--period YYYY-MM] [-o FILE.xlsx]
                             write a demo workbook: Contract, Actuals and invoice sheets
  template NAME [--lang en|fr] [--actuals]
                             print a template's contract JSON (or its sample actuals CSV)
  check --contract FILE --actuals FILE
                             list every problem of a contract and its actuals (exit 1 if any)
  invoice --contract FILE --actuals FILE --period YYYY-MM [-o FILE.xlsx | --json]
                             build one invoice: JSON on stdout, or an .xlsx invoice sheet
  invoice --contract FILE|FOLDER [...] --actuals FILE [...] (--period YYYY-MM..YYYY-MM | --from A --to B)
          [-o FILE.xlsx] [--summary-only]
                             every invoice of the range (and of every contract) in one workbook, with a
                             Summary sheet (one contract) or a Portfolio sheet (several); --summary-only
                             writes that sheet alone
            [--paper A4|Letter]   the invoice sheets' print setup (default: from the currency)
            [--corrects ISSUED.json|ISSUED.xlsx]   the credit or debit note of an issued invoice (or
                             of its last correction note) instead
  reconcile --contract FILE --actuals FILE --period YYYY-MM --supplier FILE [--mapping FILE.csv]
            [--tolerance 0.00] [--json] [-o FILE.xlsx]
                             check the supplier's invoice line by line, with dispute notes
                             (exit 0 all match, 1 a difference, 2 an error)
  verify --invoice FILE.xlsx|FILE.json --contract FILE|FOLDER [...] --actuals FILE [...] [--json]
                             report every line or amount edited since the invoice was written, and
                             whether its fingerprint matches (exit 0 / 1 / 2 as reconcile)
  review --contract FILE --actuals FILE --period YYYY-MM..YYYY-MM [-o FILE.xlsx | --json]
                             the supplier performance review: each KPI invoice by invoice, met or missed,
                             its amount, misses per KPI, weighted achievement (a Performance sheet)
  scenarios --contract FILE --scenarios FILE.csv [--period YYYY-MM [--actuals FILE]] [-o FILE.xlsx | --json]
                             price each scenario (Scenario,Kind,Name,Value) as one invoicing period
  curve --contract FILE --kpi NAME [--from X --to Y --steps N]
        (--actuals FILE --period YYYY-MM | --scenarios FILE.csv --scenario NAME [--period YYYY-MM])
        [-o FILE.xlsx | --json]
                             the fee across a KPI's values, the rest held at the base
  exposure --contract FILE (--actuals FILE --period YYYY-MM | --scenarios FILE.csv --scenario NAME
           [--period YYYY-MM]) [-o FILE.xlsx | --json]
                             the least and the most the invoice can be over every KPI value
  forecast --contract FILE --actuals FILE --from YYYY-MM --to YYYY-MM [--simulations N] [--seed S]
           [--distributions FILE.csv] [-o FILE.xlsx | --json]
                             mean, P10, P50, P90 of each invoice and of their sum; budget at risk
  compare --contract FILE --contract FILE [...]
          (--actuals FILE [--period YYYY-MM|YYYY-MM..YYYY-MM | --from YYYY-MM --to YYYY-MM
          [--simulations N] [--seed S] [--distributions FILE.csv]] | --scenarios FILE.csv)
          [-o FILE.xlsx | --json]
                             contracts side by side, line kind by line kind, difference last − first;
                             on a forecast, mean invoices on the same draws
  docs [--check] [--root DIR] [--lang en|fr]
                             write (or check) docs/functions.md and docs/functions.fr.md

--contract takes a contract .json or a workbook (.xlsx) with a Contract sheet, --actuals an actuals .csv
or a workbook with an Actuals sheet. A period YYYY-MM may also be named as its invoice is: a quarter
2026-Q4, a half-year 2026-H1 or a year 2026 (refused, saying what to type, where the contract is not
invoiced by that span). Exit codes: 0 done, 1 a problem with the inputs or a file, 2 a usage
error.`;

/** Commands by name: a Map, so `constructor` or `__proto__` is an unknown command like any other. */
const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['eval', evalCommand],
  ['functions', functionsCommand],
  ['docs', docsCommand],
  ['demo', demoCommand],
  ['template', templateCommand],
  ['check', checkCommand],
  ['invoice', invoiceCommand],
  ['scenarios', scenariosCommand],
  ['curve', curveCommand],
  ['exposure', exposureCommand],
  ['forecast', forecastCommand],
  ['compare', compareCommand],
  ['reconcile', reconcileCommand],
  ['verify', verifyCommand],
  ['review', reviewCommand],
]);

const HELP: ReadonlySet<string | undefined> = new Set(['help', '--help', '-h']);
const VERSION_USAGE = 'usage: outcome-fees --version';

/**
 * `CMD --help`: the command's one-line usage, then the lines of the general help that describe it (both
 * of invoice's), cut from USAGE so the two never say different things.
 */
function commandHelp(name: string, command: Command): string {
  const lines = USAGE.split('\n');
  const own: string[] = [];
  let inside = false;
  for (const line of lines) {
    const starts = /^ {2}([a-z]+)(?: |$)/.exec(line)?.[1];
    if (starts !== undefined) inside = starts === name;
    else if (line.trim() === '') inside = false;
    if (inside) own.push(line);
  }
  return [command.usage, ...own].join('\n');
}

/**
 * Whether the arguments ask for help: `--help` or `-h` anywhere before `--` (even where a value was due:
 * `--lang --help` is a question, not a language), or alone for `eval`, whose formula may start with "-".
 */
function asksHelp(rest: readonly string[], command: Command): boolean {
  if (command.verbatim) {
    // eval reads `--lang X` (or `--lang=X`) before its formula: what follows is the formula or the question.
    const formula = rest[0] === '--lang' ? 2 : rest[0]?.startsWith('--lang=') ? 1 : 0;
    return rest.length === formula + 1 && (rest[formula] === '--help' || rest[formula] === '-h');
  }
  const end = rest.indexOf('--');
  return (end < 0 ? rest : rest.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** The release, from the package.json above this file (core/cli/ in the sources, dist/core/cli/ built). */
function packageVersion(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    let manifest: { name?: unknown; version?: unknown } | undefined;
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    } catch {
      manifest = undefined;
    }
    if (manifest?.name === 'outcome-fees' && typeof manifest.version === 'string') return manifest.version;
  }
  throw new CliError((t) => t.cannotRead(join(__dirname, 'package.json'), t.fileReasons.ENOENT));
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  // `help invoice`, `--help invoice` and `-h invoice` ask what `invoice --help` asks.
  const [name, ...rest] = HELP.has(argv[0]) && argv.length > 1 ? [argv[1], '--help'] : argv;
  if (name === undefined || HELP.has(name)) {
    io.out(USAGE);
    return 0;
  }
  if (name === '--version') {
    if (rest.length > 0) throw usageError((t) => t.unexpectedArgument(rest[0]), VERSION_USAGE);
    io.out(`outcome-fees ${packageVersion()}`);
    return 0;
  }
  const command = COMMANDS.get(name);
  if (!command && holdsControl(name))
    throw new CliError((t) => t.controlCharacter(undefined, JSON.stringify(name)), 2);
  if (!command) {
    const names = [...COMMANDS.keys()];
    throw new CliError((t) => t.unknownCommand(name, names, nearestName(name, names)), 2);
  }
  if (asksHelp(rest, command)) {
    io.out(commandHelp(name, command));
    return 0;
  }
  const args = command.verbatim
    ? { values: {}, positionals: rest }
    : parseCommandArgs(rest, command.options, command.maxPositionals, command.usage);
  return command.run(args, io);
}

/**
 * Runs the CLI and resolves to the exit code; never calls process.exit, so tests can run it in-process.
 * Never rejects: a CliError is its one line on stderr with its exit code, and anything unexpected is one
 * line too (exit 1), never a stack trace.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<ExitCode> {
  beginRun(io.stdin);
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.in(await runLanguage(argv)));
      return error.exitCode;
    }
    io.err(cliTexts(await runLanguage(argv)).unexpected(oneLine(error)));
    return 1;
  }
}

// `node dist/core/cli/main.js …` is the command line too, not a module loaded for nothing (exit 0, no
// output): it hands over to bin/outcome-fees.js, whose guards make any failure one line.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded for its effect: it runs main
if (require.main === module) require('../../../bin/outcome-fees.js');
