import { comparePeriods, isPeriod } from '../../contract/period';
import { periodNameOf } from '../../contract/periodNames';
import { unpricedSampleVolumes } from '../../contract/conditions';
import { periodsInRange } from '../../control/batch';
import { cliTexts } from '../../i18n/cli';
import { formatAmount } from '../../i18n/numberFormat';
import { forecastSheetPlan } from '../../layout/forecastSheet';
import { distributionsFromCsv } from '../../model/distributionsCsv';
import { forecast, type DeclaredDistribution, type ForecastStats } from '../../model/forecast';
import { requiredOption, stringOption } from '../args';
import { CliError, usageError } from '../cliError';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import { readText, inputName } from '../inputFile';
import { checkPeriodSpelling, requiredPeriod } from '../periodArgs';
import {
  OUTPUT_OPTIONS,
  forecastEnd,
  integerOption,
  money,
  outputTarget,
  readContractWithActuals,
  textTable,
  writeSheets,
} from '../modelInputs';

const USAGE =
  'usage: outcome-fees forecast --contract FILE --actuals FILE --from YYYY-MM|YYYY-Qn --to YYYY-MM|YYYY-Qn [--simulations N] [--seed S] [--distributions FILE.csv] [-o FILE.xlsx | --json]';

/** Enough for stable P10/P90 on a year, and seconds to run. */
export const DEFAULT_SIMULATIONS = 10_000;
/** Simulated invoices a run may hold (simulations × invoicing periods): 100,000 simulations of a monthly year. */
export const MAX_SIMULATED_INVOICES = 2_000_000;
export const DEFAULT_SEED = 1;

/**
 * `outcome-fees forecast`: the distribution of every invoice from `--from` to `--to` and of their sum, by
 * seeded simulation of the values (resampled from the actuals history, or as declared in
 * `--distributions`): JSON `{"periods":[…],"total":{…,"budgetAtRisk"}}`, a table, or a sheet.
 */
export const forecastCommand: Command = {
  usage: USAGE,
  options: {
    contract: { type: 'string' },
    actuals: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    simulations: { type: 'string' },
    seed: { type: 'string' },
    distributions: { type: 'string' },
    ...OUTPUT_OPTIONS,
  },
  maxPositionals: 0,
  run: async (args, io): Promise<ExitCode> => {
    const contractFile = requiredOption(args, 'contract', USAGE);
    const actualsFile = requiredOption(args, 'actuals', USAGE);
    const typed = { from: requiredPeriod(args, 'from', USAGE), to: requiredPeriod(args, 'to', USAGE) };
    checkPeriodSpelling(args, ['from', 'to'], USAGE, { ranges: false });
    const plainMonths = isPeriod(typed.from) && isPeriod(typed.to);
    // Months are ordered before any file is read; named periods once the contract says what they are.
    if (plainMonths && comparePeriods(typed.from, typed.to) > 0)
      throw usageError((t) => t.fromAfterTo(typed.from, typed.to), USAGE);
    const simulations = integerOption(args, 'simulations', DEFAULT_SIMULATIONS, 1, 1_000_000, USAGE);
    const seed = integerOption(args, 'seed', DEFAULT_SEED, 0, 2 ** 31 - 1, USAGE);
    const distributionsFile = stringOption(args, 'distributions');
    const inputs = [contractFile, actualsFile, ...(distributionsFile ? [distributionsFile] : [])];
    const target = outputTarget(args, inputs, USAGE);
    const { contract, actuals } = await readContractWithActuals(contractFile, actualsFile, io);
    const from = forecastEnd(contract, typed.from, 'from');
    const to = forecastEnd(contract, typed.to, 'to');
    if (comparePeriods(from, to) > 0) throw usageError((t) => t.fromAfterTo(typed.from, typed.to), USAGE);
    // Whole invoicing periods within the contract, as `invoice --from/--to` takes them: a range cutting a
    // quarter, or running past the contract's end, would total other months than the ones typed.
    const range = periodsInRange(contract, from, to);
    if (!range.ok) throw new CliError(range.problem);
    // Every simulated total is kept for the percentiles: past this many the run would exhaust memory
    // (and take hours) instead of answering.
    const invoices = simulations * range.periods.length;
    if (invoices > MAX_SIMULATED_INVOICES)
      throw usageError(
        (t) => t.tooManySimulations(simulations, invoices / simulations, invoices, MAX_SIMULATED_INVOICES),
        USAGE,
      );
    let declared: DeclaredDistribution[] = [];
    if (distributionsFile !== undefined) {
      const text = await readText(distributionsFile);
      const read = distributionsFromCsv(text, contract, inputName(distributionsFile));
      if (!read.ok) throw new CliError(read.issues.map((i) => i.message).join('\n'));
      declared = read.value;
    }
    const result = forecast(contract, { from, to, simulations, seed, history: actuals, declared });
    if (!result.ok) throw new CliError(result.problems.join('\n'));
    const f = result.forecast;
    const m = (d: Parameters<typeof money>[0]) => money(d, contract.currency);
    const stats = (s: ForecastStats) => ({ mean: m(s.mean), p10: m(s.p10), p50: m(s.p50), p90: m(s.p90) });
    const lang = contract.language;
    const t = cliTexts(lang);
    const names = declared.map((d) => d.name || t.hours);
    // Hours, each volume (a sampled clause's survey answers too) and each KPI are drawn; those not
    // declared are resampled.
    const volumes = contract.volumes.length + unpricedSampleVolumes(contract).length;
    const drawn = (contract.hourly ? 1 : 0) + volumes + contract.kpis.length;
    const rest = declared.length < drawn;
    const about = t.forecastAbout(simulations, seed, names, rest);
    const draws =
      names.length > 0 ? ({ kind: 'declared', names, rest } as const) : ({ kind: 'resampled' } as const);
    if (target !== undefined) {
      await writeSheets(
        target,
        [forecastSheetPlan(contract, f, { simulations, seed, draws })],
        io,
        t.forecastWritten(from, to, about),
        lang,
      );
    } else if (args.values.json) {
      io.out(
        JSON.stringify(
          {
            periods: f.periods.map((p) => ({ period: p.period, ...stats(p) })),
            total: { ...stats(f.total), budgetAtRisk: m(f.total.budgetAtRisk) },
          },
          null,
          2,
        ),
      );
    } else {
      const shown = (d: Parameters<typeof money>[0]) => formatAmount(d, contract.currency, lang);
      const row = (name: string, s: ForecastStats) => [name, ...[s.mean, s.p10, s.p50, s.p90].map(shown)];
      const table = textTable(
        [t.period, t.mean(contract.currency), 'P10', 'P50', 'P90'],
        // Each invoice named as it is (`2027-Q1`); the JSON keeps its first month, as invoice JSON does.
        [...f.periods.map((p) => row(periodNameOf(contract, p.period), p)), row(t.totalRow, f.total)],
      );
      // Said in a sentence, the amount is the language's number, as every other amount of the CLI's prose.
      const atRisk = formatAmount(f.total.budgetAtRisk, contract.currency, lang);
      io.out(`${table}\n${t.budgetAtRisk(atRisk, contract.currency)}\n${about}`);
    }
    return 0;
  },
};
