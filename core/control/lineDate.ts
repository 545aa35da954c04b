/**
 * The month of a supplier's line Date cell (the day the service was given), held to the period reconciled
 * as a Period cell is. A date cell, ISO text (`2026-10-15`), a day and a month in words, English or French
 * (`15 Oct 2026`, `15-Oct-2026`, `1er octobre 2026`, `October 15, 2026`, `Oct. 15th, 2026`) and a dotted
 * date (`31.10.2026`, always day first) name one month. Digits with slashes or dashes name one when a
 * number is over 12 (`15/10/2026`, `10/15/2026`); `05/10/2026` is 5 October day first, as European
 * exports print it, or 10 May month first, as American ones do: it reads in the order the column shows
 * elsewhere, else day first in a French file, and is otherwise refused, never read the way that happens to
 * pass.
 */
import { readPeriodCell, type CellValue } from '../contract/sheet/cells';
import type { Period } from '../contract/types';
import { statedPeriodSpan } from './statedPeriod';

/** Which number of `05/10/2026` is the day. */
export type DateOrder = 'day-first' | 'month-first';

/**
 * A Date cell read: its month, or the two days (ISO) its digits may be when no order is known, which the
 * reconciliation refuses where one is in the period reconciled and the other is not.
 */
export type LineDateReading =
  | { readonly month: Period }
  | { readonly ambiguous: { readonly dayFirst: string; readonly monthFirst: string } };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const NUMERIC = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
const ORDINAL = '(?:st|nd|rd|th|er)?';
/** `15 October 2026`, `1er octobre 2026`, `15-Oct-2026`, `15 oct. 2026`. */
const DAY_FIRST = new RegExp(`^(\\d{1,2})${ORDINAL}[ -](\\p{L}+\\.?)[ -](\\d{4})$`, 'u');
/** `October 15, 2026`, `Oct. 15th 2026`. */
const MONTH_FIRST = new RegExp(`^(\\p{L}+\\.?) (\\d{1,2})${ORDINAL},? (\\d{4})$`, 'u');

/** `2026-10` for a real day of that month (31/02/2026 is none). */
function monthOf(year: string, month: number, day: number): Period | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(Number(year), month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The month a month name and year stand for (`Oct.`, `octobre`, `Sept`), for a real day of it. */
function namedMonth(name: string, year: string, day: number): Period | undefined {
  const span = statedPeriodSpan(`${name} ${year}`);
  if (span === undefined || span.first !== span.last) return undefined;
  return monthOf(year, Number(span.first.slice(5)), day);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A date cell's day as problems quote it: a workbook's date is a serial number (46326), which the buyer
 * sees as 2026-10-31; text as written.
 */
export function lineDateText(value: CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number')
    return new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS).toISOString().slice(0, 10);
  return String(value ?? '').trim();
}

function spaced(text: string): string {
  return text.trim().replace(/[\u00a0\u202f]/g, ' ');
}

/** The order a date in digits shows by a number over 12 (`15/10/2026` day first), or none. */
export function shownDateOrder(value: CellValue): DateOrder | undefined {
  const numeric = typeof value === 'string' ? NUMERIC.exec(spaced(value)) : null;
  if (!numeric) return undefined;
  const [first, second] = [Number(numeric[1]), Number(numeric[3])];
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return undefined;
}

/**
 * What a Date cell says, read in `order` where its digits could be either, or `undefined` when it is no
 * date.
 */
export function lineDateReading(value: CellValue, order?: DateOrder): LineDateReading | undefined {
  if (typeof value !== 'string') {
    // A date and time (46326.5) is that day.
    const read = readPeriodCell(typeof value === 'number' ? Math.floor(value) : value);
    return read === undefined ? undefined : { month: read };
  }
  const text = spaced(value);
  const found = (month: Period | undefined) => (month === undefined ? undefined : { month });
  const iso = ISO.exec(text);
  if (iso) return found(monthOf(iso[1], Number(iso[2]), Number(iso[3])));
  const dotted = DOTTED.exec(text);
  if (dotted) return found(monthOf(dotted[3], Number(dotted[2]), Number(dotted[1])));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[3]), numeric[4]];
    const dayFirst = monthOf(year, second, first);
    const monthFirst = monthOf(year, first, second);
    if (dayFirst === undefined || monthFirst === undefined || dayFirst === monthFirst)
      return found(dayFirst ?? monthFirst);
    if (order !== undefined) return { month: order === 'day-first' ? dayFirst : monthFirst };
    const day = (month: Period, day: number) => `${month}-${String(day).padStart(2, '0')}`;
    return { ambiguous: { dayFirst: day(dayFirst, first), monthFirst: day(monthFirst, second) } };
  }
  const named = DAY_FIRST.exec(text);
  if (named) return found(namedMonth(named[2], named[3], Number(named[1])));
  const monthFirst = MONTH_FIRST.exec(text);
  return monthFirst ? found(namedMonth(monthFirst[1], monthFirst[3], Number(monthFirst[2]))) : undefined;
}
