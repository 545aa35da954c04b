/**
 * The user-facing text of a failure, for the pane (both hosts') and the Diagnostics report: the message of
 * anything carrying one (an Error of any realm: the Sheets sidebar's failures come from google.script.run,
 * Excel's are OfficeExtension.Errors), a thrown text as it is, `''` when there is none, for the caller to
 * say "unexpected error" in its language.
 */
export function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : '';
}
