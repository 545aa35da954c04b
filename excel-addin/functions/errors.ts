/**
 * Core error kinds as Excel custom function errors. The enum is read from the `CustomFunctions` global at
 * call time (office.js defines it in the shared runtime; tests install a shim), never bundled.
 */
import type { ErrorKind, FeeError } from '../../core/errors';
import { utf8Bytes, type PayloadLimit } from '../../core/hosts/payloadLimit';

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

/** The `errorType` office.js writes for each error code when it serializes an error result. */
const ERROR_TYPES: Readonly<Record<ErrorKind, string>> = {
  '#VALUE!': 'Value',
  '#DIV/0!': 'Div0',
  '#NUM!': 'Num',
  '#N/A': 'NotAvailable',
  '#REF!': 'Ref',
  '#NAME?': 'Name',
  '#NULL!': 'Null',
};

/**
 * An error element as office.js sends it to Excel: `CustomFunctionError.prototype.toJSON` in
 * custom-functions-runtime.js (the message only for #VALUE! and #N/A, the codes that show one).
 */
export function excelErrorJson(error: FeeError): Record<string, string> {
  const showsMessage = (error.kind === '#VALUE!' || error.kind === '#N/A') && error.message !== '';
  return {
    valueType: 'CustomFunctionError',
    code: error.kind,
    type: 'Error',
    basicValue: error.kind,
    basicType: 'Error',
    ...(showsMessage ? { message: error.message } : {}),
    errorType: ERROR_TYPES[error.kind],
  };
}

/**
 * Excel's limit on one custom function call: about 5 MB of arguments or of result (office-js #4654). One
 * call may use 4 MB, leaving room for the request around it and for other calls Excel sends in the same
 * batch.
 */
export const EXCEL_PAYLOAD_LIMIT: PayloadLimit = {
  host: 'Excel',
  hostLimit: 'about 5 MB',
  maxBytes: 4_000_000,
  errorBytes: (error) => utf8Bytes(JSON.stringify(excelErrorJson(error))),
};
