import { paintReasonsText, type PaintReason } from '../core/i18n/paintReasons';

/** What became of the new sheet when painting failed. */
export type PaintCleanup = 'not-created' | 'removed' | 'left';

const AFTERMATH: Readonly<Record<PaintCleanup, string>> = {
  'not-created': 'No sheet was created.',
  removed: 'What had been built was removed.',
  left: 'What had been built could not be removed: please delete it.',
};

function describeSheets(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length === 1 ? `the sheet ${quoted[0]}` : `the sheets ${quoted.join(', ')}`;
}

/**
 * Painting failed: `sheetNames` says which sheets were being built, `reason` why (the host's message, or
 * what the painter found as data: `reasons`, which the pane words in its language, and `reason` says in
 * English), `cleanup` what is left in the workbook. The English message is for logs and tests; the task
 * pane words the failure from these fields (core/i18n/paintFailure.ts).
 */
export class PaintError extends Error {
  readonly reason: string;
  readonly reasons?: readonly PaintReason[];

  constructor(
    readonly sheetNames: readonly string[],
    reason: string | readonly PaintReason[],
    readonly cleanup: PaintCleanup,
    cause?: unknown,
  ) {
    const english = typeof reason === 'string' ? reason : paintReasonsText('en', reason);
    super(`Could not build ${describeSheets(sheetNames)}: ${english}. ${AFTERMATH[cleanup]}`, { cause });
    this.name = 'PaintError';
    this.reason = english;
    if (typeof reason !== 'string') this.reasons = reason;
  }
}

/**
 * A readable reason from whatever a sync threw. Office.js errors (OfficeExtension.Error) carry a code and,
 * in `debugInfo.errorLocation`, the API that failed (`Range.numberFormat`): both help the user report it.
 */
export function hostErrorReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, debugInfo } = error as Error & { code?: unknown; debugInfo?: { errorLocation?: unknown } };
  const details = [
    typeof code === 'string' ? code : '',
    debugInfo?.errorLocation ? `at ${debugInfo.errorLocation}` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
  const message = error.message.replace(/[.\s]+$/, '');
  return details ? `${message} (${details})` : message;
}
