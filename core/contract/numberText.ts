/**
 * Numbers written as text: CSV fields, and cells that hold a number pasted as text. The rule, decided once:
 * - a `;`-separated file is a French or German export: decimal comma, thousands separated by `.` or a
 *   space (also the no-break and narrow no-break spaces spreadsheets print): `42.500`, `42 500`, `0,774`;
 * - a `,`-separated file has a decimal point and no comma in a number (a quoted `"1,500"` could be either
 *   convention): thousands only by spaces;
 * - a CSV file that shows the other mark in one value cell (`3.4` in a `;` file, a Swiss or English export;
 *   `"0,774"` in a `,` one) has that cell refused, and every cell the two marks read differently (`1.250`:
 *   1.25 or 1250) too, naming the first: `sheet/markEvidence.ts`;
 * - a cell, or a tab-separated file, has no known convention: the text is read when every convention that
 *   reads it gives the same number (`0,774`, `77.4 %`), and is an error when they differ (`1,234`).
 * Thousands groups are checked (`1.5` is no thousands grouping), a trailing `%` divides by 100, and anything
 * else is an error naming the cell: never a guess. Scientific notation is refused too, with its own reason:
 * a spreadsheet writes it for a number too wide for its column, with digits lost. More than 15 significant
 * digits are read as a cell holding them shows them (`asCellHoldsIt`). Numbers (not text) enter through
 * `fromHostNumber`.
 */
import { HOST_DIGITS, HUNDRED, dec, fromHostNumber, quotient } from '../money';

/** A number convention: its decimal mark and the characters that may separate thousands. */
export interface NumberConvention {
  readonly decimal: '.' | ',';
  readonly groups: readonly string[];
}

const SPACES = [' ', '\u00a0', '\u202f'];

/** A mantissa in either convention, then an exponent: `7.74E-01`, `7,74E-01`, `1E6`. */
const SCIENTIFIC = /^[+\-\u2212]?[\d.,]*\d[eE][+\-\u2212]?\d+$/;

/** French and German exports: `1.234,5`, `1 234,5`. */
export const DECIMAL_COMMA: NumberConvention = { decimal: ',', groups: ['.', ...SPACES] };
/** `,`-separated files: `1234.5`, `1 234.5`; a comma in a number is an error. */
export const DECIMAL_POINT: NumberConvention = { decimal: '.', groups: SPACES };
/** English text in a cell: `1,234.5`. */
const ENGLISH_TEXT: NumberConvention = { decimal: '.', groups: [',', ...SPACES] };

/** Where a text number comes from, which decides the conventions that may read it. */
export type NumberSource = 'semicolon-file' | 'comma-file' | 'unknown';

const CONVENTIONS: Readonly<Record<NumberSource, readonly NumberConvention[]>> = {
  'semicolon-file': [DECIMAL_COMMA],
  'comma-file': [DECIMAL_POINT],
  unknown: [ENGLISH_TEXT, DECIMAL_COMMA],
};

/** A text number read: its plain decimal form, or why not. */
export type NumberTextRead =
  | { readonly value: string }
  | { readonly problem: 'not-a-number' }
  /**
   * Scientific notation: a spreadsheet writes `1.23457E+11` for 123456789012 in a column too narrow for
   * it, so the text holds fewer digits than the cell did; read, it would be a plausible wrong number.
   */
  | { readonly problem: 'scientific' }
  /** Two conventions read it differently: `1,234` is 1.234 or 1234. */
  | { readonly problem: 'ambiguous'; readonly readings: readonly [string, string] };

/** Reads a text number from `source`; see the module comment for the rule. */
export function readNumberText(text: string, source: NumberSource): NumberTextRead {
  const readings: string[] = [];
  for (const convention of CONVENTIONS[source]) {
    const value = withConvention(text, convention);
    if (value !== undefined && !readings.includes(value)) readings.push(value);
  }
  if (readings.length === 0) return { problem: SCIENTIFIC.test(text.trim()) ? 'scientific' : 'not-a-number' };
  if (readings.length > 1) return { problem: 'ambiguous', readings: [readings[0], readings[1]] };
  return { value: asCellHoldsIt(readings[0]) };
}

/**
 * A number of more significant digits than a cell holds, as a cell holding it shows it: text that long is
 * the round-trip form of a double, as a program exports one (`0.8999999999999999` for 0.7+0.2), and read
 * exactly it would miss a threshold the Actuals sheet, reading that double, meets. Up to 15 digits, and
 * beyond what a double holds, the digits written are kept.
 */
function asCellHoldsIt(value: string): string {
  const number = dec(value);
  if (number.sd() <= HOST_DIGITS) return value;
  const double = Number(value);
  return Number.isFinite(double) ? fromHostNumber(double).toFixed() : value;
}

/**
 * What a text number says of the decimal mark its file is written with: `3.4` reads with a decimal point
 * only, `0,774` with a decimal comma only, `1.250` with either, differently (1.25 or 1250); `42 500` and
 * `n/a` say nothing.
 */
export type MarkClue = 'point' | 'comma' | 'either';

export function markClue(text: string): MarkClue | undefined {
  const point = withConvention(text, ENGLISH_TEXT);
  const comma = withConvention(text, DECIMAL_COMMA);
  if (point === undefined) return comma === undefined ? undefined : 'comma';
  if (comma === undefined) return 'point';
  return point === comma ? undefined : 'either';
}

/** The clue that a CSV file is written with the other decimal mark than its delimiter implies. */
export function otherMarkOf(source: NumberSource): MarkClue | undefined {
  return source === 'semicolon-file' ? 'point' : source === 'comma-file' ? 'comma' : undefined;
}

/** The reading of `text` under the other decimal mark than its file's: `1.250` in a `;` file is 1.25. */
export function otherReading(text: string, source: NumberSource): string | undefined {
  return withConvention(text, source === 'semicolon-file' ? ENGLISH_TEXT : DECIMAL_COMMA);
}

/** The text as a plain decimal string under one convention, or `undefined` when it does not read. */
export function withConvention(text: string, convention: NumberConvention): string | undefined {
  let body = text.trim();
  const percent = /[ \u00a0\u202f]?%$/.exec(body);
  if (percent) body = body.slice(0, percent.index);
  const sign = /^[+\-\u2212]/.test(body) ? body[0] : '';
  body = body.slice(sign.length);
  const mark = body.indexOf(convention.decimal);
  const whole = mark < 0 ? body : body.slice(0, mark);
  const fraction = mark < 0 ? '' : body.slice(mark + 1);
  if (mark >= 0 && !/^\d+$/.test(fraction)) return undefined;
  const digits = wholeDigits(whole, convention, fraction !== '');
  if (digits === undefined) return undefined;
  const negative = sign === '-' || sign === '\u2212';
  const number = dec(`${negative ? '-' : ''}${digits}${fraction ? `.${fraction}` : ''}`);
  return (percent ? quotient(number, HUNDRED) : number).toFixed();
}

/** The integer part's digits: plain (`42500`), or grouped by threes with one separator (`42 500`). */
function wholeDigits(whole: string, convention: NumberConvention, hasFraction: boolean): string | undefined {
  if (whole === '') return hasFraction ? '0' : undefined;
  if (/^\d+$/.test(whole)) return whole;
  const separator = convention.groups.find((g) => whole.includes(g));
  if (separator === undefined) return undefined;
  const groups = whole.split(separator);
  const [first, ...rest] = groups;
  if (!/^[1-9]\d{0,2}$/.test(first) || !rest.every((g) => /^\d{3}$/.test(g))) return undefined;
  return groups.join('');
}
