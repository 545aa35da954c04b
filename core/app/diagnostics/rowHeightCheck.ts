/**
 * The tallest row the painters write (acceptedRowHeight's cap, Excel's documented tallest row): the main
 * sheet plans its first row at it, and the height is read back where the port reads heights (Excel). A
 * host refusing the height would fail the paint; one keeping another height shows here.
 */
import { MAX_ROW_HEIGHT } from '../../layout/rowHeights';
import type { PlanRowHeight } from '../../layout/sheetPlan';
import { andThen, type MaybePromise } from '../maybePromise';
import { messageOf } from '../messageOf';
import type { WorkbookPort } from '../workbookPort';
import { attempt } from './outcome';
import type { DiagnosticCheck, Texts } from './result';

/** The main sheet's row planned at the cap. */
export const TALL_ROW: PlanRowHeight = { row: 0, height: MAX_ROW_HEIGHT };
/** A host may keep a height to its pixel: one pixel at 96 dpi is 0.75 point. */
const PIXEL = 0.75;

/** Whether the row reads back at the cap, to the pixel; not checked where the port reads no heights. */
export function rowHeightCheck(port: WorkbookPort, t: Texts, sheet: string): MaybePromise<DiagnosticCheck> {
  const { rowHeights } = port;
  if (!rowHeights)
    return { id: 'rowHeight', status: 'notChecked', title: t.title.rowHeight, seen: t.noRowHeightsWhy };
  const check = (passed: boolean, seen: string): DiagnosticCheck => ({
    id: 'rowHeight',
    status: passed ? 'passed' : 'failed',
    title: t.title.rowHeight,
    seen,
  });
  return andThen(
    attempt(() => rowHeights.call(port, sheet, [TALL_ROW.row])),
    (read) => {
      if (!read.ok) return check(false, messageOf(read.error));
      const height = read.value[0] ?? null;
      const kept = height !== null && Math.abs(height - TALL_ROW.height) <= PIXEL;
      return check(kept, t.sawRowHeight(TALL_ROW.height, height));
    },
  );
}
