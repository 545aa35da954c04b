/**
 * The real `CustomFunctions.Error` class of office.js, taken from the runtime the package ships
 * (@microsoft/office-js dist/custom-functions-runtime.debug.js) and run on its own: its `toJSON` is what
 * Excel receives for an error element, so payload sizes are measured against it rather than a guess.
 */
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';

const RUNTIME = require.resolve('@microsoft/office-js/dist/custom-functions-runtime.debug.js');

/** The runtime's error class: `new (code, message)`, serialized by `JSON.stringify` as Excel gets it. */
export type OfficeErrorClass = new (code: string, message?: string) => Error & { code: string };

/** Extracts the ErrorCode enum and the CustomFunctionError class from the runtime and evaluates them. */
export function officeCustomFunctionError(): OfficeErrorClass {
  const source = readFileSync(RUNTIME, 'utf8');
  const start = source.indexOf('!function(ErrorCode) {');
  const endMarker = 'exports.CustomFunctionError = CustomFunctionError;';
  const end = source.indexOf(endMarker, start);
  if (start < 0 || end < 0) throw new Error(`office.js changed: no CustomFunctionError in ${RUNTIME}`);
  const context = createContext({ exports: {} });
  runInContext(
    [
      'var ErrorCode;',
      // TypeScript's helper, as the runtime defines it.
      'var __extends = function (d, b) { Object.setPrototypeOf(d, b);',
      '  function __() { this.constructor = d; } d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __()); };',
      source.slice(start, end + endMarker.length),
    ].join('\n'),
    context,
  );
  return (context.exports as { CustomFunctionError: OfficeErrorClass }).CustomFunctionError;
}
