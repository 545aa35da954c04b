/**
 * A workbook's date system. Excel keeps a date as a serial number of days, counted from 1899-12-30 in the
 * 1900 system and from 1904-01-01 in the 1904 system (File → Options → Advanced → "Use 1904 date system",
 * Excel for Mac's old default). The core counts every serial in the 1900 system (core/layout/dateCell.ts),
 * so in a 1904 workbook each date read would be 1,462 days early (an October 2026 header read as
 * September 2022) and each date painted 4 years late. The port converts at the boundary, here, and learns
 * the system without writing a cell: DATE(2000, 1, 1) answers 36526 in the 1900 system, 35064 in 1904.
 */
import { isDayFormat } from '../core/contract/sheet/cells';
import { DATE_1904_OFFSET_DAYS, dateSerial } from '../core/layout/dateCell';

export type DateSystem = '1900' | '1904';

const PROBE = { year: 2000, month: 1, day: 1 } as const;
const PROBE_1904 = dateSerial('2000-01-01') - DATE_1904_OFFSET_DAYS;

/**
 * Queues the probe in the batch about to be synced (no sync of its own); after that sync, the returned
 * function tells the system. An answer that is neither system's (a host without Excel.Functions gives
 * none) keeps the 1900 system, the one every other host counts in.
 */
export function queueDateSystem(context: Excel.RequestContext): () => DateSystem {
  const probe = context.workbook.functions.date(PROBE.year, PROBE.month, PROBE.day);
  probe.load('value');
  return () => (probe.value === PROBE_1904 ? '1904' : '1900');
}

/**
 * Each number a format shows as a day (`isDayFormat`: `mmm yyyy`, `dd/mm/yyyy hh:mm`), counted from the
 * other system's day 0: read from a 1904 workbook into the 1900 count (`direction` 1) or painted from it
 * into the workbook's (-1). A time of day or a duration (`h:mm`, `[h]:mm`) is the same number in both
 * systems; other cells, and every cell of a 1900 workbook, are returned as they are.
 */
function convertDates(
  system: DateSystem,
  direction: 1 | -1,
  cells: readonly (readonly unknown[])[],
  formatAt: (row: number, col: number) => unknown,
): unknown[][] {
  return cells.map((row, r) =>
    row.map((value, c) => {
      if (system === '1900' || typeof value !== 'number' || !Number.isFinite(value)) return value;
      const format = formatAt(r, c);
      return typeof format === 'string' && isDayFormat(format)
        ? value + direction * DATE_1904_OFFSET_DAYS
        : value;
    }),
  );
}

/** Values read from the workbook, their dates counted as the core counts them. */
export function datesToCore(
  system: DateSystem,
  values: readonly (readonly unknown[])[],
  numberFormats: readonly (readonly unknown[])[],
): unknown[][] {
  return convertDates(system, 1, values, (r, c) => numberFormats[r]?.[c]);
}

/** Cells about to be painted, their dates counted as the workbook counts them. */
export function datesToWorkbook<T>(
  system: DateSystem,
  cells: readonly (readonly T[])[],
  numberFormats: readonly (readonly string[])[] | null,
): T[][] {
  return convertDates(system, -1, cells, (r, c) => numberFormats?.[r]?.[c]) as T[][];
}
