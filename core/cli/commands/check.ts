import { localMonth } from '../../calendar';
import { firstInvoiceWithoutValues } from '../../contract/check';
import { invoicePeriods } from '../../contract/period';
import { periodProblems } from '../../contract/periodChecks';
import { periodNameOf } from '../../contract/periodNames';
import { cliTexts } from '../../i18n/cli';
import { requiredOption } from '../args';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import { inFile, inputIssues, readInputs } from '../inputs';
import { problemLines } from '../problemLines';

const USAGE = 'usage: outcome-fees check --contract FILE.json|FILE.xlsx --actuals FILE.csv|FILE.xlsx';

/**
 * `outcome-fees check`: every problem of a contract and its actuals, whatever month it is in, one per line
 * with its place, on stdout; exit 1 when there is one, 0 when there is none. Once both read cleanly, each
 * period there are actuals to invoice is priced too (`periodProblems`, as the pane's Check), so a missing
 * value shows here, on its cell, rather than at invoicing time.
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
    const { contract, actuals } = inputs;
    const t = cliTexts(inputs.lang);
    // Named as their invoices are (2026-Q1 … 2026-Q4), not by their first months.
    const periods =
      contract.ok && actuals.ok
        ? invoicePeriods(contract.value, actuals.value).map((month) => periodNameOf(contract.value, month))
        : [];
    // What each listed period's invoice would refuse, once every cell reads: as the pane's Check says it.
    const cells = inputIssues(inputs);
    const issues =
      cells.length === 0 && contract.ok
        ? periodProblems(contract.value, inputs.actualsInput, inputs.lang).map((issue) =>
            inFile(issue, inputs.actualsWorkbook, inputs.lang),
          )
        : cells;
    // One mistake repeated on every line is printed ten times, then folded into one line (problemLines).
    const problems = problemLines(issues, t);
    const read = t.bothSources(inputs.contractSource, inputs.actualsSource);
    // Nothing to invoice is no clean bill: a due first invoice is a problem, a future one a note.
    const empty =
      problems.length === 0 && contract.ok && actuals.ok
        ? firstInvoiceWithoutValues(contract.value, actuals.value, localMonth())
        : undefined;
    const emptyName = empty && contract.ok ? periodNameOf(contract.value, empty.period) : '';
    if (empty?.due) problems.push(t.noValuesDue(inputs.actualsSource, emptyName));
    else if (empty) {
      io.out(t.noValuesYet(read, emptyName));
      return 0;
    }
    if (problems.length > 0) {
      const count = Math.max(issues.length, problems.length);
      io.out(`${problems.join('\n')}\n${t.problemsIn(count, read)}`);
      return 1;
    }
    io.out(t.noProblems(read, periods[0], periods[periods.length - 1]));
    return 0;
  },
};
