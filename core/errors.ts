/** Typed failures. In the core an error is a value; hosts turn it into their own error type once. */

/** Spreadsheet error kinds the core produces or propagates. */
export type ErrorKind = '#VALUE!' | '#DIV/0!' | '#NUM!' | '#N/A' | '#REF!' | '#NAME?' | '#NULL!';

export const ERROR_KINDS: readonly ErrorKind[] = [
  '#VALUE!',
  '#DIV/0!',
  '#NUM!',
  '#N/A',
  '#REF!',
  '#NAME?',
  '#NULL!',
];

/** A failed evaluation: its kind and a message naming the function, argument and cell. */
export interface FeeError {
  readonly kind: ErrorKind;
  readonly message: string;
}

export function feeError(kind: ErrorKind, message: string): FeeError {
  return { kind, message };
}

export function isFeeError(value: unknown): value is FeeError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FeeError).kind === 'string' &&
    typeof (value as FeeError).message === 'string' &&
    (ERROR_KINDS as readonly string[]).includes((value as FeeError).kind)
  );
}

/**
 * Thrown by fee models when a combination of valid arguments has no answer (levels out of order, a zero
 * divisor). The function runner catches it and turns it into a `FeeError` naming the function and cell,
 * so model code stays pure arithmetic.
 */
export class ModelFault extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** The argument at fault, as named in the function contract (`target`, `tiers`). */
    readonly argument: string,
    /** What was expected, as a sentence fragment: `must be > 0`. */
    readonly expectation: string,
    /** The values that break it, when the expectation names another argument: `0.7, threshold 0.8`. */
    readonly got?: string,
  ) {
    super(`${argument} ${expectation}${got === undefined ? '' : ` (got ${got})`}`);
    this.name = 'ModelFault';
  }
}
