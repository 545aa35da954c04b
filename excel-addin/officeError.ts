/**
 * The one rule for which Office.js error a failure is: a sync rejects with an `OfficeExtension.Error`
 * whose `code` is one of `Excel.ErrorCodes`' values. The add-in reads the code here, and only here, as
 * text: the enum exists only where Office.js is loaded, and a code may arrive on a copy that lost its class.
 */

/** The codes the add-in acts on (Excel.ErrorCodes' values). */
export type OfficeErrorCode =
  | 'AccessDenied'
  | 'InvalidOperationInCellEditMode'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

/** The Office.js code `error` carries (`ItemNotFound`), or `''` when it carries none. */
export function officeErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code.trim() : '';
}

/** Causes followed at most: a paint failure wraps the sync's error, which nothing wraps again. */
const CAUSE_DEPTH = 5;

/**
 * Whether `error` is Office's `code`; with `throughCauses`, also when one of its causes is (a paint
 * failure keeps the sync's error as its cause).
 */
export function isOfficeError(
  error: unknown,
  code: OfficeErrorCode,
  { throughCauses = false }: { readonly throughCauses?: boolean } = {},
): boolean {
  const depth = throughCauses ? CAUSE_DEPTH : 1;
  for (let e = error, i = 0; e && i < depth; e = (e as { cause?: unknown }).cause, i++)
    if (officeErrorCode(e) === code) return true;
  return false;
}
