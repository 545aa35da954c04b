/**
 * The Excel side of the task pane's `Bridge`: the core's actions (core/app/actions.ts, shared with the
 * Sheets sidebar) over the Excel workbook port, plus what only Excel knows: its display language, its
 * version for the Diagnostics report, and its own reasons a cell cannot be selected.
 */
import type { WorkbookActions } from '../../core/app/actions';
import { actionsBridge } from '../../core/app/actionsBridge';
import type { Bridge, Lang } from '../../core/app/bridge';
import { cellEditModeText, sheetMissingText, sheetNotMarkedText } from '../../core/i18n/hostMessages';
import { isPaintFailure, paintFailureText } from '../../core/i18n/paintFailure';
import { cellRef } from '../../taskpane/cellRef';
import { isOfficeError } from '../officeError';
import type { ExcelHost } from './host';
import { langFromDisplayLanguage } from './language';
import { MarkError, SelectionError } from './workbookPort';

/** The dependencies of the Excel bridge. */
export interface ExcelBridgeDeps {
  readonly host: ExcelHost;
  /** `workbookActions(excelWorkbook(host))` in the add-in. */
  readonly actions: WorkbookActions;
}

/**
 * Whether Excel refused because the user is typing in a cell, here or as the cause of a paint failure
 * (Excel refuses the whole request then; a paint of several syncs may have built sheets before it).
 */
const inCellEditMode = (error: unknown): boolean =>
  isOfficeError(error, 'InvalidOperationInCellEditMode', { throughCauses: true });

/**
 * Excel's refusal while the user types in a cell, in the pane's language. A paint it stopped keeps its
 * sheets and what became of them: one of several syncs may have built sheets it could not remove.
 */
function cellEditModeMessage(lang: Lang, error: unknown): string {
  const text = cellEditModeText(lang);
  if (!isPaintFailure(error)) return text;
  return paintFailureText(lang, { sheetNames: error.sheetNames, reason: text, cleanup: error.cleanup });
}

/**
 * Every method of `bridge`, with Excel's refusal while the user types in a cell said in the pane's language:
 * the most common failure on first use (a value typed, then a button clicked), whatever the action.
 */
function inPaneWords(lang: () => Lang, bridge: Bridge): Bridge {
  const guarded = Object.entries(bridge).map(([name, method]) => [
    name,
    (...args: unknown[]) =>
      (method as (...a: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
        if (inCellEditMode(error)) throw new Error(cellEditModeMessage(lang(), error), { cause: error });
        throw error;
      }),
  ]);
  return Object.fromEntries(guarded) as unknown as Bridge;
}

/**
 * The task pane's bridge over Excel. The selection, whose Bridge call carries no language, explains its
 * failures in the language the pane last used (it lists templates in its language on start and on every
 * switch).
 */
export function createExcelBridge({ host, actions }: ExcelBridgeDeps): Bridge {
  let lang: Lang = 'en';
  const speak = (next: Lang): Lang => (lang = next);
  const bridge = actionsBridge(actions, () => langFromDisplayLanguage(host.displayLanguage()));

  return inPaneWords(() => lang, {
    ...bridge,
    listTemplates: (requested) => bridge.listTemplates(speak(requested)),
    // Only New contract paints marked sheets.
    newContract: (templateId, requested) =>
      bridge.newContract(templateId, speak(requested)).catch((error: unknown) => {
        if (!(error instanceof MarkError)) throw error;
        throw new Error(sheetNotMarkedText(requested, error.sheet, error.detail), { cause: error });
      }),
    checkContract: (requested, contract) => bridge.checkContract(speak(requested), contract),
    // A report the user sends us names the Excel it came from, version and platform, as Office gives them.
    runDiagnostics: (requested) =>
      bridge.runDiagnostics(speak(requested)).then((result) => {
        const info = host.hostInfo?.();
        return info ? { ...result, report: `${result.report}\n${info}` } : result;
      }),
    generateInvoice: (period, requested, contract) =>
      bridge.generateInvoice(period, speak(requested), contract),
    selectCell: (sheet, address) =>
      bridge.selectCell(sheet, address).catch((error: unknown) => {
        if (!(error instanceof SelectionError)) throw error;
        // The pane leads in with its own words; Excel's explanation, in the user's language, follows the cell.
        const detail = error.detail ? ` (${error.detail})` : '';
        throw new Error(
          error.reason === 'sheetMissing'
            ? sheetMissingText(lang, error.sheet)
            : `${cellRef(error.sheet, error.address)}${detail}`,
        );
      }),
  });
}
