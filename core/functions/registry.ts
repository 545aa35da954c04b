/**
 * Every worksheet function, declared once. Excel's functions.json, the Sheets stubs and JSDoc, the CLI and
 * docs/functions*.md are generated from this list; adding a function is one file in defs/ and one line here
 * (or in `cellRegistry.ts` for a function that needs nothing but its arguments).
 *
 * CONTRACTFEE is in Excel, the CLI and Node but not in Google Sheets: it carries the contract reader and
 * the invoice engine (≈ 150 KiB), and Apps Script loads every file of a project on every custom-function
 * call, so it would make every cell function's cold call 2.5× heavier (Code.js ≤ 100 KiB, issue 9).
 */
import { CELL_FUNCTIONS } from './cellRegistry';
import { CONTRACTFEE } from './defs/contractFee';
import type { FunctionSpec } from './types';

export const FUNCTIONS: readonly FunctionSpec[] = [...CELL_FUNCTIONS, CONTRACTFEE];

/** Functions that only Excel, the CLI and Node carry (see above). */
export const NOT_IN_SHEETS: ReadonlySet<string> = new Set([CONTRACTFEE.name]);

const BY_NAME = new Map(FUNCTIONS.map((f) => [f.name, f]));

/** The function of that name, case-insensitive, or undefined. */
export function findFunction(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name.toUpperCase());
}
