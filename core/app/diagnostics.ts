/**
 * The Diagnostics self-test (issue 10): checks, in the user's own host and through the same port the
 * actions use, the host behaviours the product relies on, on temporary sheets it deletes afterwards
 * (`removePainted`: only the sheets this run painted). A sheet the host would not delete stays, named to
 * say it may be deleted, as does one a failed paint could not take back, and the message names each left
 * and says the user may delete it. Painting activates the new sheet and deleting
 * it activates another, so the run ends by giving the user back the sheet they were on (its selection
 * with it, as both hosts keep one per sheet), and checks that it did.
 */
import { diagnosticsTexts } from '../i18n/diagnostics';
import type { Lang } from './bridge';
import { callsCheck } from './diagnostics/callsSheet';
import { chartCheck } from './diagnostics/chartSheet';
import { cleanupChecks, userPlace } from './diagnostics/cleanup';
import { copiedTagCheck } from './diagnostics/copiedTagCheck';
import { emptyPlan, emptySheetCheck } from './diagnostics/emptySheet';
import { hostLimitsCheck } from './diagnostics/hostLimitsCheck';
import { diagnosticsPlan, hideRow, judge, readMain } from './diagnostics/mainSheet';
import { namesSheetChecks } from './diagnostics/namesSheet';
import { rowHeightCheck } from './diagnostics/rowHeightCheck';
import { sheetNamesCheck } from './diagnostics/sheetNamesCheck';
import { DIAGNOSTICS_TAG, sheetTagCheck } from './diagnostics/sheetTagCheck';
import { notChecked, reportOf } from './diagnostics/report';
import type { DiagnosticCheck, DiagnosticsResult, Texts } from './diagnostics/result';
import { andThen, type MaybePromise } from './maybePromise';
import type { WorkbookPort } from './workbookPort';

export { HOST_ASSUMPTIONS } from './diagnostics/hostAssumptions';
export type { DiagnosticCheck, DiagnosticsResult } from './diagnostics/result';

export interface DiagnosticsOptions {
  /** Milliseconds, for the timing; tests pass a fixed clock. */
  readonly now?: () => number;
  /** Waits between two reads of the calls sheet while the host computes them; tests pass one that does not. */
  readonly wait?: (ms: number) => MaybePromise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Notes where the user is; paints the diagnostics sheet, marked, with an empty sheet beside it, reads the
 * first back (its number formats in the same read) and judges each assumption, lists the workbook to see
 * its mark, reads the empty sheet on its own, duplicates the first and lists the workbook again to see the
 * copy's mark where the port makes copies, adds and deletes pairs of sheet names to see which the host
 * takes for one where the port probes names, reads the height of its row planned at the painters' cap
 * where the port reads heights; then paints and reads the chart sheet, paints the names sheet and reads its
 * table names and its cells where the port reads table names, paints the calls sheet and reads it until its
 * formulas are computed (at most CALL_READS reads), tries the host's limits on the empty sheet where the
 * port can (last: a host that took the spreadsheet past its cells would leave the other paints no room),
 * deletes them, gives the user back their sheet and lists the sheets to see them gone and the user back.
 * One listing and one selection read before, three paints, one row hidden, two reads, one copy and one
 * listing and one height read where the port can, one name probe and one limits probe (a fixed number of
 * syncs) where the port can, one more paint with its two reads where the port can, one listing, two reads
 * and one to CALL_READS more, a deletion per sheet made, one activation, one listing and one selection
 * read after, whatever the workbook holds.
 */
export function runDiagnostics(
  port: WorkbookPort,
  lang: Lang,
  options: DiagnosticsOptions = {},
): MaybePromise<DiagnosticsResult> {
  const now = options.now ?? Date.now;
  const wait = options.wait ?? sleep;
  const t: Texts = { ...diagnosticsTexts(lang), lang };
  return andThen(userPlace(port), (place) => {
    const started = now();
    const plans = [{ plan: diagnosticsPlan(t), tag: DIAGNOSTICS_TAG }, { plan: emptyPlan(t) }];
    return andThen(port.paint(plans), ([sheet, empty]) => {
      const painted = now();
      return andThen(hideRow(port, sheet), (hidden) => {
        const reading = now();
        return andThen(readMain(port, sheet), (main) => {
          const read = now();
          const judged = judge(main, t, painted - started, read - reading, hidden);
          return andThen(sheetTagCheck(port, t, sheet), (tagged) =>
            andThen(emptySheetCheck(port, t, empty), (emptyRead) =>
              andThen(copiedTagCheck(port, t, sheet), (copied) =>
                andThen(sheetNamesCheck(port, t), (folding) =>
                  andThen(rowHeightCheck(port, t, sheet), (tall) =>
                    andThen(chartCheck(port, t), (chart) =>
                      andThen(namesSheetChecks(port, t), (names) =>
                        andThen(callsCheck(port, t, wait, now), (calls) =>
                          andThen(hostLimitsCheck(port, t, empty), (limits) =>
                            andThen(
                              cleanupChecks(
                                port,
                                t,
                                [sheet, empty, copied.sheet, chart.sheet, names.sheet, calls.sheet].filter(
                                  (s): s is string => s !== undefined,
                                ),
                                place,
                                [folding, chart, names, calls].flatMap((made) => made.left ?? []),
                              ),
                              ({ checks: [cleanup, back], left }) => {
                                const removed = left.length === 0;
                                const checks = [
                                  ...judged,
                                  emptyRead,
                                  tagged,
                                  copied.check,
                                  folding.check,
                                  limits,
                                  tall,
                                  chart.check,
                                  ...names.checks,
                                  ...calls.checks,
                                  cleanup,
                                  back,
                                  ...notChecked(t),
                                ];
                                const count = (status: DiagnosticCheck['status']) =>
                                  checks.filter((c) => c.status === status).length;
                                return {
                                  sheet,
                                  removed,
                                  checks,
                                  report: reportOf(checks, t, sheet),
                                  message: t.summary(count('passed'), count('failed'), left),
                                };
                              },
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          );
        });
      });
    });
  });
}
