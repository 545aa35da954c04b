/** The `outcome-fees` command line. Each command lives in its own file under commands/. */
import { demoCommand } from './commands/demo';
import { docsCommand } from './commands/docs';
import { evalCommand } from './commands/eval';
import { functionsCommand } from './commands/functions';
import { invoiceCommand } from './commands/invoice';
import { templateCommand } from './commands/template';
import { parseOptions, processIo, type CliIo, type ExitCode } from './io';

const USAGE = `usage: outcome-fees <command>

  eval "FORMULA"             evaluate one formula, e.g. eval "BONUSMALUS(0.78, 0.75, 50000, 50000)"
  functions [--lang en|fr]   list the worksheet functions with their help
  demo [--template NAME] [--lang en|fr] [--period YYYY-MM] [-o FILE]
                             write a demo workbook: Contract, Actuals and invoice sheets
  template NAME [--lang en|fr] [--actuals]
                             print a template's contract JSON (or its sample actuals CSV)
  invoice --contract FILE.json --actuals FILE.csv --period YYYY-MM [-o FILE.xlsx | --json]
                             build one invoice: JSON on stdout, or an .xlsx invoice sheet
  docs [--check]             write (or check) docs/functions.md and docs/functions.fr.md`;

type Command = (
  positional: string[],
  options: Map<string, string | true>,
  io: CliIo,
) => ExitCode | Promise<ExitCode>;

const COMMANDS: Record<string, Command> = {
  eval: (positional, _options, io) => evalCommand(positional, io),
  functions: (_positional, options, io) => functionsCommand(options, io),
  docs: (_positional, options, io) => docsCommand(options, io),
  demo: (_positional, options, io) => demoCommand(options, io),
  template: (positional, options, io) => templateCommand(positional, options, io),
  invoice: (_positional, options, io) => invoiceCommand(options, io),
};

/** Runs the CLI and resolves to the exit code; never calls process.exit, so tests can run it in-process. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.err(USAGE);
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  // `eval` takes the formula verbatim: a formula may start with "-" and must not be read as an option.
  const { options, positional } =
    name === 'eval' ? { options: new Map(), positional: rest } : parseOptions(rest);
  return command(positional, options, io);
}
