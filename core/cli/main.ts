/** The `outcome-fees` command line. Each command lives in its own file under commands/. */
import { parseCommandArgs } from './args';
import { CliError, oneLine } from './cliError';
import type { Command } from './command';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { docsCommand } from './commands/docs';
import { evalCommand } from './commands/eval';
import { functionsCommand } from './commands/functions';
import { invoiceCommand } from './commands/invoice';
import { templateCommand } from './commands/template';
import { processIo, type CliIo, type ExitCode } from './io';

const USAGE = `usage: outcome-fees <command>

  eval "FORMULA"             evaluate one formula, e.g. eval "BONUSMALUS(0.78, 0.75, 50000, 50000)"
  functions [--lang en|fr]   list the worksheet functions with their help
  demo [--template NAME] [--lang en|fr] [--period YYYY-MM] [-o FILE.xlsx]
                             write a demo workbook: Contract, Actuals and invoice sheets
  template NAME [--lang en|fr] [--actuals]
                             print a template's contract JSON (or its sample actuals CSV)
  check --contract FILE --actuals FILE
                             list every problem of a contract and its actuals (exit 1 if any)
  invoice --contract FILE --actuals FILE --period YYYY-MM [-o FILE.xlsx | --json]
                             build one invoice: JSON on stdout, or an .xlsx invoice sheet
  docs [--check]             write (or check) docs/functions.md and docs/functions.fr.md

--contract takes a contract .json or a workbook (.xlsx) with a Contract sheet, --actuals an actuals .csv
or a workbook with an Actuals sheet. Exit codes: 0 done, 1 a problem with the inputs or a file, 2 a usage
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
]);

const HELP = new Set(['help', '--help', '-h']);

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP.has(name)) {
    io.out(USAGE);
    return 0;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    throw new CliError(
      `unknown command '${name}'; commands: ${[...COMMANDS.keys()].join(', ')} (outcome-fees help)`,
      2,
    );
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
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    io.err(`outcome-fees: unexpected error: ${oneLine(error)}`);
    return 1;
  }
}
