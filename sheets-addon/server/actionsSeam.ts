/**
 * The seam between the Sheets server and the core's task-pane actions (`core/app/actions.ts`, written once
 * for both hosts over a workbook port). Over the synchronous Sheets port they return plain values, which
 * is what a function called by `google.script.run` must return: a promise would reach the page as `{}`.
 */
import type { Bridge } from '../../core/app/bridge';
import type { MaybePromise } from '../../core/app/maybePromise';
import { workbookActions } from '../../core/app/actions';
import type { SheetsWorkbookPort } from './workbookPort';

/** A Bridge method as a synchronous server function: same arguments, the resolved result. */
export type Synchronous<F> = F extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never;

/** The Bridge as the Sheets server implements it. */
export type ServerBridge = { [K in keyof Bridge]: Synchronous<Bridge[K]> };

/** What the core's actions do for Sheets; the server adds the user's language itself. */
export type SheetsActions = Omit<ServerBridge, 'hostLanguage'>;

/** A value the synchronous port produced; a promise here means an action went asynchronous by mistake. */
function now<T>(value: MaybePromise<T>): T {
  if (typeof (value as Promise<T> | undefined)?.then === 'function') {
    throw new Error('An action returned a promise over the synchronous Sheets workbook.');
  }
  return value as T;
}

/** The core's actions bound to `workbook`, returning their results synchronously. */
export function sheetsActions(workbook: SheetsWorkbookPort): SheetsActions {
  const actions = workbookActions(workbook);
  return {
    listTemplates: (lang) => now(actions.listTemplates(lang)),
    newContract: (templateId, lang) => now(actions.newContract(templateId, lang)),
    checkContract: (lang) => now(actions.checkContract(lang)),
    selectCell: (sheet, address) => now(actions.selectCell(sheet, address)),
    generateInvoice: (period, lang) => now(actions.generateInvoice(period, lang)),
  };
}
