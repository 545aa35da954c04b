import { cliTexts } from '../../i18n/cli';
import { invoiceToJson } from '../../invoice/toJson';
import { invoiceSheetPlan } from '../../layout/invoiceSheet';
import { workbookBuffer } from '../../xlsx/writeWorkbook';
import { stringOption } from '../args';
import { usageError } from '../cliError';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import { STANDARD_INPUT } from '../inputFile';
import { invoiceOf, readInputs } from '../inputs';
import { batchRequest, onlyOption, paperOption, runInvoiceBatch } from '../invoiceBatch';
import { checkOutputFile, writeFileAtomic } from '../outputFile';
import { checkPeriodSpelling, requiredPeriod } from '../periodArgs';
import { shownAmount, shownPath } from '../shown';
import { writeCorrection } from './corrects';

const USAGE =
  'usage: outcome-fees invoice --contract FILE.json|FILE.xlsx|FOLDER [...] --actuals FILE.csv|FILE.xlsx [...] --period YYYY-MM|YYYY-Qn|YYYY-Hn|YYYY|A..B [--from A --to B] [-o FILE.xlsx | --json] [--paper A4|Letter] [--summary-only] [--corrects ISSUED.json|ISSUED.xlsx]';

/**
 * `outcome-fees invoice`: the invoice of one period from a contract (JSON file or workbook) and its actuals
 * (CSV file or workbook), printed as JSON or written atomically as an .xlsx invoice sheet. Every problem
 * of the contract, the actuals or the invoice is listed. With `--corrects`, the correction note of that
 * issued invoice instead (`corrects.ts`).
 */
export const invoiceCommand: Command = {
  usage: USAGE,
  options: {
    contract: { type: 'string', multiple: true },
    actuals: { type: 'string', multiple: true },
    period: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    paper: { type: 'string' },
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
    corrects: { type: 'string' },
    'summary-only': { type: 'boolean' },
  },
  maxPositionals: 0,
  run: async (args, io): Promise<ExitCode> => {
    checkPeriodSpelling(args, ['period', 'from', 'to'], USAGE);
    // A range of periods or several contracts: one workbook with a Summary or Portfolio sheet.
    const batch = batchRequest(args, USAGE);
    if (batch) return runInvoiceBatch(batch, io);
    const contractFile = onlyOption(args, 'contract', USAGE);
    const actualsFile = onlyOption(args, 'actuals', USAGE);
    const paper = paperOption(args, USAGE);
    const period = requiredPeriod(args, 'period', USAGE);
    const out = stringOption(args, 'output');
    const corrects = stringOption(args, 'corrects');
    if (corrects === STANDARD_INPUT) throw usageError((t) => t.correctsNotStdin, USAGE);
    if (out !== undefined && args.values.json)
      throw usageError((t) => t.excludeEachOther('-o', '--json'), USAGE);
    // Checked before any work, so a bad -o costs nothing and never touches an input.
    const target =
      out === undefined
        ? undefined
        : checkOutputFile(out, '.xlsx', [contractFile, actualsFile, ...(corrects ? [corrects] : [])], USAGE);

    const inputs = await readInputs(contractFile, actualsFile, io);
    const outcome = invoiceOf(inputs, period);
    if (!outcome.ok) {
      io.err(outcome.problems.join('\n'));
      return 1;
    }
    const { invoice } = outcome;
    const lang = invoice.contract.language;
    const t = cliTexts(lang);
    if (outcome.elsewhere.length > 0) io.err(t.elsewhere(outcome.elsewhere.length, outcome.elsewhere[0]));
    if (corrects !== undefined && inputs.contract.ok) {
      return writeCorrection(corrects, inputs.contract.value, outcome.actuals, invoice, target, io);
    }
    if (target === undefined) {
      io.out(JSON.stringify(invoiceToJson(invoice), null, 2));
      return 0;
    }
    await writeFileAtomic(target, await workbookBuffer([invoiceSheetPlan(invoice, { paper })]), io.fs);
    const total = shownAmount(invoice.total, invoice.contract.currency, lang);
    io.out(t.wrote(shownPath(target), t.invoiceWritten(invoice.number, total)));
    return 0;
  },
};
