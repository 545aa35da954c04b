/**
 * The task pane's `Bridge` over the core's actions, as both hosts' panes build it: every method a promise,
 * a synchronous throw a rejection (the pane expects rejected `Error`s written for the user), and the
 * host's language from the host.
 */
import type { WorkbookActions } from './actions';
import type { Bridge, Lang } from './bridge';
import type { MaybePromise } from './maybePromise';
import { modelBridge } from './modelBridge';

/** `fn()` as a promise: a synchronous throw becomes a rejection. */
export function settle<T>(fn: () => MaybePromise<T>): Promise<T> {
  return new Promise<T>((resolve) => resolve(fn()));
}

/** The Bridge that runs `actions`; `hostLanguage` asks the host. */
export function actionsBridge(actions: WorkbookActions, hostLanguage: () => MaybePromise<Lang>): Bridge {
  return {
    ...modelBridge(actions),
    listTemplates: (lang) => settle(() => actions.listTemplates(lang)),
    newContract: (templateId, lang) => settle(() => actions.newContract(templateId, lang)),
    listContracts: () => settle(() => actions.listContracts()),
    checkContract: (lang, contract) => settle(() => actions.checkContract(lang, contract)),
    selectCell: (sheet, address) => settle(() => actions.selectCell(sheet, address)),
    selectedRange: () => settle(() => actions.selectedRange()),
    generateInvoice: (period, lang, contract) =>
      settle(() => actions.generateInvoice(period, lang, contract)),
    listSheets: () => settle(() => actions.listSheets()),
    reconcileInvoice: (supplierSheet, period, lang, contract, options) =>
      settle(() => actions.reconcileInvoice(supplierSheet, period, lang, contract, options)),
    reviewPerformance: (from, to, lang, contract) =>
      settle(() => actions.reviewPerformance(from, to, lang, contract)),
    correctInvoice: (invoiceSheet, lang, contract) =>
      settle(() => actions.correctInvoice(invoiceSheet, lang, contract)),
    invoiceRange: (from, to, lang, contract) => settle(() => actions.invoiceRange(from, to, lang, contract)),
    runDiagnostics: (lang) => settle(() => actions.runDiagnostics(lang)),
    hostLanguage: () => settle(hostLanguage),
  };
}
