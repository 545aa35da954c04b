/** Exit status of a command: 0 success, 1 a problem with the inputs or the files, 2 a usage error. */
export type ExitCode = 0 | 1 | 2;

/**
 * A failure the CLI reports as one line on stderr, with its exit code (2 for usage errors, 1 otherwise).
 * Commands throw it from any depth; `main` prints it, so no command needs its own error plumbing.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage error (exit 2): what is wrong, then the command's one-line usage. */
export function usageError(reason: string, usage: string): CliError {
  return new CliError(`${reason}; ${usage}`, 2);
}

/** Any thrown value as one line of text: no stack, no line breaks. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
