import { periodNameOf } from '../../contract/periodNames';
import { cliTexts } from '../../i18n/cli';
import { formatAmount } from '../../i18n/numberFormat';
import { invoiceToJson } from '../../invoice/toJson';
import type { Invoice } from '../../invoice/types';
import { scenariosSheetPlan } from '../../layout/scenariosSheet';
import { placeOf, priceScenario } from '../../model/scenario';
import { requiredOption, stringOption } from '../args';
import { CliError, usageError } from '../cliError';
import type { Command } from '../command';
import { inputName } from '../inputFile';
import type { ExitCode } from '../io';
import { checkPeriodSpelling, periodOption } from '../periodArgs';
import {
  OUTPUT_OPTIONS,
  money,
  noteIdleValues,
  oneInvoiceMonth,
  outputTarget,
  readContractFile,
  readContractWithActuals,
  readScenarioFile,
  textTable,
  writeSheets,
} from '../modelInputs';

const USAGE =
  'usage: outcome-fees scenarios --contract FILE.json|FILE.xlsx --scenarios FILE.csv [--period YYYY-MM [--actuals FILE]] [-o FILE.xlsx | --json]';

/**
 * `outcome-fees scenarios`: each scenario of a `Scenario,Kind,Name,Value` file priced as one invoicing
 * period by the invoice engine: a table, JSON `{"period","scenarios":[{"name","subtotal","total","lines"}]}`,
 * or an .xlsx Scenarios sheet. The period is `--period` (its terms: ramps, time-boxed clauses, price
 * revisions; with `--actuals`, its earlier months too: earnbacks, repeat failures), else the first one that
 * closes every KPI's evaluation period, alone. Which one is always said: a ramped target differs by period.
 */
export const scenariosCommand: Command = {
  usage: USAGE,
  options: {
    contract: { type: 'string' },
    scenarios: { type: 'string' },
    period: { type: 'string' },
    actuals: { type: 'string' },
    ...OUTPUT_OPTIONS,
  },
  maxPositionals: 0,
  run: async (args, io): Promise<ExitCode> => {
    const contractFile = requiredOption(args, 'contract', USAGE);
    const scenariosFile = requiredOption(args, 'scenarios', USAGE);
    const period = periodOption(args, 'period');
    const actualsFile = stringOption(args, 'actuals');
    checkPeriodSpelling(args, ['period'], USAGE, { ranges: false });
    if (actualsFile !== undefined && period === undefined)
      throw usageError((t) => t.optionNeeds('--actuals', '--period'), USAGE);
    const inputs = [contractFile, scenariosFile, ...(actualsFile === undefined ? [] : [actualsFile])];
    const target = outputTarget(args, inputs, USAGE);
    const { contract, actuals } =
      actualsFile === undefined
        ? { contract: await readContractFile(contractFile, io), actuals: undefined }
        : await readContractWithActuals(contractFile, actualsFile, io);
    const scenarios = await readScenarioFile(scenariosFile, contract);
    const lang = contract.language;
    const t = cliTexts(lang);
    const place =
      period === undefined
        ? {}
        : { period: oneInvoiceMonth(contract, period, 'scenarios'), history: actuals };
    const where = placeOf(contract, place);
    if ('problem' in where) throw new CliError(where.problem);
    const priced = scenarios.map((scenario) => {
      const result = priceScenario(contract, scenario.values, place);
      if (!result.ok)
        throw new CliError(
          result.problems.map((p) => t.inScenario(inputName(scenariosFile), scenario.name, p)).join('\n'),
        );
      return { scenario, invoice: result.invoice };
    });
    const pricedAs = priced[0].invoice.period;
    for (const { scenario } of priced)
      noteIdleValues(contract, inputName(scenariosFile), scenario.name, scenario.values, place, io);
    const about =
      period === undefined
        ? t.firstClosingPeriod
        : actuals === undefined
          ? t.noEarlierMonths
          : t.otherMonthsFrom(inputName(actualsFile!));
    const m = (invoice: Invoice, amount: Invoice['total']) => money(amount, invoice.contract.currency);
    if (target !== undefined) {
      await writeSheets(
        target,
        [scenariosSheetPlan(contract, priced)],
        io,
        t.scenariosWritten(priced.length, pricedAs),
        lang,
      );
    } else if (args.values.json) {
      const scenariosJson = priced.map(({ scenario, invoice }) => ({
        name: scenario.name,
        subtotal: m(invoice, invoice.subtotal),
        total: m(invoice, invoice.total),
        lines: (invoiceToJson(invoice) as { lines: unknown[] }).lines,
      }));
      io.out(JSON.stringify({ period: pricedAs, scenarios: scenariosJson }, null, 2));
    } else {
      const shown = (amount: Invoice['total']) => formatAmount(amount, contract.currency, lang);
      const table = textTable(
        [...t.scenariosColumns, t.total(contract.currency)],
        priced.map(({ scenario, invoice }) => [
          scenario.name,
          shown(invoice.subtotal),
          shown(invoice.vat.amount),
          shown(invoice.total),
        ]),
      );
      io.out(`${table}\n${t.pricedAs(periodNameOf(contract, pricedAs), about)}`);
    }
    return 0;
  },
};
