/**
 * Build-time generator of the Apps Script entry module: one `global.NAME = function (...) {...}` with its
 * JSDoc per registry function and per server function; gas-webpack-plugin turns each into the top-level
 * declaration Apps Script needs. Implemented in `entrySource.js` so webpack.sheets.config.js can require it.
 */
import type { FunctionSpec } from '../../core/functions/types';

/** A top-level function of Code.js that is not a worksheet function. */
export interface ServerFunction {
  readonly name: string;
  readonly params: readonly string[];
  /** The module under sheets-addon/ that exports a function of the same name. */
  readonly module: string;
  readonly doc: string;
}

/** Triggers, menu items and the sidebar's server functions, in declaration order. */
export const SERVER_FUNCTIONS: readonly ServerFunction[];

/** The entry module's source for `functions`, to be written in `outDir`, requiring from `addonDir`. */
export function entrySource(options: {
  readonly functions: readonly FunctionSpec[];
  readonly outDir: string;
  readonly addonDir: string;
}): string;

/** Stub names and parameter names, which the minifier must not rename. */
export function stubIdentifiers(functions: readonly FunctionSpec[]): string[];

/** The JSDoc block of one worksheet function, as Apps Script's autocomplete reads it. */
export function customFunctionDoc(spec: FunctionSpec): string;
