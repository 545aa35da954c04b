/**
 * A sheet with nothing in it, painted with the main sheet and read on its own as Reconcile reads a sheet
 * (its number formats and hidden rows in the same read): a user's empty sheet, or one whose rows were all
 * deleted, must read as empty, not fail the read. Google Sheets' getDataRange() of an empty sheet is A1
 * alone, a 1 × 1 range of one empty cell, which the Sheets server reads (its hidden rows' probe takes the
 * read's first row for the sheet's width); Excel's getUsedRange(valuesOnly) is A1 there too, where the
 * read of the hidden rows asks for it (excel-addin/sheetValues.ts), and the values' used range a null
 * object, read as no cell. Either is empty: no more than one cell, blank, and no row said hidden.
 */
import type { Grid } from '../../contract/sheet/cells';
import type { SheetPlan } from '../../layout/sheetPlan';
import { andThen, type MaybePromise } from '../maybePromise';
import type { WorkbookPort } from '../workbookPort';
import { isBlank } from './cells';
import { failureText } from './failureText';
import { attempt } from './outcome';
import type { DiagnosticCheck, Texts } from './result';

export function emptyPlan(t: Texts): SheetPlan {
  return { name: t.sheetNames.empty, blocks: [] };
}

export function emptySheetCheck(port: WorkbookPort, t: Texts, sheet: string): MaybePromise<DiagnosticCheck> {
  const check = (passed: boolean, seen: string): DiagnosticCheck => ({
    id: 'emptySheetRead',
    status: passed ? 'passed' : 'failed',
    title: t.title.emptySheetRead,
    seen,
  });
  /** The sheet's values, and the rows its read says hidden where the read names them. */
  type Read = { readonly values: Grid; readonly hiddenRows?: readonly number[] } | null;
  const read = (): MaybePromise<readonly Read[]> =>
    port.readFormattedSheets
      ? port.readFormattedSheets([sheet], { hiddenRows: true })
      : andThen(port.readSheets([sheet]), (grids) => grids.map((values) => values && { values }));
  return andThen(attempt(read), (outcome): DiagnosticCheck => {
    if (!outcome.ok) return check(false, failureText(t, outcome.error));
    const got = outcome.value[0];
    if (!got) return check(false, t.sawNoSheet(sheet));
    const { values } = got;
    const hidden = got.hiddenRows ?? [];
    const rows = values.length;
    const columns = Math.max(0, ...values.map((row) => row.length));
    const blank = values.every((row) => row.every((value) => isBlank(value)));
    return check(
      rows <= 1 && columns <= 1 && blank && hidden.length === 0,
      t.sawEmptyRead(
        rows,
        columns,
        blank,
        hidden.map((row) => row + 1),
      ),
    );
  });
}
