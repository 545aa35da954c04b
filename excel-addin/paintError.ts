import { paintFailureText, type PaintCleanup } from '../core/i18n/paintFailure';
import { paintReasonsText, type PaintReason } from '../core/i18n/paintReasons';
import { isOfficeError, officeErrorCode } from './officeError';

export type { PaintCleanup };

/**
 * Painting failed: `sheetNames` says which sheets were being built, `reason` why (the host's message, or
 * what the painter found as data: `reasons`, which the pane words in its language, and `reason` says in
 * English), `cleanup` what is left in the workbook. Its message is the failure in English, as the core
 * words it, for logs and tests; the task pane words it from these fields in its own language.
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
    const reasons = typeof reason === 'string' ? undefined : reason;
    super(paintFailureText('en', { sheetNames, reason: english, reasons, cleanup }), { cause });
    this.name = 'PaintError';
    this.reason = english;
    if (reasons) this.reasons = reasons;
  }
}

/**
 * A readable reason from whatever a sync threw. Office.js errors (OfficeExtension.Error) carry a code and,
 * in `debugInfo.errorLocation`, the API that failed (`Range.numberFormat`): both help the user report it.
 */
export function hostErrorReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { debugInfo } = error as Error & { debugInfo?: { errorLocation?: unknown } };
  const details = [officeErrorCode(error), debugInfo?.errorLocation ? `at ${debugInfo.errorLocation}` : '']
    .filter((part) => part !== '')
    .join(' ');
  const message = error.message.replace(/[.\s]+$/, '');
  return details ? `${message} (${details})` : message;
}

/**
 * Why a sync failed, as a paint reports it: Excel's AccessDenied (a workbook open read-only or for viewing
 * only, or protected; office-js #664) as data the pane explains in its language with what to do, since
 * Excel's own "You cannot perform the requested operation" says neither; any other failure in Excel's words.
 */
export function hostFailureReason(error: unknown): string | PaintReason[] {
  const reason = hostErrorReason(error);
  return isOfficeError(error, 'AccessDenied') ? [{ problem: 'accessDenied', detail: reason }] : reason;
}
