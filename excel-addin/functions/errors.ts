/**
 * Core error kinds as Excel custom function errors. The enum is read from the `CustomFunctions` global at
 * call time (office.js defines it in the shared runtime; tests install a shim), never bundled.
 */
import type { ErrorKind, FeeError } from '../../core/errors';

/** The `CustomFunctions.ErrorCode` member for each core error kind. */
export const EXCEL_ERROR_CODES: Readonly<Record<ErrorKind, keyof typeof CustomFunctions.ErrorCode>> = {
  '#VALUE!': 'invalidValue',
  '#DIV/0!': 'divisionByZero',
  '#NUM!': 'invalidNumber',
  '#N/A': 'notAvailable',
  '#REF!': 'invalidReference',
  '#NAME?': 'invalidName',
  '#NULL!': 'nullReference',
};

/**
 * The core error as a `CustomFunctions.Error`, message included. Excel displays the message only on
 * `#VALUE!` and `#N/A` (the runtime drops it for the other codes), and shows `#VALUE!` for the input-only
 * codes `#REF!` and `#NAME?` when they are thrown; the core only produces those when an input cell held
 * that error, so the cell still shows that something upstream is broken.
 */
export function toExcelError(error: FeeError): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[EXCEL_ERROR_CODES[error.kind]], error.message);
}
