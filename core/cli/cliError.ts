import type { Language } from '../contract/types';
import { cliTexts, type CliTexts } from '../i18n/cli';
import { UnreadableCell } from '../xlsx/readCells';

/** Exit status of a command: 0 success, 1 a problem with the inputs or the files, 2 a usage error. */
export type ExitCode = 0 | 1 | 2;

/**
 * A message worded by the command line's texts, for a failure found before the contract says its language
 * (an option, a file that cannot be read): `main` says it in the language of the run (`runLanguage`).
 */
export type Said = (t: CliTexts, lang: Language) => string;

/**
 * A failure the CLI reports as one line on stderr, with its exit code (2 for usage errors, 1 otherwise).
 * Commands throw it from any depth; `main` prints it, so no command needs its own error plumbing.
 */
export class CliError extends Error {
  private readonly said: Said | undefined;

  constructor(
    message: string | Said,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(typeof message === 'string' ? message : message(cliTexts('en'), 'en'));
    this.name = 'CliError';
    this.said = typeof message === 'string' ? undefined : message;
  }

  /** The message in `lang`; one given as a string was written in the contract's language already. */
  in(lang: Language): string {
    return this.said ? this.said(cliTexts(lang), lang) : this.message;
  }

  /** The same failure with another exit code. */
  withExitCode(exitCode: 1 | 2): CliError {
    return new CliError(this.said ?? this.message, exitCode);
  }
}

/** A usage error (exit 2): what is wrong, then the command's one-line usage. */
export function usageError(reason: string | Said, usage: string): CliError {
  return new CliError(
    (t, lang) => t.withUsage(typeof reason === 'string' ? reason : reason(t, lang), usage),
    2,
  );
}

/** Any thrown value as one line of text: no stack, no line breaks. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Why a workbook could not be read, as one line in `lang`: a cell the reader refused (`readCells.ts`) is
 * said in that language, anything else as thrown.
 */
export function workbookFailure(error: unknown, lang: Language): string {
  return error instanceof UnreadableCell ? error.in(lang) : oneLine(error);
}
