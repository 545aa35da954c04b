/**
 * A program of the machine a test needs (LibreOffice, poppler), run once to its end. Such a test never
 * skips when the program is missing: it would pass on a machine that checks nothing. It fails saying what
 * to install, as `bash .ci/run` does, and a program that fails says its own words, not "Command failed".
 */
import { spawnSync } from 'node:child_process';

export interface Tool {
  /** The command, as on the PATH: `soffice`, `pdftotext`. */
  readonly command: string;
  /** The Debian package `bash .ci/run` installs it from. */
  readonly debianPackage: string;
}

/** What `tool` prints on stdout when run with `args`; throws, naming the tool, if it is missing or fails. */
export function runTool(tool: Tool, args: readonly string[], timeoutMs = 120_000): string {
  const run = spawnSync(tool.command, args, { encoding: 'utf8', timeout: timeoutMs });
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    throw new Error(
      `${tool.command} is not installed, and this test needs it: apt-get install ${tool.debianPackage} ` +
        '(bash .ci/run installs it)',
    );
  if (run.error !== undefined && run.signal !== null)
    throw new Error(`${tool.command} did not finish within ${timeoutMs / 1000} s (${run.signal})`);
  if (run.error !== undefined) throw run.error;
  if (run.status !== 0)
    throw new Error(`${tool.command} ${args.join(' ')} exited ${run.status}: ${run.stderr || run.stdout}`);
  return run.stdout;
}
