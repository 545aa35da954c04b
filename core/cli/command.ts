import type { OptionSpec, ParsedArgs } from './args';
import type { CliIo, ExitCode } from './io';

/** One command of the CLI: its one-line usage, the options it accepts, and what it does. */
export interface Command {
  /** One line: `usage: outcome-fees invoice --contract FILE …`. */
  readonly usage: string;
  /** Accepted options; anything else is a usage error. */
  readonly options: OptionSpec;
  /** How many positional arguments it takes at most. */
  readonly maxPositionals: number;
  /**
   * Arguments handed over unparsed (as positionals): `eval` takes its formula verbatim, since a formula
   * may start with "-" and is not an option.
   */
  readonly verbatim?: boolean;
  readonly run: (args: ParsedArgs, io: CliIo) => ExitCode | Promise<ExitCode>;
}
