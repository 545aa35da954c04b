import { formatAmount } from '../../i18n/numberFormat';
import { invoiceToJson } from '../../invoice/toJson';
import { invoiceSheetPlan } from '../../layout/invoiceSheet';
import { workbookBuffer } from '../../xlsx/writeWorkbook';
import { requiredOption, stringOption } from '../args';
import { usageError } from '../cliError';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import { invoiceOf, readInputs } from '../inputs';
import { checkOutputFile, writeFileAtomic } from '../outputFile';

const USAGE =
  'usage: outcome-fees invoice --contract FILE.json|FILE.xlsx --actuals FILE.csv|FILE.xlsx --period YYYY-MM [-o FILE.xlsx | --json]';

/**
 * `outcome-fees invoice`: the invoice of one period from a contract (JSON file or workbook) and its actuals
 * (CSV file or workbook), printed as JSON or written atomically as an .xlsx invoice sheet. Every problem
 * of the contract, the actuals or the invoice is listed.
 */
export const invoiceCommand: Command = {
  usage: USAGE,
  options: {
    contract: { type: 'string' },
    actuals: { type: 'string' },
    period: { type: 'string' },
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
  },
  maxPositionals: 0,
  run: async (args, io): Promise<ExitCode> => {
    const contractFile = requiredOption(args, 'contract', USAGE);
    const actualsFile = requiredOption(args, 'actuals', USAGE);
    const period = requiredOption(args, 'period', USAGE);
    const out = stringOption(args, 'output');
    if (out !== undefined && args.values.json) throw usageError('-o and --json exclude each other', USAGE);
    // Checked before any work, so a bad -o costs nothing and never touches an input.
    const target =
      out === undefined ? undefined : checkOutputFile(out, '.xlsx', [contractFile, actualsFile], USAGE);

    const outcome = invoiceOf(await readInputs(contractFile, actualsFile), period);
    if (!outcome.ok) {
      io.err(outcome.problems.join('\n'));
      return 1;
    }
    const { invoice } = outcome;
    if (outcome.elsewhere.length > 0) {
      const count = outcome.elsewhere.length;
      io.err(
        `note: ${count} problem${count > 1 ? 's' : ''} in months this invoice does not read (first: ${outcome.elsewhere[0]}); outcome-fees check lists them`,
      );
    }
    if (target === undefined) {
      io.out(JSON.stringify(invoiceToJson(invoice), null, 2));
      return 0;
    }
    await writeFileAtomic(target, await workbookBuffer([invoiceSheetPlan(invoice)]), io.fs);
    const { currency } = invoice.contract;
    io.out(
      `Wrote ${out}: invoice ${invoice.number}, total ${formatAmount(invoice.total, currency, 'en')} ${currency}`,
    );
    return 0;
  },
};
