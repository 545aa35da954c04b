/**
 * The problems a command prints, a problem repeated past ten times folded into one line (foldRepeats.ts,
 * shared with the task pane).
 */
import { foldRepeats } from '../contract/foldRepeats';
import type { Issue } from '../contract/issues';
import type { CliTexts } from '../i18n/cli';

/**
 * The lines to print for `issues` (in their order): each one's message, a repeated problem's rest as
 * `… and 69,990 more with the same problem ("…"): actuals.csv!A12:A70001`.
 */
export function problemLines(issues: readonly Issue[], t: CliTexts): string[] {
  const entries = foldRepeats(issues, (issue) => ({
    problem: issue.problem,
    // The message's place up to the cell's address: `x.csv!`, `demo.xlsx: Actuals!`.
    prefix:
      issue.address === undefined
        ? ''
        : issue.message.slice(0, issue.message.indexOf(`!${issue.address}`) + 1),
    address: issue.row === undefined || issue.col === undefined ? undefined : issue.address,
    label: issue.path || issue.message.slice(0, issue.message.length - issue.problem.length),
  }));
  return entries.map((e) => ('item' in e ? e.item.message : t.sameProblem(e.more, e.problem, e.places)));
}
