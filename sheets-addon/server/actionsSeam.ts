/**
 * The seam between the Sheets server and the core's task-pane actions (`core/app/actions.ts`, the one
 * orchestrator both hosts share): the Bridge's actions, run synchronously against a workbook port, since
 * a function that `google.script.run` calls must return its result, not a promise of it.
 */
import type { Bridge } from '../../core/app/bridge';
import type { SheetsWorkbookPort } from './workbookPort';

/** A Bridge method as a synchronous server function: same arguments, the resolved result. */
export type Synchronous<F> = F extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never;

/** The Bridge as the Sheets server implements it. */
export type ServerBridge = { [K in keyof Bridge]: Synchronous<Bridge[K]> };

/** What the core's actions do for Sheets; the server adds selection and the user's language itself. */
export type SheetsActions = Omit<ServerBridge, 'selectCell' | 'hostLanguage'>;

/**
 * The core's actions bound to `workbook`. Loaded on demand: contract schemas, templates, the invoice engine
 * and layouts are the heavy part of the bundle, and a custom-function call must never run them.
 */
export function loadActions(workbook: SheetsWorkbookPort): SheetsActions {
  void workbook;
  // core/app/actions.ts is not in the repository yet; when it is, this becomes
  // `return require('../../core/app/actions').createActions(workbook)` or its equivalent.
  throw new Error('The contract and invoice actions are not part of this build yet.');
}
