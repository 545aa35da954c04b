/** What became of the new sheet when painting failed. */
export type PaintCleanup = 'not-created' | 'removed' | 'left';

const AFTERMATH: Readonly<Record<PaintCleanup, string>> = {
  'not-created': 'No sheet was created.',
  removed: 'The half-built sheet was removed.',
  left: 'The half-built sheet could not be removed: please delete it.',
};

/**
 * Painting a sheet failed: `sheetName` says which sheet, `reason` why (the host's message), `cleanup` what
 * is left in the workbook. The message is written for the user and shown as is by the task pane.
 */
export class PaintError extends Error {
  constructor(
    readonly sheetName: string,
    readonly reason: string,
    readonly cleanup: PaintCleanup,
    cause?: unknown,
  ) {
    super(`Could not build the sheet "${sheetName}": ${reason}. ${AFTERMATH[cleanup]}`, { cause });
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
