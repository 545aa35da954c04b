/**
 * Calls of the add-in's own worksheet functions in the Excel fake: `=FEES.CONTRACTFEE('Contract'!$A$1:$H$40,
 * $B$4:$E$4,B5:E5,"total")`. Excel calculates them by calling the add-in's registered function with the
 * ranges' values; the fake does the same with the implementation a test registers (`FakeExcelOptions.
 * customFunctions`), so a test sees a live formula recalculate when a cell it reads is edited. Arguments
 * are references (on this sheet or a quoted other one), text or number literals, or skipped (`,,`), which
 * is all the add-in writes (Diagnostics' `=FEES.KPISCORE(330,360,300,"lower",,,0.5)`).
 */
import { parseAddress, type Rect } from './a1';

/** A range argument (`sheet` absent: the formula's own sheet), a text or number literal, or a skipped one. */
export type CustomArg =
  | { readonly sheet?: string; readonly rect: Rect }
  | { readonly text: string }
  | { readonly number: number }
  | { readonly skipped: true };

export interface CustomCall {
  readonly name: string;
  readonly args: readonly CustomArg[];
}

/**
 * The implementation of a custom function: range arguments as rows of values (an empty cell `''`), literals
 * as themselves, a skipped argument as `null`.
 */
export type CustomFunction = (
  args: readonly (readonly (readonly (string | number | boolean)[])[] | string | number | null)[],
) => string | number;

const ARG =
  /\s*(?:'((?:[^']|'')+)'!([$A-Z0-9:]+)|([$A-Z]+[$0-9]+(?::[$A-Z]+[$0-9]+)?)|"([^"]*)"|([+-]?\d+(?:\.\d+)?(?:E[+-]?\d+)?)|)\s*(,|\)$)/iy;

/** `text` as a call of one of `names` (case ignored), or null. */
export function parseCustomCall(text: string, names: readonly string[]): CustomCall | null {
  const open = text.indexOf('(');
  if (!text.startsWith('=') || open < 0 || !text.endsWith(')')) return null;
  const name = names.find((n) => n.toUpperCase() === text.slice(1, open).toUpperCase());
  if (!name) return null;
  const args: CustomArg[] = [];
  ARG.lastIndex = open + 1;
  for (;;) {
    const match = ARG.exec(text);
    if (!match) return null;
    const [, sheet, sheetRef, ref, literal, number, end] = match;
    if (literal !== undefined) args.push({ text: literal });
    else if (number !== undefined) args.push({ number: Number(number) });
    else if (sheetRef === undefined && ref === undefined) args.push({ skipped: true });
    else {
      const rect = parseAddress(sheetRef ?? ref);
      if (!rect) return null;
      args.push(sheet !== undefined ? { sheet: sheet.replace(/''/g, "'"), rect } : { rect });
    }
    if (end === ')') return ARG.lastIndex === text.length ? { name, args } : null;
  }
}
