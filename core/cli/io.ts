/** Where CLI commands write: injectable so tests run commands in-process. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Exit status of a command. */
export type ExitCode = 0 | 1 | 2;

/** Reads `--name value` and `--flag` options; returns the rest as positional arguments. */
export function parseOptions(args: readonly string[]): {
  options: Map<string, string | true>;
  positional: string[];
} {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.replace(/^--?/, '').split(/=(.*)/s);
    const next = args[i + 1];
    if (inline !== undefined) options.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) options.set(name, args[++i]);
    else options.set(name, true);
  }
  return { options, positional };
}
