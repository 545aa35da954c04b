import { TEXT_FORMAT, type SheetPlan } from '../../layout/sheetPlan';
import type { WorkbookPort } from '../workbookPort';
import { andThen, type MaybePromise } from '../maybePromise';
import { cellAt, describe } from './cells';
import { attempt } from './outcome';
import { leftBehind } from './cleanup';
import { failureText } from './failureText';
import type { DiagnosticCheck, Painted, Texts } from './result';

/**
 * A tiny table with a native line chart, an XY line chart (the fee curve's), a met/missed highlight and a
 * COUNTIF of "missed" (the performance review counts misses so); the COUNTIF's value is what the host
 * computes, 1.
 */
function chartPlan(t: Texts): SheetPlan {
  const column = (col: number) => ({ row: 1, col, rows: 2, cols: 1 });
  return {
    name: t.sheetNames.chart,
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          ['Status', 'Value', 'Misses'],
          ['met', 1, 1],
          ['missed', 2, null],
        ],
        formulas: [
          [null, null, null],
          [null, null, '=COUNTIF(A2:A3,"missed")'],
          [null, null, null],
        ],
        numberFormats: [
          [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT],
          [TEXT_FORMAT, null, null],
          [TEXT_FORMAT, null, null],
        ],
      },
    ],
    conditionalFormats: [{ ...column(0), equals: 'met', fill: '#e6f4ea', color: '#137333' }],
    charts: [
      {
        kind: 'line',
        title: 'Diagnostics',
        categories: column(0),
        series: [{ name: 'Value', values: column(1) }],
        anchor: { row: 0, col: 3 },
        xTitle: 'Status',
        yTitle: 'Value',
      },
      {
        kind: 'xyLines',
        title: 'Diagnostics XY',
        categories: column(1),
        series: [{ name: 'Value', values: column(1) }],
        anchor: { row: 16, col: 3 },
        xTitle: 'Value',
      },
    ],
  };
}

/**
 * Paints the chart sheet and reads it back: the check, and the sheet to delete if it was made, or those a
 * failed paint left.
 */
export function chartCheck(port: WorkbookPort, t: Texts): MaybePromise<{ check: DiagnosticCheck } & Painted> {
  const check = (passed: boolean, seen: string): DiagnosticCheck => ({
    id: 'chartAndHighlight',
    status: passed ? 'passed' : 'failed',
    title: t.title.chartAndHighlight,
    seen,
  });
  return andThen(
    attempt(() => port.paint([{ plan: chartPlan(t) }])),
    (painted): MaybePromise<{ check: DiagnosticCheck } & Painted> => {
      if (!painted.ok)
        return { check: check(false, failureText(t, painted.error)), left: leftBehind(painted.error) };
      const sheet = painted.value[0]!;
      return andThen(
        attempt(() => port.readSheets([sheet])),
        (read) => {
          const grid = read.ok ? (read.value[0] ?? []) : [];
          const misses = cellAt(grid, 1, 2);
          const same = cellAt(grid, 1, 0) === 'met' && cellAt(grid, 2, 1) === 2 && misses === 1;
          const seen = read.ok
            ? same
              ? t.sawPainted
              : t.list([cellAt(grid, 1, 0), misses].map((value) => describe(value, t)))
            : failureText(t, read.error);
          return { check: check(same, seen), sheet };
        },
      );
    },
  );
}
