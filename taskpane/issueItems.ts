/**
 * The items of the pane's problem list: each problem with its cell, a problem repeated past ten times
 * folded into one item that gives how many more there are and where (core/contract/foldRepeats.ts, as the
 * command line folds them), so that 70,000 lines with one mistake list as eleven, not 70,000 buttons.
 */
import type { ContractIssue, Lang } from '../core/app/bridge';
import { foldRepeats } from '../core/contract/foldRepeats';
import { fillText, type TaskpaneStrings } from '../core/i18n/taskpane';
import { formatCount } from '../core/i18n/digitGroups';
import { cellRef } from './cellRef';

/** A problem to show with the cell it selects, or the folded rest of a repeated one (no one cell). */
export type IssueItem =
  | { readonly label: string; readonly issue: ContractIssue }
  | { readonly label: string; readonly issue?: undefined };

export function issueItems(issues: readonly ContractIssue[], t: TaskpaneStrings, lang: Lang): IssueItem[] {
  const entries = foldRepeats(issues, (issue) => ({
    problem: issue.message,
    prefix: cellRef(issue.sheet, ''),
    address: issue.address || undefined,
    label: issue.sheet,
  }));
  return entries.map((entry) => {
    if (!('item' in entry)) {
      const count = formatCount(lang, entry.more);
      return { label: fillText(t.issuesFolded, { count, message: entry.problem, places: entry.places }) };
    }
    const issue = entry.item;
    const ref = cellRef(issue.sheet, issue.address);
    const template = issue.column ? t.issueWithColumn : t.issueWithoutColumn;
    return { label: fillText(template, { ref, column: issue.column, message: issue.message }), issue };
  });
}
