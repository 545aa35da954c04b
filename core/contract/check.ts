/**
 * The check: every problem of a contract and its actuals, each with its place, whatever month it is in.
 * The CLI `check` command and the task pane's Check list exactly these; invoicing blocks only on the
 * problems of the months it reads (`actualsForInvoice`).
 */
import { sortIssues, type Issue, type Result } from './issues';
import type { ActualsReading } from './sheet/readActuals';
import type { Contract } from './types';

/**
 * Every problem of `contract` (as `loadContract` or `contractFromSheet` read it) and of its actuals (as
 * `actualsReadingFromSheet` or `actualsReadingFromCsv` read them, against the contract when it is valid,
 * else without one), the contract's first, each list in reading order.
 */
export function contractProblems(contract: Result<Contract>, actuals: ActualsReading): Issue[] {
  const actualsIssues = sortIssues(actuals.issues.map((t) => t.issue));
  return [...(contract.ok ? [] : contract.issues), ...actualsIssues];
}
