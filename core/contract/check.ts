/**
 * The check: every problem of a contract and its actuals, each with its place, whatever month it is in.
 * The CLI `check` command and the task pane's Check list exactly these; invoicing blocks only on the
 * problems of the months it reads (`actualsForInvoice`).
 */
import { readActualsInput, type ActualsInput } from './invoiceActuals';
import { sortIssues, type Issue, type Result } from './issues';
import { comparePeriods, invoicePeriods, invoiceWindow } from './period';
import type { ActualsReading } from './sheet/readActuals';
import type { Actuals, Contract, Language, Period } from './types';

/**
 * Every problem of `contract` (as `loadContract` or `contractFromSheet` read it) and of its actuals (cells
 * or CSV text, read against the contract when it is valid, else without one; or a reading of them), the
 * contract's first, each list in reading order.
 */
export function contractProblems(
  contract: Result<Contract>,
  actuals: ActualsInput | ActualsReading,
  options: { readonly lang?: Language } = {},
): Issue[] {
  const reading = readActualsInput(actuals, contract.ok ? contract.value : undefined, options.lang);
  const cells = [...reading.issues.map((t) => t.issue), ...(reading.gates ?? [])];
  return [...(contract.ok ? [] : contract.issues), ...sortIssues(cells)];
}

/**
 * Actuals with no value in any month of the contract (a header-only file, a new empty Actuals sheet) have
 * no problem of their own, yet nothing can be invoiced from them: the contract's first invoicing period,
 * and whether it is due, its last month over by `month` (the user's own month, `localMonth`). A check
 * says so rather than "no problems" before an invoice refuses it; `undefined` when some period has values.
 */
export function firstInvoiceWithoutValues(
  contract: Contract,
  actuals: Actuals,
  month: Period,
): { readonly period: Period; readonly due: boolean } | undefined {
  if (invoicePeriods(contract, actuals).length > 0) return undefined;
  const window = invoiceWindow(contract, contract.firstPeriod) as readonly Period[];
  return { period: window[0], due: comparePeriods(window[window.length - 1], month) < 0 };
}
