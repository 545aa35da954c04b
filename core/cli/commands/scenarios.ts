import { invoiceToJson } from '../../invoice/toJson';
import type { Invoice } from '../../invoice/types';
import { scenariosSheetPlan } from '../../layout/scenariosSheet';
import { priceScenario } from '../../model/scenario';
import { requiredOption } from '../args';
import { CliError } from '../cliError';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import {
  OUTPUT_OPTIONS,
  money,
  outputTarget,
  readContractFile,
  readScenarioFile,
  textTable,
  writeSheets,
} from '../modelInputs';

const USAGE =
  'usage: outcome-fees scenarios --contract FILE.json|FILE.xlsx --scenarios FILE.csv [-o FILE.xlsx | --json]';

/**
 * `outcome-fees scenarios`: each scenario of a `Scenario,Kind,Name,Value` file priced as one invoicing
 * period by the invoice engine: a table, JSON `{"scenarios":[{"name","subtotal","total","lines"}]}`, or an
 * .xlsx Scenarios sheet.
 */
export const scenariosCommand: Command = {
  usage: USAGE,
  options: { contract: { type: 'string' }, scenarios: { type: 'string' }, ...OUTPUT_OPTIONS },
  maxPositionals: 0,
  run: async (args, io): Promise<ExitCode> => {
    const contractFile = requiredOption(args, 'contract', USAGE);
    const scenariosFile = requiredOption(args, 'scenarios', USAGE);
    const target = outputTarget(args, [contractFile, scenariosFile], USAGE);
    const contract = await readContractFile(contractFile);
    const scenarios = await readScenarioFile(scenariosFile, contract);
    const priced = scenarios.map((scenario) => {
      const result = priceScenario(contract, scenario.values);
      if (!result.ok)
        throw new CliError(result.problems.map((p) => `scenario "${scenario.name}": ${p}`).join('\n'));
      return { scenario, invoice: result.invoice };
    });
    const m = (invoice: Invoice, amount: Invoice['total']) => money(amount, invoice.contract.currency);
    if (target !== undefined) {
      await writeSheets(
        target,
        [scenariosSheetPlan(contract, priced)],
        io,
        `${priced.length} scenarios priced`,
      );
    } else if (args.values.json) {
      const scenariosJson = priced.map(({ scenario, invoice }) => ({
        name: scenario.name,
        subtotal: m(invoice, invoice.subtotal),
        total: m(invoice, invoice.total),
        lines: (invoiceToJson(invoice) as { lines: unknown[] }).lines,
      }));
      io.out(JSON.stringify({ scenarios: scenariosJson }, null, 2));
    } else {
      io.out(
        textTable(
          ['Scenario', 'Subtotal', 'VAT', `Total ${contract.currency}`],
          priced.map(({ scenario, invoice }) => [
            scenario.name,
            m(invoice, invoice.subtotal),
            m(invoice, invoice.vat.amount),
            m(invoice, invoice.total),
          ]),
        ),
      );
    }
    return 0;
  },
};
