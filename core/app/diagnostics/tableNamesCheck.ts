/**
 * The names the Excel painter gives a plan's tables (core/layout/tableName.ts), taken by the host as given:
 * a second table of one name takes `_2` and a third, differing in case only, `_3`, as the tables of a
 * second contract or invoice in one workbook do; a name that reads as a cell reference takes a leading
 * `_`; a letter of any script stays. They are painted on a sheet of their own, so a refusal fails that
 * paint alone, and their names read back where the port reads them.
 */
import { uniqueTableName } from '../../layout/tableName';
import type { PlanValue, SheetPlan } from '../../layout/sheetPlan';
import { andThen, type MaybePromise } from '../maybePromise';
import { messageOf } from '../messageOf';
import type { WorkbookPort } from '../workbookPort';
import { attempt } from './outcome';
import type { DiagnosticCheck, Texts } from './result';

const TABLE_BASES = ['Diagnostics', 'Diagnostics', 'diagnostics', 'A1', 'Écarts KPI'] as const;
/** Each base as the painter names it in a workbook holding no table yet. */
const GIVEN = TABLE_BASES.map((base) => uniqueTableName(base, []));

/** One one-column table per base, a header and a row, an empty column between two (tables may not touch). */
function namesPlan(t: Texts): SheetPlan {
  const row = (cell: (i: number) => PlanValue): PlanValue[] =>
    TABLE_BASES.flatMap((_, i) => (i === 0 ? [cell(i)] : [null, cell(i)]));
  return {
    name: t.sheetNames.names,
    blocks: [{ row: 0, col: 0, values: [row((i) => `Column ${i + 1}`), row((i) => i + 1)] }],
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

/**
 * Paints the names sheet and reads its tables' names back: the check, and the sheet to delete if it was
 * made; not checked (nothing painted) where the port reads no table names.
 */
export function tableNamesCheck(
  port: WorkbookPort,
  t: Texts,
): MaybePromise<{ check: DiagnosticCheck; sheet?: string }> {
  const check = (status: DiagnosticCheck['status'], seen: string): DiagnosticCheck => ({
    id: 'tableNames',
    status,
    title: t.title.tableNames,
    seen,
  });
  const { tableNames } = port;
  if (!tableNames) return { check: check('notChecked', t.noTableNamesWhy) };
  return andThen(
    attempt(() => port.paint([{ plan: namesPlan(t) }])),
    (painted): MaybePromise<{ check: DiagnosticCheck; sheet?: string }> => {
      if (!painted.ok) return { check: check('failed', t.tableNamesRefused(messageOf(painted.error))) };
      const sheet = painted.value[0]!;
      return andThen(
        attempt(() => tableNames.call(port, sheet)),
        (read) => {
          if (!read.ok) return { check: check('failed', messageOf(read.error)), sheet };
          const seen = t.sawTableNames(read.value);
          return keptNames(read.value)
            ? { check: check('passed', seen), sheet }
            : { check: check('failed', t.tableNamesOther(seen, GIVEN)), sheet };
        },
      );
    },
  );
}
