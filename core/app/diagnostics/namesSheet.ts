/**
 * The names sheet, where the host names tables (Excel): tables planned under the names the painter turns
 * into Excel's (core/layout/tableName.ts), and one like the Actuals table whose month header is a date.
 * A second table of one name takes `_2` and a third, differing in case only, `_3`, as the tables of a
 * second contract or invoice in one workbook do; a name that reads as a cell reference takes a leading
 * `_`; a letter of any script stays. The sheet is painted on its own, so a refusal fails that paint
 * alone; its table names are read back, then its cells.
 */
import { readPeriodCell } from '../../contract/sheet/cells';
import { uniqueTableName } from '../../layout/tableName';
import type { PlanValue, SheetPlan } from '../../layout/sheetPlan';
import { andThen, type MaybePromise } from '../maybePromise';
import type { WorkbookPort } from '../workbookPort';
import { cellAt, describe } from './cells';
import { DATE_FORMAT, OCTOBER_FIRST } from './mainSheet';
import { attempt } from './outcome';
import { leftBehind } from './cleanup';
import { failureText } from './failureText';
import type { DiagnosticCheck, Painted, Texts } from './result';

/** The tables' names as planned, the last the Actuals sheet's. */
const TABLE_BASES = ['Diagnostics', 'Diagnostics', 'diagnostics', 'A1', 'Écarts KPI', 'Actuals'] as const;
/** Each base as the painter names it in a workbook holding no table yet. */
const GIVEN = TABLE_BASES.map((base) => uniqueTableName(base, []));
/** The column of the Actuals-like table, whose header is 1 October 2026 as a date cell. */
const DATE_HEADER_COL = 2 * (TABLE_BASES.length - 1);

/** One one-column table per base, a header and a row, an empty column between two (tables may not touch). */
function namesPlan(t: Texts): SheetPlan {
  const last = TABLE_BASES.length - 1;
  const row = <T extends PlanValue>(cell: (i: number) => T): (T | null)[] =>
    TABLE_BASES.flatMap((_, i) => (i === 0 ? [cell(i)] : [null, cell(i)]));
  return {
    name: t.sheetNames.names,
    blocks: [
      {
        row: 0,
        col: 0,
        values: [row((i) => (i === last ? OCTOBER_FIRST : `Column ${i + 1}`)), row((i) => i + 1)],
        numberFormats: [row((i) => (i === last ? DATE_FORMAT : null)), row(() => null)],
      },
    ],
    tables: TABLE_BASES.map((name, i) => ({ name, row: 0, col: 2 * i, rows: 2, cols: 1 })),
  };
}

/**
 * Whether each given name was kept, or took a `_n` suffix for a table of its name the workbook already
 * had, and no two are the same but for case. The host lists a sheet's tables in its own order.
 */
function keptNames(names: readonly string[]): boolean {
  const left = [...names];
  const found = GIVEN.every((given) => {
    const i = left.findIndex((name) => name === given || new RegExp(`^${escaped(given)}_\\d+$`).test(name));
    return i >= 0 && left.splice(i, 1).length === 1;
  });
  const distinct = new Set(names.map((name) => name.toLowerCase())).size === names.length;
  return found && left.length === 0 && distinct;
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Status = DiagnosticCheck['status'];

/**
 * Paints the names sheet, reads its tables' names back and then its cells: the `tableNames` and
 * `tableHeaderDate` checks, and the sheet to delete if it was made (or those a failed paint left). Both are not checked (nothing
 * painted) where the port reads no table names.
 */
export function namesSheetChecks(
  port: WorkbookPort,
  t: Texts,
): MaybePromise<{ checks: DiagnosticCheck[] } & Painted> {
  const names = (status: Status, seen: string): DiagnosticCheck => ({
    id: 'tableNames',
    status,
    title: t.title.tableNames,
    seen,
  });
  const header = (status: Status, seen: string): DiagnosticCheck => ({
    id: 'tableHeaderDate',
    status,
    title: t.title.tableHeaderDate,
    seen,
  });
  const { tableNames } = port;
  if (!tableNames)
    return {
      checks: [names('notChecked', t.noTableNamesWhy), header('notChecked', t.noTableNamesWhy)],
    };
  return andThen(
    attempt(() => port.paint([{ plan: namesPlan(t) }])),
    (painted): MaybePromise<{ checks: DiagnosticCheck[] } & Painted> => {
      if (!painted.ok) {
        const refused = t.tableNamesRefused(failureText(t, painted.error));
        return {
          checks: [names('failed', refused), header('failed', refused)],
          left: leftBehind(painted.error),
        };
      }
      const sheet = painted.value[0]!;
      return andThen(
        attempt(() => tableNames.call(port, sheet)),
        (listed) =>
          andThen(
            attempt(() => port.readSheets([sheet])),
            (read) => {
              const nameCheck = !listed.ok
                ? names('failed', failureText(t, listed.error))
                : keptNames(listed.value)
                  ? names('passed', t.sawTableNames(listed.value))
                  : names('failed', t.tableNamesOther(t.sawTableNames(listed.value), GIVEN));
              if (!read.ok)
                return { checks: [nameCheck, header('failed', failureText(t, read.error))], sheet };
              const value = cellAt(read.value[0] ?? [], 0, DATE_HEADER_COL);
              const month = readPeriodCell(value);
              const seen = t.sawMonth(describe(value, t), month ?? t.noMonth);
              const headerCheck =
                month === '2026-10' ? header('passed', seen) : header('failed', t.headerDateLost(seen));
              return { checks: [nameCheck, headerCheck], sheet };
            },
          ),
      );
    },
  );
}
