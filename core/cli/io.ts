import type { InputStream } from './inputFile';
import type { WriteFs } from './outputFile';

export type { ExitCode } from './cliError';

/** Where CLI commands write: injectable so tests run commands in-process. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** The file system output files are written through; tests inject a failing one. Default: Node's. */
  readonly fs?: WriteFs;
  /** What an input given as `-` reads; tests give a stream. Default: the process's standard input. */
  readonly stdin?: InputStream;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
