/**
 * The Excel side of the task pane's `Bridge`: the core's actions (core/app/actions.ts, shared with the
 * Sheets sidebar) over the Excel workbook port, plus what only Excel knows, its display language. Actions
 * may answer synchronously or throw; the pane always gets a promise, and failures as rejected `Error`s
 * written for the user.
 */
import type { WorkbookActions } from '../../core/app/actions';
import type { Bridge, Lang } from '../../core/app/bridge';
import type { MaybePromise } from '../../core/app/maybePromise';
import type { ExcelHost } from './host';
import { langFromDisplayLanguage } from './language';
import { bridgeText } from './messages';
import { SelectionError } from './workbookPort';

/** The dependencies of the Excel bridge. */
export interface ExcelBridgeDeps {
  readonly host: ExcelHost;
  /** `workbookActions(excelWorkbook(host))` in the add-in. */
  readonly actions: WorkbookActions;
}

/** `fn()` as a promise: a synchronous throw becomes a rejection, as the pane expects of a bridge. */
function settle<T>(fn: () => MaybePromise<T>): Promise<T> {
  return new Promise<T>((resolve) => resolve(fn()));
}

/**
 * The task pane's bridge over Excel. The selection, whose Bridge call carries no language, explains its
 * failures in the language the pane last used (it lists templates in its language on start and on every
 * switch).
 */
export function createExcelBridge({ host, actions }: ExcelBridgeDeps): Bridge {
  let lang: Lang = 'en';
  const speak = (next: Lang): Lang => (lang = next);

  return {
    listTemplates: (requested) => settle(() => actions.listTemplates(speak(requested))),
    newContract: (templateId, requested) => settle(() => actions.newContract(templateId, speak(requested))),
    checkContract: (requested) => settle(() => actions.checkContract(speak(requested))),
    generateInvoice: (period, requested) => settle(() => actions.generateInvoice(period, speak(requested))),
    hostLanguage: () => settle(() => langFromDisplayLanguage(host.displayLanguage())),
    selectCell: (sheet, address) =>
      settle(() => actions.selectCell(sheet, address)).catch((error: unknown) => {
        if (!(error instanceof SelectionError)) throw error;
        const text = bridgeText(lang);
        throw new Error(
          error.reason === 'sheetMissing'
            ? text.sheetMissing(error.sheet)
            : text.cellNotSelected(error.sheet, error.address, error.detail),
        );
      }),
  };
}
