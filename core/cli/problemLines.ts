/**
 * The problems a command prints. Every problem is found and counted, but one mistake repeated on every
 * line (a whole export with decimal commas: 70,000 lines of "this line has 5 fields") would bury the
 * others under as many lines: a problem said the same way more than `REPEATS_SHOWN` times is printed that
 * many times, then folded into one line that gives how many more there are and where, as cell ranges.
 */
import type { Issue } from '../contract/issues';
import type { CliTexts } from '../i18n/cli';
import { a1 } from '../layout/a1';

/** How many times one problem is printed in full before the rest of it is folded. */
export const REPEATS_SHOWN = 10;

/** How many ranges a folded line lists; an ellipsis stands for the others (its count is the line's). */
const RANGES_SHOWN = 20;

/**
 * The lines to print for `issues` (in their order): each one's message, except that a problem text
 * repeated past `REPEATS_SHOWN` times gives, after its last one printed, one line for the rest:
 * `… and 69,990 more with the same problem ("…"): actuals.csv!A12:A70001`.
 */
export function problemLines(issues: readonly Issue[], t: CliTexts): string[] {
  const byProblem = new Map<string, Issue[]>();
  for (const issue of issues) {
    const same = byProblem.get(issue.problem);
    if (same) same.push(issue);
    else byProblem.set(issue.problem, [issue]);
  }
  const printed = new Map<string, number>();
  const lines: string[] = [];
  for (const issue of issues) {
    const same = byProblem.get(issue.problem) as Issue[];
    const index = printed.get(issue.problem) ?? 0;
    printed.set(issue.problem, index + 1);
    if (index < REPEATS_SHOWN) lines.push(issue.message);
    if (index === REPEATS_SHOWN - 1 && same.length > REPEATS_SHOWN) {
      const rest = same.slice(REPEATS_SHOWN);
      lines.push(t.sameProblem(rest.length, issue.problem, places(rest)));
    }
  }
  return lines;
}

/**
 * Where the issues are: runs of cells one under the other as ranges, each range's sheet said when it is
 * not the previous one's (`x.csv!A12:A900, A950`); an issue without a cell by its path.
 */
function places(issues: readonly Issue[]): string {
  const ranges: string[] = [];
  let said = '';
  let run: { prefix: string; col: number; first: number; last: number } | undefined;
  const close = () => {
    if (run === undefined) return;
    const from = a1(run.first, run.col);
    const prefix = run.prefix === said ? '' : run.prefix;
    ranges.push(`${prefix}${from}${run.last > run.first ? `:${a1(run.last, run.col)}` : ''}`);
    said = run.prefix;
    run = undefined;
  };
  for (const issue of issues) {
    if (issue.row === undefined || issue.col === undefined || issue.address === undefined) {
      close();
      ranges.push(issue.path || issue.message.slice(0, issue.message.length - issue.problem.length));
      said = '';
      continue;
    }
    // The message's place up to the cell's address: `x.csv!`, `demo.xlsx: Actuals!`.
    const prefix = issue.message.slice(0, issue.message.indexOf(`!${issue.address}`) + 1);
    if (run && run.prefix === prefix && run.col === issue.col && run.last + 1 === issue.row) run.last++;
    else {
      close();
      run = { prefix, col: issue.col, first: issue.row, last: issue.row };
    }
  }
  close();
  if (ranges.length <= RANGES_SHOWN) return ranges.join(', ');
  return `${ranges.slice(0, RANGES_SHOWN).join(', ')}, …`;
}
