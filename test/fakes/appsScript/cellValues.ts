/**
 * What a cell holds, and how the fake turns a written value into it. `setValues` in Apps Script behaves
 * like typing (the Sheets API's USER_ENTERED input): `=…` becomes a formula, `12` a number, `TRUE` a
 * boolean, `'…` the text after the apostrophe, unless the cell's number format is plain text (`@`), which
 * keeps the string as written, a leading apostrophe and a `\r\n` included. Google documents neither (its
 * Range reference says only that a string beginning with "=" is a formula): core/app/diagnostics.ts
 * HOST_ASSUMPTIONS, checked by the Diagnostics self-test's textStaysText.
 */
import { isDate } from './callLog';
import { isWellFormedExpression } from './formula';

/** A value as `getValues` returns it; the empty string is a blank cell. */
export type CellValue = string | number | boolean | Date;

/** What a written value becomes: a constant, or a formula whose value is computed when read. */
export interface CellContent {
  readonly value: CellValue;
  readonly formula: string | null;
  /**
   * The number format typing gives a cell nobody formatted: a typed `20%` is 0.2 shown as `0%`, `20.5%`
   * `0.00%` (undocumented: Sheets' Format > Number > Percent menu item is `0.00%`).
   */
  readonly format?: string;
}

/** The number format that makes a cell plain text. */
export const PLAIN_TEXT_FORMAT = '@';

const BLANK: CellContent = { value: '', formula: null };
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;

/**
 * The content a value written with `setValues` gives a cell whose number format is `format`.
 * Parsed: formulas, numbers, percentages (formatted as such where the cell has no format), booleans. Not parsed (they stay strings, where real Sheets
 * would convert them): dates, currencies, locale-specific separators.
 */
export function userEntered(input: unknown, format: string | null): CellContent {
  if (input === null || input === undefined) return BLANK;
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: null };
  if (isDate(input)) return { value: new Date(input.getTime()), formula: null };
  const text = String(input);
  if (format === PLAIN_TEXT_FORMAT) return { value: text, formula: null };
  const typed = parseTyped(text);
  return typed.format !== undefined && format !== null ? { value: typed.value, formula: null } : typed;
}

/**
 * What `setFormulas` stores: a formula when the text starts with `=`, otherwise the text is entered as a
 * value would be; an empty string clears the cell.
 */
export function formulaEntered(input: unknown, format: string | null): CellContent {
  const text = input === null || input === undefined ? '' : String(input);
  if (text.startsWith('=')) return { value: '', formula: text };
  return userEntered(text, format);
}

function parseTyped(text: string): CellContent {
  if (text === '') return BLANK;
  if (text.startsWith('=')) return { value: '', formula: text };
  // Typed, an apostrophe marks what follows as text, and the cell keeps only what follows.
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: null };
  if (PERCENT.test(trimmed)) {
    const percent = trimmed.slice(0, -1);
    return { value: Number(percent) / 100, formula: null, format: percent.includes('.') ? '0.00%' : '0%' };
  }
  if (/^true$/i.test(trimmed)) return { value: true, formula: null };
  if (/^false$/i.test(trimmed)) return { value: false, formula: null };
  // As in Excel, a leading + or - that starts a well-formed expression (`-1+2`, `+A1*2`) makes a formula;
  // a dash label (`-`, `- item`, `+cmd`) stays text. Stricter than needed is safer in a fake.
  if ((text.startsWith('+') || text.startsWith('-')) && isWellFormedExpression(text)) {
    return { value: '', formula: `=${text}` };
  }
  return { value: text, formula: null };
}
