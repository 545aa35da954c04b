/**
 * The month of a supplier's line Date cell (the day the service was given), held to the period reconciled
 * as a Period cell is. A date cell, ISO text (`2026-10-15`) or a day before a month `statedPeriodSpan`
 * reads (`15 Oct 2026`, `15 octobre 2026`) names one month; `05/10/2026` names October (day first, as
 * European exports print it) or May (month first, as American ones do) when both numbers are 12 or less,
 * and the row is then in the period when either month is.
 */
import { readPeriodCell, type CellValue } from '../contract/sheet/cells';
import type { Period } from '../contract/types';
import { statedPeriodSpan } from './statedPeriod';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAY_FIRST = /^(\d{1,2})(?:er)? (.+)$/u;

function month(year: string, month: number, day: number): Period | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
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

/** The months a Date cell may mean (one, or two for `05/10/2026`), or `undefined` when it is no date. */
export function lineDateMonths(value: CellValue): readonly Period[] | undefined {
  if (typeof value !== 'string') {
    // A date and time (46326.5) is that day.
    const read = readPeriodCell(typeof value === 'number' ? Math.floor(value) : value);
    return read === undefined ? undefined : [read];
  }
  const text = value.trim().replace(/[\u00a0\u202f]/g, ' ');
  const iso = ISO.exec(text);
  if (iso) {
    const read = month(iso[1], Number(iso[2]), Number(iso[3]));
    return read === undefined ? undefined : [read];
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    const readings = [month(numeric[3], second, first), month(numeric[3], first, second)];
    const months = [...new Set(readings.flatMap((m) => (m === undefined ? [] : [m])))];
    return months.length === 0 ? undefined : months;
  }
  const named = DAY_FIRST.exec(text);
  const span =
    named && Number(named[1]) >= 1 && Number(named[1]) <= 31 ? statedPeriodSpan(named[2]) : undefined;
  return span !== undefined && span.first === span.last ? [span.first] : undefined;
}
