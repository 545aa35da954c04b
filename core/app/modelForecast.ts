/**
 * The pane's forecast: the months after the latest month of the actuals, simulated by the engine (seeded),
 * with values resampled from the actuals history or drawn from triangular distributions whose pessimistic,
 * likely and optimistic levels are the worst, expected and best rows of a Scenarios sheet. The sheet gets
 * the percentiles, the budget at risk and the histogram with its chart.
 */
import { addMonths, comparePeriods, invoiceWindow, isWithinContract } from '../contract/period';
import type { Actuals, Contract } from '../contract/types';
import { periodsInRange } from '../control/batch';
import { modelTexts } from '../i18n/model';
import { modelSheetTexts } from '../i18n/modelSheets';
import { formatMoney } from '../i18n/numberFormat';
import { forecastSheetPlan } from '../layout/forecastSheet';
import { invoicePeriodName } from '../invoice/periodName';
import { measureValue, scenarioMeasures } from '../layout/editableScenariosSheet';
import { forecast, type DeclaredDistribution } from '../model/forecast';
import { forecastMonth } from '../model/forecastMonth';
import type { Scenario } from '../model/scenario';
import { ActionError, readWorkbook, usableInputs } from './actions';
import type { Lang } from './bridge';
import { andThen, type MaybePromise } from './maybePromise';
import { scenariosOf, typedWhole } from './modelInputs';
import type { ModelSheetResult } from './modelScenarios';
import type { WorkbookPort } from './workbookPort';

/** What the pane asks for, as typed. */
export interface ForecastRequest {
  /** The First month as typed (a month or a period's name); blank, the month after the latest actuals. */
  readonly firstMonth?: string;
  readonly months: string;
  readonly simulations: string;
  readonly seed: string;
  readonly method: 'resampled' | 'declared';
  /** The Scenarios sheet of a `declared` forecast. */
  readonly scenarioSheet?: string;
}

/** A pane waits while it simulates: 1,000 years take about a second of CPU, resampled or declared. */
const MAX_SIMULATIONS = 10_000;
const MAX_MONTHS = 36;

function lastMonth(actuals: Actuals, lang: Lang): string {
  const months = [...actuals.periods.keys()].sort(comparePeriods);
  if (months.length === 0) throw new ActionError(modelTexts(lang).noActualsMonth);
  return months[months.length - 1];
}

/**
 * A blank First month is the one after the latest actuals. When that month is inside a quarter (actuals
 * ending in its middle), say so and where a forecast of it starts instead.
 */
function refuseStartInsidePeriod(contract: Contract, latest: string, start: string, lang: Lang): void {
  const window = invoiceWindow(contract, start);
  if (!window || window[0] === start) return;
  const [first, last] = [window[0], window[window.length - 1]];
  throw new ActionError(
    modelTexts(lang).startCutsPeriod(
      latest,
      start,
      invoicePeriodName(window),
      `${first}..${last}`,
      first,
      last,
      addMonths(last, 1),
    ),
  );
}

/**
 * The worst, expected and best rows a declared forecast draws between: named in the contract's language, as
 * the pane names them (core/model/prefill.ts), or in English, as on a French sheet made before it did.
 */
function drawnRows(contract: Contract, scenarios: readonly Scenario[], lang: Lang) {
  const named = [contract.language, 'en' as const].map((language) => {
    const names = modelSheetTexts(language).prefilledNames;
    const rows = [names.worst, names.expected, names.best].map((name) =>
      scenarios.find((s) => s.name === name),
    );
    return { names, rows: rows.every((row) => row !== undefined) ? rows : undefined };
  });
  const found = named.find((n) => n.rows !== undefined);
  if (!found) throw new ActionError(modelTexts(lang).declaredNeedsRows(named[0]!.names));
  return { names: found.names, rows: found.rows! };
}

/** Triangular distributions from the worst, expected and best rows, for every measure of the contract. */
function declaredFrom(
  contract: Contract,
  [worst, expected, best]: readonly Scenario[],
): DeclaredDistribution[] {
  return scenarioMeasures(contract).flatMap((measure) => {
    const levels = [worst, expected, best].map((s) => measureValue(s.values, measure));
    if (levels.some((v) => v === undefined)) return [];
    const [pessimistic, likely, optimistic] = levels as NonNullable<(typeof levels)[number]>[];
    return [
      {
        kind: measure.kind,
        name: measure.name,
        distribution: { kind: 'triangular', pessimistic, likely, optimistic },
      },
    ];
  });
}

/**
 * Months that end inside a quarter: the Months field is the one the user typed, so name it and the counts
 * either side that end on the period's last month (a period past the contract's end is left to
 * `periodsInRange`, which says so).
 */
function refuseMonthsInsidePeriod(contract: Contract, start: string, months: number, lang: Lang): void {
  const end = addMonths(start, months - 1);
  const window = invoiceWindow(contract, end);
  if (!window || !window.every((m) => isWithinContract(contract, m))) return;
  const at = window.indexOf(end);
  if (at === window.length - 1) return;
  const counts = [months - at - 1, months + window.length - at - 1].filter((n) => n >= 1 && n <= MAX_MONTHS);
  const name = invoicePeriodName(window);
  const span = `${window[0]}..${window[window.length - 1]}`;
  throw new ActionError(modelTexts(lang).monthsCutPeriod(months, start, end, name, span, counts));
}

/** The First month as typed, read as `forecast --from` reads it; blank, the month after the latest actuals. */
function firstMonth(contract: Contract, actuals: Actuals, typed: string, lang: Lang): string {
  if (typed.trim() === '') {
    const latest = lastMonth(actuals, lang);
    const from = addMonths(latest, 1);
    refuseStartInsidePeriod(contract, latest, from, lang);
    return from;
  }
  const t = modelTexts(lang);
  const read = forecastMonth(contract, typed, 'from', t.firstMonthLabel, lang);
  if (!read.ok) throw new ActionError(read.namesField ? read.problem : t.firstMonthProblem(read.problem));
  // A start inside a quarter would be blamed on Months (the range's end) or said of a range never typed.
  const window = invoiceWindow(contract, read.month);
  if (window && window[0] !== read.month) {
    const [first, last] = [window[0], window[window.length - 1]];
    const name = invoicePeriodName(window);
    throw new ActionError(
      t.firstMonthCutsPeriod(read.month, name, `${first}..${last}`, first, addMonths(last, 1)),
    );
  }
  return read.month;
}

/** The Months, Simulations and Seed fields, read before the workbook is: a typing mistake costs no read. */
export function forecastNumbers(
  request: Pick<ForecastRequest, 'months' | 'simulations' | 'seed'>,
  lang: Lang,
): { readonly months: number; readonly simulations: number; readonly seed: number } {
  const t = modelTexts(lang);
  return {
    months: typedWhole(request.months, t.monthsLabel, 1, MAX_MONTHS, lang),
    simulations: typedWhole(request.simulations, t.simulationsLabel, 1, MAX_SIMULATIONS, lang),
    seed: typedWhole(request.seed, t.seedLabel, 0, 2 ** 31 - 1, lang),
  };
}

/**
 * The months forecast: `months` from the First month as typed (blank, the month after the latest actuals),
 * whole invoicing periods of `contract`.
 */
export function forecastMonths(
  contract: Contract,
  actuals: Actuals,
  typed: string,
  months: number,
  lang: Lang,
): { readonly from: string; readonly to: string } {
  const from = firstMonth(contract, actuals, typed, lang);
  refuseMonthsInsidePeriod(contract, from, months, lang);
  return { from, to: addMonths(from, months - 1) };
}

export function forecastSheet(
  port: WorkbookPort,
  request: ForecastRequest,
  lang: Lang,
  picked?: string,
): MaybePromise<ModelSheetResult> {
  const t = modelTexts(lang);
  const { months, simulations, seed } = forecastNumbers(request, lang);
  const sheet = request.method === 'declared' ? request.scenarioSheet : undefined;
  if (request.method === 'declared' && !sheet) throw new ActionError(t.declaredNeedsScenarios);
  return andThen(readWorkbook(port, lang, picked), (read) => {
    const { contract, actuals } = usableInputs(read, lang);
    return andThen(sheet ? port.readSheets([sheet]) : [null], ([grid]) => {
      const drawn = sheet
        ? drawnRows(contract, scenariosOf(grid ?? null, sheet, contract, lang).scenarios, lang)
        : null;
      const declared = drawn ? declaredFrom(contract, drawn.rows) : [];
      const { from, to } = forecastMonths(contract, actuals, request.firstMonth ?? '', months, lang);
      // Whole invoicing periods within the contract, as the command line's --from/--to: months cutting a
      // quarter, or running past the contract's end, would total other months than the ones asked for.
      const range = periodsInRange(contract, from, to, lang);
      if (!range.ok) throw new ActionError(range.problem);
      const result = forecast(contract, { from, to, simulations, seed, history: actuals, declared });
      if (!result.ok) throw new ActionError(t.modelProblems(result.problems));
      const f = result.forecast;
      const draws =
        sheet && drawn
          ? { kind: 'triangular' as const, sheet, rows: drawn.names }
          : { kind: 'resampled' as const };
      const basis = { simulations, seed, draws };
      return andThen(port.paint([{ plan: forecastSheetPlan(contract, f, basis) }]), ([made]) => {
        const money = (d: typeof f.total.mean) => formatMoney(d, contract.currency, lang);
        const total = f.total;
        return {
          sheet: made!,
          message: t.forecastMade(
            made!,
            money(total.mean),
            money(total.p10),
            money(total.p90),
            money(total.budgetAtRisk),
          ),
        };
      });
    });
  });
}
