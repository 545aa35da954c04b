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
 * Painting failed: `sheetNames` says which sheets were being built, `reason` why (the host's message),
 * `cleanup` what is left in the workbook. The message is written for the user; the task pane shows it.
 */
export class PaintError extends Error {
  constructor(
    readonly sheetNames: readonly string[],
    readonly reason: string,
    readonly cleanup: PaintCleanup,
    cause?: unknown,
  ) {
    super(`Could not build ${describeSheets(sheetNames)}: ${reason}. ${AFTERMATH[cleanup]}`, { cause });
    this.name = 'PaintError';
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
