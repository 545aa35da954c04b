/**
 * A stand-in for the `CustomFunctions` global that office.js provides in the shared runtime: `associate`
 * records the functions, `Error` and `ErrorCode` behave as in the runtime (an unknown code becomes
 * `#VALUE!`, the message defaults to "").
 */

/** The error codes, as the runtime spells them. */
export const ERROR_CODE = Object.freeze({
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const);

/** The `errorType` office.js sends for each code (custom-functions-runtime.js, `_getErrorType`). */
const ERROR_TYPE: Readonly<Record<string, string>> = {
  '#VALUE!': 'Value',
  '#DIV/0!': 'Div0',
  '#N/A': 'NotAvailable',
  '#NUM!': 'Num',
  '#NAME?': 'Name',
  '#REF!': 'Ref',
  '#NULL!': 'Null',
};

/**
 * An error value as the runtime builds it, for results and for error values in input cells. `toJSON` is
 * what office.js sends to Excel for an error element (`CustomFunctionError.prototype.toJSON` in
 * @microsoft/office-js dist/custom-functions-runtime.debug.js): the payload size tests measure with it.
 */
export class ShimError extends Error {
  readonly code: string;
  constructor(code?: string, message?: string) {
    super(message ?? '');
    this.name = 'CustomFunctionError';
    this.code = code || ERROR_CODE.invalidValue;
  }

  toJSON(): Record<string, string | undefined> {
    const showsMessage = this.code === ERROR_CODE.invalidValue || this.code === ERROR_CODE.notAvailable;
    return {
      valueType: 'CustomFunctionError',
      code: this.code,
      type: 'Error',
      basicValue: this.code,
      basicType: 'Error',
      errorSubType: undefined,
      message: showsMessage && this.message !== '' ? this.message : undefined,
      errorType: ERROR_TYPE[this.code],
    };
  }
}

/** A custom function as associated. */
export type Associated = (...args: unknown[]) => unknown;

/** The shim and what was associated through it. */
export interface CustomFunctionsShim {
  readonly CustomFunctions: {
    associate(id: string, fn: Associated): void;
    readonly Error: typeof ShimError;
    readonly ErrorCode: typeof ERROR_CODE;
  };
  /** Functions by id, in association order. */
  readonly associated: Map<string, Associated>;
}

/** A fresh shim; associating an id twice is an error, as it would shadow a function silently. */
export function createCustomFunctionsShim(): CustomFunctionsShim {
  const associated = new Map<string, Associated>();
  return {
    associated,
    CustomFunctions: {
      associate(id, fn) {
        if (associated.has(id)) throw new Error(`${id} associated twice`);
        if (typeof fn !== 'function') throw new Error(`${id}: not a function`);
        associated.set(id, fn);
      },
      Error: ShimError,
      ErrorCode: ERROR_CODE,
    },
  };
}
