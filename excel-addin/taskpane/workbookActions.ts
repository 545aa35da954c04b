/**
 * Where the Excel task pane meets the core's actions (`core/app/actions.ts`, the orchestrator both hosts
 * share, bound to a workbook port). That module is not in the repository yet: until it is, each action
 * tells the user so, in the pane's language, instead of failing obscurely. Wiring it is this function's
 * body: `return createActions(workbook)` or its equivalent.
 */
import type { Lang } from '../../core/app/bridge';
import type { WorkbookActions } from './excelBridge';
import type { ExcelWorkbookPort } from './workbookPort';

const NOT_YET: Readonly<Record<Lang, string>> = {
  en: 'this version of the add-in cannot build contracts and invoices yet.',
  fr: 'cette version du complément ne sait pas encore créer de contrats ni de factures.',
};

/** The task pane's workbook actions over `workbook`. */
export function excelWorkbookActions(workbook: ExcelWorkbookPort): WorkbookActions {
  void workbook;
  const notYet = (lang: Lang) => Promise.reject(new Error(NOT_YET[lang]));
  return {
    newContract: (_templateId, lang) => notYet(lang),
    checkContract: (lang) => notYet(lang),
    generateInvoice: (_period, lang) => notYet(lang),
  };
}
