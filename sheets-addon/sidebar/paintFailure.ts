/**
 * The Sheets server reports a failed paint as one English sentence (the Apps Script painter's, kept short
 * for Code.js's budget). The sidebar turns it back into a paint failure, as data, so the pane says it in
 * its own language around Google's reason.
 */
import type { PaintCleanup, PaintFailure } from '../../core/i18n/paintFailure';

/** A paint failure reconstructed from the server's message; `message` stays the server's. */
export class SheetsPaintError extends Error implements PaintFailure {
  constructor(
    message: string,
    readonly sheetNames: readonly string[],
    readonly reason: string,
    readonly cleanup: PaintCleanup,
  ) {
    super(message);
    this.name = 'SheetsPaintError';
  }
}

/** `Could not create|paint the sheet "X": reason` (sheets-addon/painter.ts), then what cleanup said. */
const FAILED = /^Could not (create|paint) the sheet "(.+?)": ([\s\S]*)$/;
/** The painter's and the server's notes that a sheet could not be removed. */
const LEFT =
  / \((?:and the half-built sheet could not be removed|the sheet ".+?" could not be removed): [\s\S]*\)$/;
/** The painter removed its sheet but could not re-select the previous one: nothing is left. */
const RESELECT = / \(the half-built sheet was removed, but [\s\S]*\)$/;

/** The paint failure in `error`, or `error` itself when it is not one the server wrote. */
export function paintFailureOf(error: unknown): unknown {
  const message = error instanceof Error ? error.message : '';
  const match = FAILED.exec(message);
  if (!match) return error;
  const [, step, sheet, rest] = match as unknown as [string, string, string, string];
  const left = LEFT.exec(rest);
  const reason = rest.replace(LEFT, '').replace(RESELECT, '');
  const cleanup: PaintCleanup = step === 'create' && !left ? 'not-created' : left ? 'left' : 'removed';
  return new SheetsPaintError(message, [sheet], reason, cleanup);
}
