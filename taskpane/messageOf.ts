/** The user-facing text of a rejection: bridges reject with `Error`s written for the user; `''` if none. */
export function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  ) {
    return (error as { message: string }).message;
  }
  return '';
}
