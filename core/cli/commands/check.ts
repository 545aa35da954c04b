import { localMonth } from '../../calendar';
import { firstInvoiceWithoutValues } from '../../contract/check';
import { invoicePeriods } from '../../contract/period';
import { cliTexts } from '../../i18n/cli';
import { requiredOption } from '../args';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import { inputIssues, invoiceOf, readInputs } from '../inputs';
import { problemLines } from '../problemLines';

const USAGE = 'usage: outcome-fees check --contract FILE.json|FILE.xlsx --actuals FILE.csv|FILE.xlsx';

/**
 * `outcome-fees check`: every problem of a contract and its actuals, whatever month it is in, one per line
 * with its place, on stdout; exit 1 when there is one, 0 when there is none. Once both read cleanly, each
 * period there are actuals to invoice is built too, so a missing value shows here rather than at
 * invoicing time.
 */
export const checkCommand: Command = {
  usage: USAGE,
  options: { contract: { type: 'string' }, actuals: { type: 'string' } },
  maxPositionals: 0,
  run: async (args, io): Promise<ExitCode> => {
    const inputs = await readInputs(
      requiredOption(args, 'contract', USAGE),
      requiredOption(args, 'actuals', USAGE),
      io,
    );
    const issues = inputIssues(inputs);
    const { contract, actuals } = inputs;
    const t = cliTexts(inputs.lang);
    // One mistake repeated on every line is printed ten times, then folded into one line (problemLines).
    const problems = problemLines(issues, t);
    const periods = contract.ok && actuals.ok ? invoicePeriods(contract.value, actuals.value) : [];
    if (problems.length === 0) {
      for (const period of periods) {
        const outcome = invoiceOf(inputs, period);
        if (!outcome.ok)
          problems.push(...outcome.problems.map((problem) => t.invoiceProblem(period, problem)));
      }
    }
    const read = t.bothSources(inputs.contractSource, inputs.actualsSource);
    // Nothing to invoice is no clean bill: a due first invoice is a problem, a future one a note.
    const empty =
      problems.length === 0 && contract.ok && actuals.ok
        ? firstInvoiceWithoutValues(contract.value, actuals.value, localMonth())
        : undefined;
    if (empty?.due) problems.push(t.noValuesDue(inputs.actualsSource, empty.period));
    else if (empty) {
      io.out(t.noValuesYet(read, empty.period));
      return 0;
    }
    if (problems.length > 0) {
      const count = issues.length > 0 ? issues.length : problems.length;
      io.out(`${problems.join('\n')}\n${t.problemsIn(count, read)}`);
      return 1;
    }
    io.out(t.noProblems(read, periods[0], periods[periods.length - 1]));
    return 0;
  },
};
