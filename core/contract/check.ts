/**
 * The check: every problem of a contract and its actuals, each with its place, whatever month it is in.
 * The CLI `check` command and the task pane's Check list exactly these; invoicing blocks only on the
 * problems of the months it reads (`actualsForInvoice`).
 */
import { readActualsInput, type ActualsInput } from './invoiceActuals';
import { sortIssues, type Issue, type Result } from './issues';
import type { Contract, Language } from './types';

/**
 * Every problem of `contract` (as read by `loadContract` or `contractFromSheet`) and of its actuals, the
 * contract's first. The actuals are checked against the contract when it is valid; without one, only
 * their cells are.
 */
export function contractProblems(
  contract: Result<Contract>,
  actuals: ActualsInput,
  options: { readonly lang?: Language } = {},
): Issue[] {
  const reading = readActualsInput(actuals, contract.ok ? contract.value : undefined, options.lang);
  const actualsIssues = sortIssues(reading.issues.map((t) => t.issue));
  return [...(contract.ok ? [] : contract.issues), ...actualsIssues];
}
