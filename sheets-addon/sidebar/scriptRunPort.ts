/**
 * The workbook as the sidebar's actions see it: a `WorkbookPort` whose every method is one
 * `google.script.run` call to the thin server (`serverApi.ts`). The sidebar so runs the same pane code as
 * Excel's task pane; only this port differs.
 */
import type { Lang } from '../../core/app/bridge';
import { notPaintedHere, type WorkbookPort } from '../../core/app/workbookPort';
import { sheetPrefix } from '../../core/contract/issues';
import type { Grid } from '../../core/contract/sheet/cells';
import { preparePlans } from '../planToCalls';
import { paintRequestsFrom } from '../server/paintRequests';
import { fromWireCell, type SheetsServer, type WireGrid } from '../serverApi';
import { sheetsServerTexts } from '../../core/i18n/sheetsServer';
import { serverError } from './serverMessages';
import { sleep, untilComputed, type Wait } from './untilComputed';

/** `google.script.run`: a runner that names its handlers, then calls a server function by name. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

/** A server function, called from the page: same arguments, its result later. */
export type ServerCall = <K extends keyof SheetsServer>(
  name: K,
  ...args: Parameters<SheetsServer[K]>
) => Promise<ReturnType<SheetsServer[K]>>;

/**
 * Apps Script ends an execution at 6 minutes; a call still unanswered a little later never will be (a
 * connection lost, a session ended under the page): the pane stops waiting for it then.
 */
export const NO_ANSWER_MS = 390_000;

/**
 * Calls over `run`, as promises. A failure rejects with the server's failure said in `lang()`, the
 * pane's language when it arrives (a paint failure as data, which the pane words again when it shows it);
 * no answer within `noAnswerMs`, with a message saying to reload and look at what was made.
 */
export function serverCalls(run: ScriptRun, lang: () => Lang, noAnswerMs = NO_ANSWER_MS): ServerCall {
  return (name, ...args) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(sheetsServerTexts(lang()).noAnswer(Math.floor(noAnswerMs / 60_000)))),
        noAnswerMs,
      );
      const runner = run
        .withSuccessHandler((value) => {
          clearTimeout(timer);
          resolve(value as never);
        })
        .withFailureHandler((error) => {
          clearTimeout(timer);
          reject(serverError(error, lang()));
        }) as unknown as Record<string, (...a: unknown[]) => void>;
      try {
        runner[name]!(...args);
      } catch (error) {
        // Refused before it went out (a Date among the arguments): no answer to wait for.
        clearTimeout(timer);
        throw error;
      }
    });
}

/**
 * The port over the server; `lang` is the pane's language of the moment, for what the port itself says.
 * `focusEditor` gives the keyboard to the spreadsheet (`google.script.host.editor.focus()`) once a cell
 * a problem names is selected, so the user types the fix there: the selection alone leaves the keys in
 * the sidebar. `wait` spaces the reads of sheets Sheets is still computing (untilComputed.ts).
 */
export function scriptRunPort(
  call: ServerCall,
  lang: () => Lang = () => 'en',
  focusEditor: () => void = () => undefined,
  wait: Wait = sleep,
): WorkbookPort {
  // The sheets this page painted, by name, with the id Sheets gave them: what removePainted may delete.
  const painted = new Map<string, number>();
  const cells = (grid: NonNullable<WireGrid>): Grid =>
    grid.map((row) => row.map((cell) => fromWireCell(cell, lang())));
  return {
    // Custom functions of an add-on are called by their own names in Sheets.
    cellFunctionPrefix: '',
    sheets: () => call('workbookSheets'),
    readSheets: async (names) => (await call('readSheets', names)).map((grid) => grid && cells(grid)),
    // Every column of those rows: a sheet's width is no cost that matters.
    readTopLeft: async (names, rows) =>
      (await call('readSheets', names, rows)).map((grid) => grid && cells(grid)),
    // Sheets hands a date cell as a date: its number formats say only what a number shows (20 % for 0.2).
    // Hidden rows cost a temporary sheet, named in the pane's language: only when asked for. The reads of
    // Check, Invoice and Reconcile wait for cells Sheets is still computing; Diagnostics' readSheets of
    // its calls sheet waits on its own, to report what it saw.
    readFormattedSheets: async (names, options) =>
      (
        await untilComputed(
          names,
          () =>
            call(
              'readFormattedSheets',
              names,
              options?.hiddenRows ? sheetsServerTexts(lang()).probeSheet : null,
            ),
          (sheets) => sheets.map((sheet) => sheet && sheet.values),
          lang,
          wait,
        )
      ).map(
        (sheet) =>
          sheet && {
            values: cells(sheet.values),
            numberFormats: sheet.numberFormats,
            ...(sheet.hiddenRows ? { hiddenRows: sheet.hiddenRows } : {}),
          },
      ),
    paint: async (requests) => {
      // google.script.run turns NaN, Infinity and undefined into null, which the server would paint as an
      // empty cell: every plan is checked here as the server checks it, before the transfer can hide them.
      try {
        preparePlans(paintRequestsFrom(requests).map((request) => request.plan));
      } catch (error) {
        throw serverError(error, lang());
      }
      const sheets = await call('paintPlans', requests);
      for (const { name, id } of sheets) painted.set(name, id);
      return sheets.map((sheet) => sheet.name);
    },
    hideRows: async (name, rows) => {
      const id = painted.get(name);
      if (id === undefined) throw notPaintedHere(name);
      await call('hideSheetRows', id, name, rows);
    },
    // The copy is this page's to delete, as a sheet it painted.
    copyPainted: async (name) => {
      const id = painted.get(name);
      if (id === undefined) throw notPaintedHere(name);
      const copy = await call('duplicateSheet', id, name);
      painted.set(copy.name, copy.id);
      return copy.name;
    },
    // Diagnostics' sheetNameFolding: the server deletes every sheet it inserts, by its id, in the call.
    compareSheetNames: async (pairs) => call('compareSheetNames', pairs),
    probeLimits: async (name) => {
      const id = painted.get(name);
      if (id === undefined) throw notPaintedHere(name);
      return call('probeLimits', id, name);
    },
    removePainted: async (name) => {
      const id = painted.get(name);
      if (id === undefined) throw notPaintedHere(name);
      await call('removeSheet', id);
      painted.delete(name);
    },
    // google.script.run carries null, not undefined. Without a cell (Diagnostics giving the user's sheet
    // back), the keyboard stays in the pane, on the report.
    select: async (sheet, address) => {
      await call('selectCell', sheet, address ?? null);
      if (address !== undefined) focusEditor();
    },
    selectedRange: async () => {
      const [sheet, address] = await call('selectedRange');
      return `${sheetPrefix(sheet)}!${address}`;
    },
  };
}

/** The language the server put on the page (`<html lang>`), else the server's answer. */
export function sidebarLanguage(call: ServerCall, pageLang: string | undefined): () => Promise<Lang> {
  return () => (pageLang === 'en' || pageLang === 'fr' ? Promise.resolve(pageLang) : call('hostLanguage'));
}
