import { invoicePeriods } from '../../contract/period';
import { buildInvoice } from '../../invoice/buildInvoice';
import type { Invoice } from '../../invoice/types';
import { compareSheetPlan } from '../../layout/compareSheet';
import { modelSheetTexts } from '../../i18n/modelSheets';
import { cliTexts } from '../../i18n/cli';
import { formatAmount } from '../../i18n/numberFormat';
import {
  compareRow,
  compareTotal,
  compareWindow,
  comparedActuals,
  comparisonWindows,
  scenarioFrequencyProblem,
  type ComparisonRow,
} from '../../model/compare';
import { priceScenario } from '../../model/scenario';
import { multipleOption, stringOption } from '../args';
import { CliError, usageError } from '../cliError';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import { checkNamesForAll } from '../comparedNames';
import { allInOrder, inputName } from '../inputFile';
import {
  checkPeriodSpelling,
  monthNamedForAll,
  periodOption,
  periodsNamedForAll,
  splitPeriodRange,
} from '../periodArgs';
import {
  OUTPUT_OPTIONS,
  money,
  outputTarget,
  readContractFile,
  readContractWithActuals,
  readScenarioFile,
  textTable,
  writeSheets,
} from '../modelInputs';

const USAGE =
  'usage: outcome-fees compare --contract FILE --contract FILE [...] (--actuals FILE [--period YYYY-MM|YYYY-MM..YYYY-MM] | --scenarios FILE.csv) [-o FILE.xlsx | --json]';

function priced(result: ReturnType<typeof buildInvoice>, where: string): Invoice {
  if (!result.ok) throw new CliError(result.problems.map((p) => `${where}: ${p}`).join('\n'));
  return result.invoice;
}

/**
 * `outcome-fees compare`: two or more contracts priced on the same actuals periods (one, or every period
 * each of them can invoice; at different frequencies a period of the longest, the others' invoices in it
 * added up) or the same scenarios, side by side, line kind by line kind, with the
 * difference last − first: JSON `{"contracts","rows":[{"name","totals","difference"}]}`, a table or a sheet.
 */
export const compareCommand: Command = {
  usage: USAGE,
  options: {
    contract: { type: 'string', multiple: true },
    actuals: { type: 'string' },
    period: { type: 'string' },
    scenarios: { type: 'string' },
    ...OUTPUT_OPTIONS,
  },
  maxPositionals: 0,
  run: async (args, io): Promise<ExitCode> => {
    const contractFiles = multipleOption(args, 'contract');
    if (contractFiles.length < 2) throw usageError((t) => t.compareTwo, USAGE);
    const actualsFile = stringOption(args, 'actuals');
    const scenariosFile = stringOption(args, 'scenarios');
    const period = periodOption(args, 'period');
    if (actualsFile !== undefined && scenariosFile !== undefined)
      throw usageError((t) => t.compareBoth, USAGE);
    if (actualsFile === undefined && scenariosFile === undefined)
      throw usageError((t) => t.compareNone, USAGE);
    if (period !== undefined && actualsFile === undefined)
      throw usageError((t) => t.optionGoesWith('--period', '--actuals'), USAGE);
    // One period, or a range of them (`2026-10..2026-12`, the months of a quarter of monthly contracts).
    checkPeriodSpelling(args, ['period'], USAGE);
    const range = period === undefined ? undefined : splitPeriodRange(period);
    const inputs = [...contractFiles, ...[actualsFile, scenariosFile].filter((f) => f !== undefined)];
    const target = outputTarget(args, inputs, USAGE);

    let rows: ComparisonRow[];
    const contracts = await allInOrder(contractFiles.map((file) => readContractFile(file, io)));
    const othersOf = (i: number) => contracts.filter((_, j) => j !== i);
    // Said in the first contract's language, as its sheet is written.
    const lang = contracts[0].language;
    const t = cliTexts(lang);
    const currency = contracts[0].currency;
    if (contracts.some((c) => c.currency !== currency))
      throw new CliError(
        t.currenciesDiffer(
          contractFiles.map((file) => inputName(file)),
          contracts.map((c) => c.currency),
        ),
      );
    const ids = contracts.map((c) => c.id);
    // Two contracts made from one template share its id (the current contract and a proposal): their columns
    // are named by their files, and a file given twice is numbered.
    const files = contractFiles.map((file) => inputName(file));
    const unique = (names: readonly string[], i: number) =>
      names.indexOf(names[i]) === names.lastIndexOf(names[i]);
    const labels = ids.map((id, i) =>
      unique(ids, i) ? id : unique(files, i) ? files[i] : `${files[i]} (${i + 1})`,
    );
    // A name no contract knows is said with each one's names, before a contract's reader says its own.
    await checkNamesForAll(
      actualsFile ?? scenariosFile!,
      contracts.map((contract, i) => ({ contract, label: labels[i] })),
      lang,
    );
    if (actualsFile !== undefined) {
      const read = await allInOrder(
        contractFiles.map((file, i) => readContractWithActuals(file, actualsFile, io, othersOf(i))),
      );
      const compared = read.map((r) => r.contract);
      const actuals = comparedActuals(
        compared,
        read.map((r) => r.actuals),
      );
      const invoiceable = compared.map((c, i) => invoicePeriods(c, actuals[i]));
      // Every period of a range is compared, each as `--period` names one: a month without actuals is an
      // error, not a row left out.
      const named = range === undefined ? undefined : periodsNamedForAll(compared, range);
      if (named !== undefined && !named.ok) throw new CliError(named.problem);
      const starts =
        named !== undefined
          ? named.periods
          : [period === undefined ? undefined : monthNamedForAll(compared, period)];
      const windows = [];
      for (const start of starts) {
        const found = comparisonWindows(compared, invoiceable, start, lang);
        if (!found.ok) throw new CliError(found.problem);
        windows.push(...found.windows);
      }
      if (windows.length === 0) throw new CliError(t.noCommonPeriod);
      rows = windows.map((w) =>
        compareWindow(
          w.name,
          compared.map((c, i) =>
            w.periods[i].map((p) => priced(buildInvoice(c, actuals[i], p), inputName(contractFiles[i]))),
          ),
        ),
      );
    } else {
      const frequencies = scenarioFrequencyProblem(contracts, lang);
      if (frequencies !== undefined) throw new CliError(frequencies);
      const scenarios = await allInOrder(
        contracts.map((c, i) => readScenarioFile(scenariosFile!, c, othersOf(i))),
      );
      const names = [...new Set(scenarios.flatMap((list) => list.map((s) => s.name)))];
      if (names.length === 0) throw new CliError(t.noScenarioInFile(inputName(scenariosFile!)));
      // A scenario whose every value is foreign to a contract is, for that contract, a period without values.
      const valuesOf = (i: number, name: string) =>
        scenarios[i].find((s) => s.name === name)?.values ?? { kpis: new Map(), volumes: new Map() };
      rows = names.map((name) =>
        compareRow(
          name,
          contracts.map((c, i) =>
            priced(
              priceScenario(c, valuesOf(i, name)),
              `${inputName(contractFiles[i])}, ${t.scenarioLabel(name)}`,
            ),
          ),
        ),
      );
    }
    const m = (d: Parameters<typeof money>[0]) => money(d, currency);
    if (target !== undefined) {
      const basis = actualsFile
        ? ({ kind: 'actuals', source: inputName(actualsFile) } as const)
        : ({ kind: 'scenarios', source: inputName(scenariosFile!) } as const);
      await writeSheets(
        target,
        [compareSheetPlan(labels, currency, rows, basis, lang)],
        io,
        t.comparisonWritten(labels, rows.length),
        lang,
      );
    } else if (args.values.json) {
      io.out(
        JSON.stringify(
          {
            contracts: ids,
            rows: rows.map((r) => ({
              name: r.name,
              totals: r.totals.map(m),
              difference: m(r.difference),
              kinds: r.kinds.map((k) => ({
                kind: k.kind,
                amounts: k.amounts.map(m),
                difference: m(k.difference),
              })),
            })),
          },
          null,
          2,
        ),
      );
    } else {
      const shown = (d: Parameters<typeof money>[0]) => formatAmount(d, currency, lang);
      // Several rows: their sum, and which kinds of line make its difference.
      const total = compareTotal(t.totalRow, rows);
      const kinds = textTable(
        [t.compareKinds, ...labels, t.difference(currency)],
        total.kinds.map((k) => [
          modelSheetTexts(lang).lineKind(k.kind),
          ...k.amounts.map(shown),
          shown(k.difference),
        ]),
      );
      const listed = rows.length > 1 ? [...rows, total] : rows;
      io.out(
        [
          textTable(
            [
              modelSheetTexts(lang).rowHeader(actualsFile ? 'actuals' : 'scenarios'),
              ...labels,
              t.difference(currency),
            ],
            listed.map((r) => [r.name, ...r.totals.map(shown), shown(r.difference)]),
          ),
          '',
          kinds,
        ].join('\n'),
      );
    }
    return 0;
  },
};
