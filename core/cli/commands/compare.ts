import { comparePeriods, invoicePeriods } from '../../contract/period';
import { periodNameOf } from '../../contract/periodNames';
import { periodsInRange } from '../../control/batch';
import { buildInvoice } from '../../invoice/buildInvoice';
import type { Invoice } from '../../invoice/types';
import { compareSheetPlan } from '../../layout/compareSheet';
import { modelSheetTexts, type ComparisonBasis, type DeclaredMeasure } from '../../i18n/modelSheets';
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
import { compareForecast } from '../../model/compareForecast';
import { distributionsForAll } from '../../model/distributionsCsv';
import type { DeclaredDistribution, ForecastStats } from '../../model/forecast';
import { priceScenario } from '../../model/scenario';
import { multipleOption, stringOption } from '../args';
import { CliError, usageError } from '../cliError';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import { checkNamesForAll } from '../comparedNames';
import { allInOrder, inputName, readText } from '../inputFile';
import {
  checkPeriodSpelling,
  monthNamedForAll,
  periodOption,
  periodsNamedForAll,
  requiredPeriod,
  splitPeriodRange,
} from '../periodArgs';
import {
  OUTPUT_OPTIONS,
  forecastEnd,
  integerOption,
  money,
  outputTarget,
  readContractFile,
  readContractWithActuals,
  readScenarioFile,
  textTable,
  writeSheets,
} from '../modelInputs';
import { DEFAULT_SEED, DEFAULT_SIMULATIONS, MAX_SIMULATED_INVOICES } from './forecast';

const USAGE =
  'usage: outcome-fees compare --contract FILE --contract FILE [...] (--actuals FILE [--period YYYY-MM|YYYY-MM..YYYY-MM | --from YYYY-MM --to YYYY-MM [--simulations N] [--seed S] [--distributions FILE.csv]] | --scenarios FILE.csv) [-o FILE.xlsx | --json]';

function priced(result: ReturnType<typeof buildInvoice>, where: string): Invoice {
  if (!result.ok) throw new CliError(result.problems.map((p) => `${where}: ${p}`).join('\n'));
  return result.invoice;
}

/**
 * `outcome-fees compare`: two or more contracts priced on the same actuals periods (one, or every period
 * each of them can invoice; at different frequencies a period of the longest, the others' invoices in it
 * added up), the same scenarios, or a forecast from `--from` to `--to` (each contract's mean invoice, every
 * contract priced on the same seeded draws), side by side, line kind by line kind, with the difference
 * last − first: JSON `{"contracts","rows":[{"name","totals","difference"}]}`, a table or a sheet.
 */
export const compareCommand: Command = {
  usage: USAGE,
  options: {
    contract: { type: 'string', multiple: true },
    actuals: { type: 'string' },
    period: { type: 'string' },
    scenarios: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    simulations: { type: 'string' },
    seed: { type: 'string' },
    distributions: { type: 'string' },
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
    // Past the two checks above, no --actuals means --scenarios, which is said as the user gave it.
    if (period !== undefined && actualsFile === undefined)
      throw usageError((t) => t.optionNotWithScenarios('--period', false), USAGE);
    // A forecast: --from and --to, on the actuals' history; --simulations and --seed go with them.
    const forecastOption = ['from', 'to', 'simulations', 'seed', 'distributions'].find(
      (o) => args.values[o] !== undefined,
    );
    const forecasting = forecastOption !== undefined;
    if (forecasting && actualsFile === undefined)
      throw usageError((t) => t.optionNotWithScenarios(`--${forecastOption}`, true), USAGE);
    if (forecasting && period !== undefined) throw usageError((t) => t.compareForecastBoth, USAGE);
    const typed = forecasting
      ? { from: requiredPeriod(args, 'from', USAGE), to: requiredPeriod(args, 'to', USAGE) }
      : undefined;
    if (typed) checkPeriodSpelling(args, ['from', 'to'], USAGE, { ranges: false });
    const simulations = integerOption(args, 'simulations', DEFAULT_SIMULATIONS, 1, 1_000_000, USAGE);
    const seed = integerOption(args, 'seed', DEFAULT_SEED, 0, 2 ** 31 - 1, USAGE);
    // One period, or a range of them (`2026-10..2026-12`, the months of a quarter of monthly contracts).
    checkPeriodSpelling(args, ['period'], USAGE);
    const range = period === undefined ? undefined : splitPeriodRange(period);
    const inputs = [...contractFiles, ...[actualsFile, scenariosFile].filter((f) => f !== undefined)];
    const target = outputTarget(args, inputs, USAGE);

    let rows: ComparisonRow[];
    let difference: Omit<ForecastStats, 'mean'> | undefined;
    let drawnAsDeclared: DeclaredMeasure[] = [];
    let scenariosPricedAs: { readonly contract: string; readonly period: string }[] = [];
    /** On scenarios, the first month of the invoice each contract prices them as, as `scenarios` gives it. */
    let scenarioPeriods: string[] = [];
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
      if (typed !== undefined) {
        const from = forecastEnd(compared[0], typed.from, 'from');
        const to = forecastEnd(compared[0], typed.to, 'to');
        if (comparePeriods(from, to) > 0) throw usageError((u) => u.fromAfterTo(typed.from, typed.to), USAGE);
        // Whole invoicing periods within every contract, as `forecast` takes them.
        const ranges = compared.map((c) => periodsInRange(c, from, to, lang));
        ranges.forEach((range, i) => {
          if (!range.ok) throw new CliError(`${labels[i]}: ${range.problem}`);
        });
        const periods = ranges.reduce((n, r) => n + (r.ok ? r.periods.length : 0), 0);
        const invoices = simulations * periods;
        if (invoices > MAX_SIMULATED_INVOICES)
          throw usageError(
            (u) => u.tooManySimulations(simulations, periods, invoices, MAX_SIMULATED_INVOICES),
            USAGE,
          );
        // One declared distribution a measure, each contract reading the rows of its own measures.
        const distributionsFile = stringOption(args, 'distributions');
        let declared: DeclaredDistribution[] = [];
        if (distributionsFile !== undefined) {
          const read = distributionsForAll(
            await readText(distributionsFile),
            compared.map((contract, i) => ({ contract, label: labels[i] })),
            inputName(distributionsFile),
            lang,
          );
          if (!read.ok) throw new CliError(read.issues.map((issue) => issue.message).join('\n'));
          declared = read.value.map((d) => d.distribution);
          drawnAsDeclared = read.value.map((d) => ({
            name: d.distribution.name || t.hours,
            lackedBy: d.lackedBy,
          }));
        }
        const options = { from, to, simulations, seed, declared };
        const result = compareForecast(compared, actuals, options, labels, lang, t.totalRow);
        if (!result.ok) throw new CliError(result.problems.join('\n'));
        if (result.comparison.rows.length === 0) throw new CliError(t.noCommonPeriod);
        rows = [...result.comparison.rows];
        difference = result.comparison.difference;
      } else {
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
      }
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
      const invoices = names.map((name) =>
        contracts.map((c, i) =>
          priced(
            priceScenario(c, valuesOf(i, name)),
            `${inputName(contractFiles[i])}, ${t.scenarioLabel(name)}`,
          ),
        ),
      );
      rows = names.map((name, s) => compareRow(name, invoices[s]));
      // Each contract prices a scenario as its own first invoice closing every KPI (a quarterly KPI's
      // contract, March): said as `scenarios` says it, each contract's when they differ.
      scenarioPeriods = contracts.map((_, i) => invoices[0][i].period);
      scenariosPricedAs = contracts.map((c, i) => ({
        contract: labels[i],
        period: periodNameOf(c, invoices[0][i].period),
      }));
    }
    const m = (d: Parameters<typeof money>[0]) => money(d, currency);
    const basis: ComparisonBasis =
      actualsFile === undefined
        ? { kind: 'scenarios', source: inputName(scenariosFile!), pricedAs: scenariosPricedAs }
        : difference !== undefined
          ? {
              kind: 'forecast',
              source: inputName(actualsFile),
              simulations,
              seed,
              declared: drawnAsDeclared,
            }
          : { kind: 'actuals', source: inputName(actualsFile) };
    const pricedAsLine = (each: readonly (typeof scenariosPricedAs)[number][]) =>
      each.every((e) => e.period === each[0].period)
        ? t.pricedAs(each[0].period, t.firstClosingPeriod)
        : t.pricedAsEach(each, t.firstClosingPeriod);
    type Spread = Omit<ForecastStats, 'mean'>;
    const stats = (s: Spread) => ({ p10: m(s.p10), p50: m(s.p50), p90: m(s.p90) });
    const shownStats = (s: Spread) => {
      const shown = (d: Parameters<typeof money>[0]) => formatAmount(d, currency, lang);
      return { p10: shown(s.p10), p50: shown(s.p50), p90: shown(s.p90) };
    };
    if (target !== undefined) {
      await writeSheets(
        target,
        [compareSheetPlan(labels, currency, rows, basis, lang, difference)],
        io,
        t.comparisonWritten(labels, rows.length),
        lang,
      );
    } else if (args.values.json) {
      io.out(
        JSON.stringify(
          {
            contracts: ids,
            ...(basis.kind === 'scenarios' ? { periods: scenarioPeriods } : {}),
            ...(difference !== undefined ? { simulations, seed } : {}),
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
            ...(difference !== undefined ? { difference: stats(difference) } : {}),
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
            [modelSheetTexts(lang).rowHeader(basis.kind), ...labels, t.difference(currency)],
            listed.map((r) => [r.name, ...r.totals.map(shown), shown(r.difference)]),
          ),
          '',
          kinds,
          // A forecast says what its rows are, and how the difference spreads over the simulations.
          ...(difference !== undefined
            ? [
                modelSheetTexts(lang).forecastDifference(shownStats(difference), currency),
                modelSheetTexts(lang).comparisonSubtitle(basis),
              ]
            : []),
          ...(basis.kind === 'scenarios' ? ['', pricedAsLine(basis.pricedAs)] : []),
        ].join('\n'),
      );
    }
    return 0;
  },
};
