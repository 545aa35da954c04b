/**
 * The check: every problem of a contract and its actuals, each with its place, whatever month it is in.
 * The CLI `check` command and the task pane's Check list exactly these; invoicing blocks only on the
 * problems of the months it reads (`actualsForInvoice`).
 */
import { readActualsInput, type ActualsInput } from './invoiceActuals';
import { sortIssues, type Issue, type Result } from './issues';
import type { ActualsReading } from './sheet/readActuals';
import type { Contract, Language } from './types';

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
