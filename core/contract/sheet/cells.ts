/**
 * Cell values as hosts hand them over, and their conversion to the contract's JSON values. A blank cell is
 * "no value" (never zero); anything that is not what the column expects is a problem, never a guess.
 */
import { ENUM_VALUES, type CellKind } from '../sheetSpec';
import { enumLabel, parseEnumLabel, type ContractProblems } from '../../i18n/contract';
import { dec, fromHostNumber, quotient } from '../../money';
import { readNumberText, type NumberSource, type NumberTextRead } from '../numberText';
import { isPeriod, periodFromIndex } from '../period';
import type { Language } from '../types';

/**
 * One cell: numbers, text, booleans, `Date` (Google Sheets hands dates so), `null`/`undefined`/`""` for a
 * blank, or `{ error: "#N/A" }` as exceljs reads an error cell. Excel hands error cells as `"#N/A"` text.
 */
export type CellValue = string | number | boolean | Date | null | undefined | { readonly error: string };

/** A sheet's used range as rows of cells; rows may be shorter than others. */
export type Grid = readonly (readonly CellValue[])[];

const ERROR_CODES =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ERROR!|GETTING_DATA)$/;

/** Whether a cell holds nothing (blank text counts as nothing). */
export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The cell at (row, col), `undefined` beyond the grid. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid[row]?.[col];
}

/** Whether every cell of a row is blank. */
export function isBlankRow(grid: Grid, row: number): boolean {
  return (grid[row] ?? []).every(isBlank);
}

/** The spreadsheet error a cell holds, if any. */
export function errorCode(value: CellValue): string | undefined {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return value.error;
  if (typeof value === 'string' && ERROR_CODES.test(value.trim())) return value.trim();
  return undefined;
}

/** A converted cell: its JSON value (`undefined` for a blank) or the problem. */
export type CellRead = { readonly value: string | number | undefined } | { readonly problem: string };

/** Text of a cell for labels and headers: trimmed, numbers as digits, anything else empty. */
export function cellText(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

/**
 * Reads a cell as `kind` wants it; `lang` is the language of problems and of the lists they quote. `source`
 * says which number conventions a number written as text may use (`numberText.ts`): a cell's are unknown.
 */
export function readCell(
  value: CellValue,
  kind: CellKind,
  p: ContractProblems,
  lang: Language,
  source: NumberSource = 'unknown',
): CellRead {
  if (isBlank(value)) return { value: undefined };
  const error = errorCode(value);
  if (error !== undefined) return { problem: p.errorValue(error) };
  const got = () => p.describe(value);
  switch (kind.type) {
    case 'text':
      if (typeof value === 'string') return { value: value.trim() };
      if (typeof value === 'number') return { value: String(value) };
      return { problem: p.expectedText(got()) };
    case 'decimal': {
      if (value instanceof Date) return { problem: dateForNumber(value, p) };
      const time = typeof value === 'string' ? TIME_TEXT.exec(value.trim()) : null;
      if (time) return { problem: timeText(time, p) };
      const read = readDecimalCell(value, source);
      if ('value' in read) return read;
      if (read.problem === 'ambiguous') return { problem: p.ambiguousNumber(got(), ...read.readings) };
      if (read.problem === 'scientific') return { problem: p.scientificNumber(got()) };
      // Text with digits that the file's convention does not read: say which convention it expects.
      if (typeof value === 'string' && /\d/.test(value) && source !== 'unknown')
        return { problem: p.numberConvention(source === 'semicolon-file' ? ';' : ',', got()) };
      return { problem: p.expectedNumber(got()) };
    }
    case 'integer': {
      const read = readDecimalCell(value, source);
      const n = 'value' in read ? Number(read.value) : NaN;
      if (Number.isInteger(n) && n >= kind.min && n <= kind.max) return { value: n };
      return { problem: p.expectedInteger(kind.min, kind.max, got()) };
    }
    case 'period': {
      const period = readPeriodCell(value);
      return period === undefined ? { problem: p.expectedPeriod(got()) } : { value: period };
    }
    case 'months': {
      if (typeof value === 'string') return { value: value.trim() };
      // A month typed in a cell not formatted as text is a date by the time it is read (2026-11 as
      // 46327): it counts for its month, as in a From cell. Any other number is left to the months' check.
      const month = readPeriodCell(value);
      if (month !== undefined) return { value: month };
      if (typeof value === 'number') return { value: String(value) };
      return { problem: p.expectedText(got()) };
    }
    case 'enum': {
      const parsed = typeof value === 'string' ? parseEnumLabel(kind.list, value) : undefined;
      if (parsed !== undefined) return { value: parsed };
      const options = ENUM_VALUES[kind.list].map((v) => enumLabel(kind.list, v, lang));
      return { problem: p.expectedOneOf(options, got()) };
    }
  }
}

/**
 * A date or time where a number belongs. A time alone (a day of Excel's epoch, 1899-12-30) is a typed
 * `7:30` or `3:24`: its hours as a decimal are what was meant, of hours or of minutes and seconds alike.
 */
/** `7:30`, `3:24:30`: hours (or minutes) and minutes (and seconds), as a clock shows them. */
const TIME_TEXT = /^(\d{1,4}):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * A time where a number belongs, with the decimal number it stands for: `7:30` is 7.5 (hours, or minutes
 * and seconds alike); `0:03:24`, minutes and seconds under no hour, is 3.4.
 */
function timeProblem(shown: string, h: number, m: number, s: number, p: ContractProblems): string {
  const [units, per] = h === 0 && s !== 0 ? [m * 60 + s, 60] : [h * 3600 + m * 60 + s, 3600];
  return p.timeForNumber(shown, p.decimal(quotient(dec(units), dec(per)).toDecimalPlaces(6)));
}

function timeText(match: RegExpExecArray, p: ContractProblems): string {
  const [h, m, s] = [match[1], match[2], match[3] ?? '0'].map(Number);
  return timeProblem(match[0], h, m, s, p);
}

/**
 * A date or time where a number belongs. A time alone (within the first day of Excel's epoch) is a typed
 * `7:30` or `3:24`; Sheets hands its day only, midnight, which is said as a date: no hint to give.
 */
function dateForNumber(value: Date, p: ContractProblems): string {
  const seconds = Math.round((value.getTime() - EXCEL_EPOCH_MS) / 1000);
  if (!(seconds > 0 && seconds < DAY_MS / 1000)) return p.dateForNumber(p.describe(value));
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return timeProblem(`${h}:${two(m)}${s ? `:${two(s)}` : ''}`, h, m, s, p);
}

/**
 * A number cell as a plain decimal string. Numbers enter through `fromHostNumber` (the 15 significant
 * digits the sheet shows); text through `readNumberText`, under the conventions of `source`.
 */
export function readDecimalCell(value: CellValue, source: NumberSource = 'unknown'): NumberTextRead {
  if (typeof value === 'number')
    return Number.isFinite(value) ? { value: fromHostNumber(value).toFixed() } : { problem: 'not-a-number' };
  if (typeof value !== 'string') return { problem: 'not-a-number' };
  return readNumberText(value, source);
}

/** Days from Excel's epoch (1899-12-30) for 1990-01-01 and 2100-01-01: serials outside are not months. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73051;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Whether an Excel number format shows a date or a time (`d/m/yyyy`, `h:mm`, `[h]:mm:ss`): any of the
 * letters d, m, y, h, s outside its quoted text, escapes, fills, paddings and `[$€-fr-FR]`, `[Red]` tags.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  return /[dmyhs]/i.test(formatCodes(format));
}

/** A number format's date and time codes: what is left outside its literal text and tags. */
function formatCodes(format: string | null | undefined): string {
  if (!format || format === 'General') return '';
  return format.replace(/"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]/gi, '');
}

/**
 * Whether a date or time format shows a day (`d/m/yyyy`, `mmm yyyy`): a day, a year, or months with no
 * hours or seconds beside them (where `m` is minutes). A time of day or a duration (`h:mm`, `[h]:mm:ss`)
 * is the same number in every date system; a day is counted from the system's day 0.
 */
export function isDayFormat(format: string | null | undefined): boolean {
  const codes = formatCodes(format);
  return /[dy]/i.test(codes) || (/m/i.test(codes) && !/[hs]/i.test(codes));
}

/**
 * The grid as the readers take it: a number a date or time format shows (`h:mm` over 0.3125, what Excel
 * keeps of a typed `7:30`; a French Excel's `01-mai` for a typed `1.5`) becomes the `Date` it shows, as
 * Sheets hands it, so a value cell refuses it rather than bill 0.3125 hours or 46,143 interactions.
 */
export function withDates(values: Grid, numberFormats: readonly (readonly (string | null)[])[]): Grid {
  if (!numberFormats.some((row) => row.some(isDateFormat))) return values;
  return values.map((row, r) =>
    row.map((value, c) =>
      typeof value === 'number' && Number.isFinite(value) && isDateFormat(numberFormats[r]?.[c])
        ? new Date(EXCEL_EPOCH_MS + Math.round(value * DAY_MS))
        : value,
    ),
  );
}

/**
 * A month cell: `YYYY-MM` text, a `Date`, or an Excel date serial (Excel hands dates as numbers when a
 * typed `2026-10` became a date). A date counts for its month.
 */
export function readPeriodCell(value: CellValue): string | undefined {
  if (typeof value === 'string') return isPeriod(value.trim()) ? value.trim() : undefined;
  if (value instanceof Date) return dateMonth(value);
  if (typeof value === 'number' && Number.isInteger(value) && value >= SERIAL_MIN && value <= SERIAL_MAX) {
    const date = new Date(EXCEL_EPOCH_MS + value * DAY_MS);
    return periodFromIndex(date.getUTCFullYear() * 12 + date.getUTCMonth());
  }
  return undefined;
}

/**
 * The month of a date. Sheets builds dates at midnight in the spreadsheet's time zone, which may be the
 * evening before in UTC: a date that is the 1st of a month in local time counts for that month.
 */
function dateMonth(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const local = date.getDate() === 1;
  const year = local ? date.getFullYear() : date.getUTCFullYear();
  const month = local ? date.getMonth() : date.getUTCMonth();
  return periodFromIndex(year * 12 + month);
}
