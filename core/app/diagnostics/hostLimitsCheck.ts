/**
 * The host's limits the painters write within, tried on the empty sheet once every other check is made
 * (a host that took a spreadsheet past its cells would leave no room for them): Google Sheets' 100
 * characters of a sheet name and 10,000,000 cells of a spreadsheet (past them only: the pane will not fill
 * the user's spreadsheet to try the limit itself), Excel's 31 characters and its last row and column. The
 * Sheets painter refuses a paint past the cells before inserting a sheet, Excel's a plan past the grid
 * (excel-addin/checkPlan.ts), and both name sheets within 31 characters: a host that took more would be
 * refused sheets it could hold; one that refused less, a paint that half-fails.
 */
import { andThen, type MaybePromise } from '../maybePromise';
import type { WorkbookPort } from '../workbookPort';
import { failureText } from './failureText';
import { attempt } from './outcome';
import type { DiagnosticCheck, Texts } from './result';

export function hostLimitsCheck(port: WorkbookPort, t: Texts, sheet: string): MaybePromise<DiagnosticCheck> {
  const check = (status: DiagnosticCheck['status'], seen: string): DiagnosticCheck => ({
    id: 'hostLimits',
    status,
    title: t.title.hostLimits,
    seen,
  });
  const { probeLimits } = port;
  if (!probeLimits) return check('notChecked', t.noLimitsWhy);
  return andThen(
    attempt(() => probeLimits.call(port, sheet)),
    (probed) => {
      if (!probed.ok) return check('failed', failureText(t, probed.error));
      const seen = t.list(probed.value.map((probe) => t.sawLimit(probe)));
      const kept = probed.value.every((probe) => probe.atMax !== false && !probe.pastMax);
      return kept ? check('passed', seen) : check('failed', t.limitsWrong(seen));
    },
  );
}
