/**
 * Forecast: the distribution of each future invoice's total and of their sum, by simulation. Each
 * simulation draws every month's volumes, hours and KPI values — from declared distributions, or by
 * resampling the actuals history (a month of the history is drawn, and its values are used together so
 * that a busy month stays busy on every measure; a measure that month lacks, such as a quarterly KPI, is
 * drawn among that measure's own observed values) — appends them to the history and prices every invoice
 * with the engine, earnbacks included. Seeded: the same seed gives the same forecast.
 */
import { buildActuals, actualEntries, type MeasuredEntry } from '../contract/actuals';
import {
  kpiEntryMonths,
  addMonths,
  aggregationWindow,
  kpiDueMonth,
  closesWindow,
  comparePeriods,
  invoiceWindow,
  isWithinContract,
} from '../contract/period';
import { unpricedSampleVolumes } from '../contract/conditions';
import { comesWhole } from '../contract/countUnits';
import type { Actuals, Contract, Period, PeriodActuals } from '../contract/types';
import { buildInvoice } from '../invoice/buildInvoice';
import { decSum, dec, quotient, roundMoney, type Dec } from '../money';
import { modelProblemTexts } from '../i18n/modelProblems';
import { sampler, type Distribution } from './distribution';
import { kpiRange, type ValueRange } from './kpiRange';
import { seededDraws, type Draws } from './random';

/** The distribution declared for one measure; `name` is empty for hours. */
export interface DeclaredDistribution {
  readonly kind: MeasuredEntry['kind'];
  readonly name: string;
  readonly distribution: Distribution;
}

export interface ForecastOptions {
  /** First and last months of the forecast; every invoicing period starting between them is forecast. */
  readonly from: Period;
  readonly to: Period;
  readonly simulations: number;
  readonly seed: number;
  /** Measured months: resampled for every measure without a declared distribution. */
  readonly history: Actuals;
  readonly declared?: readonly DeclaredDistribution[];
}

/** Mean and percentiles of simulated totals, in minor units. */
export interface ForecastStats {
  readonly mean: Dec;
  readonly p10: Dec;
  readonly p50: Dec;
  readonly p90: Dec;
}

/** One bar of the histogram of simulated totals: totals in [from, to) (the last bar includes `to`). */
export interface HistogramBin {
  readonly from: Dec;
  readonly to: Dec;
  readonly count: number;
}

export interface Forecast {
  readonly periods: readonly ({ readonly period: Period } & ForecastStats)[];
  /** The sum of the periods' totals; budget at risk = P90 − mean. */
  readonly total: ForecastStats & { readonly budgetAtRisk: Dec; readonly histogram: readonly HistogramBin[] };
}

/** Simulations after which an invoice cache that served nothing is dropped. */
const CACHE_TRIAL = 100;

/** Bars of the forecast's histogram. */
const HISTOGRAM_BINS = 20;

export type ForecastResult =
  | { readonly ok: true; readonly forecast: Forecast }
  | { readonly ok: false; readonly problems: readonly string[] };

/** A measure drawn each month it is due. */
interface Measure {
  readonly kind: MeasuredEntry['kind'];
  readonly name: string;
  /** Months of evaluation (KPIs are drawn on the month closing their period). */
  readonly months: number;
  readonly draw: (draws: Draws, month: HistoryMonth | undefined) => Dec;
}

type HistoryMonth = ReadonlyMap<string, Dec>;
const keyOf = (kind: MeasuredEntry['kind'], name: string) => `${kind}|${name}`;

/**
 * The last month of the actuals and the one after it, when months lie between them and the forecast's
 * first: no value is drawn for those, so an invoice reading them (a repeat failure, a baseline) fails.
 */
function gapAfterHistory(history: Actuals, first: Period): { last: Period; next: Period } | undefined {
  const last = [...history.periods.keys()].reduce<Period | undefined>(
    (a, b) => (a === undefined || comparePeriods(b, a) > 0 ? b : a),
    undefined,
  );
  if (last === undefined) return undefined;
  const next = addMonths(last, 1);
  return comparePeriods(next, first) < 0 ? { last, next } : undefined;
}

export function forecast(contract: Contract, options: ForecastOptions): ForecastResult {
  const { from, to, simulations, seed, history } = options;
  const t = modelProblemTexts(contract.language);
  if (comparePeriods(from, to) > 0) return { ok: false, problems: [t.fromAfterTo(from, to)] };
  if (!Number.isInteger(simulations) || simulations < 1) return { ok: false, problems: [t.simulations] };
  const periods = forecastPeriods(contract, from, to);
  if (periods.length === 0) return { ok: false, problems: [t.noPeriod(from, to)] };
  const months = periods.flatMap((p) => invoiceWindow(contract, p)!);
  const simulated = new Set(months);

  // A price index is published, not drawn: its values stay as entered in every month.
  const past = actualEntries(history).filter((e) => !simulated.has(e.period) || e.kind === 'index');
  const historyMonths: HistoryMonth[] = [...history.periods.values()].map(
    (at) =>
      new Map<string, Dec>([
        ...(at.hours !== undefined ? [[keyOf('hours', ''), at.hours] as [string, Dec]] : []),
        ...[...at.volumes].map(([n, v]) => [keyOf('volume', n), v] as [string, Dec]),
        ...[...at.kpis].map(([n, v]) => [keyOf('kpi', n), v] as [string, Dec]),
      ]),
  );
  const built = measures(contract, options.declared ?? [], historyMonths);
  if ('problems' in built) return { ok: false, problems: built.problems };

  // The history is built once; each simulation lays its drawn months over it.
  const pastActuals = buildActuals(past, months);
  const windows = periods.map((p) => invoiceWindow(contract, p)!);
  const read = windows.map((w) => monthsRead(contract, w));
  const draws = seededDraws(seed);
  const totals = periods.map(() => new Array<Dec>(simulations));
  const yearTotals = new Array<Dec>(simulations);
  // An invoice that depends only on the months it reads (its own, and an aggregated KPI's whole period)
  // is priced once for equal draws of them (frequent when resampling a short history). Earnbacks, repeat
  // failures, a baseline of months and a best-months ratchet read earlier invoices or a year before: no cache.
  // Declared distributions draw new values every time, so no key repeats: a cache that has served no
  // invoice after CACHE_TRIAL simulations is dropped, its keys no longer built nor its entries kept (a
  // year of 10,000 simulations held 120,000 of them, a fifth of the run's time in building and collecting).
  let cache = readsEarlierMonths(contract) ? null : new Map<string, Dec>();
  let cacheHits = 0;
  const settled = new Map<Period, ReadonlyMap<string, Dec> | null>();
  try {
    for (let s = 0; s < simulations; s++) {
      if (s === CACHE_TRIAL && cacheHits === 0) cache = null;
      const drawnMonths = new Map<Period, PeriodActuals>();
      const keys = new Map<Period, string>();
      for (const month of months) {
        const drawn = historyMonths.length > 0 ? historyMonths[draws.index(historyMonths.length)] : undefined;
        const values = simulatedMonth(pastActuals.periods.get(month));
        let key = '';
        for (const m of built.measures) {
          if (m.kind === 'kpi' && !closesWindow(contract.firstPeriod, m.months, month)) continue;
          const value = m.draw(draws, drawn);
          if (m.kind === 'hours') values.hours = value;
          else (m.kind === 'kpi' ? values.kpis : values.volumes).set(m.name, value);
          if (cache) key += `${value.toFixed()};`;
        }
        drawnMonths.set(month, values);
        keys.set(month, key);
      }
      let actuals: Actuals | null = null;
      // Earnbacks re-read the credits of invoices this simulation has priced already, and of invoices of
      // the history, which read only months before the simulated ones and so are the same every time.
      const netCredits = new Map(settled);
      let year: Dec[] = [];
      periods.forEach((period, i) => {
        const key = cache ? `${period}:${read[i].map((m) => keys.get(m) ?? '').join('/')}` : '';
        let total = cache?.get(key);
        if (total !== undefined) cacheHits++;
        else {
          actuals ??= overlay(pastActuals, drawnMonths);
          // Texts are not read here; an invoice refused is priced again with them, for its message.
          const result = buildInvoice(contract, actuals, period, { amountsOnly: true, netCredits });
          if (!result.ok) {
            const said = buildInvoice(contract, actuals, period);
            const problems = said.ok ? result.problems : said.problems;
            const gap = gapAfterHistory(history, months[0]);
            const hint = gap ? [t.startAfterHistory(gap.last, gap.next)] : [];
            throw new ForecastProblem(t.inSimulation(s + 1, period, [...problems, ...hint]));
          }
          total = result.invoice.total;
          cache?.set(key, total);
        }
        totals[i][s] = total;
        year.push(total);
      });
      yearTotals[s] = decSum(year);
      year = [];
      for (const [first, credits] of netCredits)
        if (comparePeriods(first, months[0]) < 0) settled.set(first, credits);
    }
  } catch (e) {
    if (e instanceof ForecastProblem || e instanceof RangeError) return { ok: false, problems: [e.message] };
    throw e;
  }
  const round = (d: Dec) => roundMoney(d, contract.currency, contract.rounding);
  const total = stats(yearTotals, round);
  return {
    ok: true,
    forecast: {
      periods: periods.map((period, i) => ({ period, ...stats(totals[i], round) })),
      total: { ...total, budgetAtRisk: total.p90.minus(total.mean), histogram: histogram(yearTotals, round) },
    },
  };
}

class ForecastProblem extends Error {}

/** Whether an invoice may read months before those `monthsRead` gives: then equal draws of them are not enough. */
function readsEarlierMonths(contract: Contract): boolean {
  return (
    contract.earnback !== undefined ||
    contract.kpis.some(
      (k) =>
        (k.model === 'sla-credit' && k.repeatPeriods !== undefined) ||
        k.baselineMonths !== undefined ||
        (k.ratchet !== undefined && 'bestMonths' in k.ratchet),
    )
  );
}

/**
 * The months the invoice of `window` reads: its own, and each aggregated KPI's evaluation period when it
 * is due there (a quarterly average read on the quarter's last monthly invoice reads the quarter).
 */
function monthsRead(contract: Contract, window: readonly Period[]): Period[] {
  const last = window[window.length - 1];
  const months = new Set(window);
  for (const clause of contract.kpis) {
    const due = clause.aggregation === undefined ? undefined : kpiDueMonth(contract, clause, last);
    if (due !== undefined) for (const m of aggregationWindow(contract, clause, due)) months.add(m);
  }
  return [...months].sort(comparePeriods);
}

interface MonthValues {
  kpis: Map<string, Dec>;
  volumes: Map<string, Dec>;
  hours?: Dec;
  indices?: ReadonlyMap<string, Dec>;
}

/** A simulated month: a price index published for it stays (`buildActuals` keeps nothing else). */
function simulatedMonth(past: PeriodActuals | undefined): MonthValues {
  const values: MonthValues = { kpis: new Map(), volumes: new Map() };
  if (past?.indices) values.indices = past.indices;
  return values;
}

/** `past` with its simulated months replaced, months still ascending (as `buildActuals` orders them). */
function overlay(past: Actuals, drawn: ReadonlyMap<Period, PeriodActuals>): Actuals {
  const periods = new Map<Period, PeriodActuals>();
  for (const [period, values] of past.periods) periods.set(period, drawn.get(period) ?? values);
  return { periods };
}

/** The invoicing periods starting between `from` and `to` whose months all lie within the contract. */
export function forecastPeriods(contract: Contract, from: Period, to: Period): Period[] {
  const periods: Period[] = [];
  for (let month = from; comparePeriods(month, to) <= 0; month = addMonths(month, 1)) {
    const window = invoiceWindow(contract, month);
    if (window && window[0] === month && window.every((m) => isWithinContract(contract, m)))
      periods.push(month);
  }
  return periods;
}

/** How each measure of the contract is drawn, or every measure that cannot be. */
function measures(
  contract: Contract,
  declared: readonly DeclaredDistribution[],
  history: readonly HistoryMonth[],
): { measures: Measure[] } | { problems: string[] } {
  const NON_NEGATIVE: ValueRange = { min: dec(0) };
  const t = modelProblemTexts(contract.language);
  const label = (kind: MeasuredEntry['kind'], name: string) => t.measure(kind, name);
  const wanted: {
    kind: MeasuredEntry['kind'];
    name: string;
    months: number;
    range: ValueRange;
    label: string;
    /** Drawn as whole numbers (countUnits.ts): a count volume or sample, a `count` KPI. */
    whole: boolean;
  }[] = [
    ...(contract.hourly
      ? [
          {
            kind: 'hours' as const,
            name: '',
            months: 1,
            range: NON_NEGATIVE,
            label: label('hours', ''),
            whole: false,
          },
        ]
      : []),
    // A sampled clause's survey answers are a volume of every month too, priced or not.
    ...[...contract.volumes.map((v) => v.name), ...unpricedSampleVolumes(contract)].map((name) => ({
      kind: 'volume' as const,
      name,
      months: 1,
      range: NON_NEGATIVE,
      label: label('volume', name),
      whole: comesWhole(contract, name),
    })),
    ...contract.kpis.map((k) => ({
      kind: 'kpi' as const,
      name: k.name,
      months: kpiEntryMonths(k),
      range: kpiRange(k),
      label: label('kpi', k.name),
      whole: k.unit === 'count',
    })),
  ];
  const problems: string[] = [];
  const result: Measure[] = [];
  for (const d of declared) {
    if (!wanted.some((w) => w.kind === d.kind && w.name === d.name))
      problems.push(t.notInContract(label(d.kind, d.name)));
  }
  for (const w of wanted) {
    const key = keyOf(w.kind, w.name);
    const own = declared.find((d) => d.kind === w.kind && d.name === w.name);
    if (own) {
      const made = sampler(own.distribution, w.range, contract.language, w.whole);
      if ('problem' in made) problems.push(t.ofMeasure(w.label, made.problem));
      else result.push({ ...w, draw: (draws) => made.sample(draws) });
      continue;
    }
    const pool = history.map((m) => m.get(key)).filter((v): v is Dec => v !== undefined);
    if (pool.length === 0) {
      problems.push(t.noHistory(w.label));
      continue;
    }
    result.push({ ...w, draw: (draws, month) => month?.get(key) ?? pool[draws.index(pool.length)] });
  }
  return problems.length > 0 ? { problems } : { measures: result };
}

/**
 * `values` in ascending order. Simulated totals are compared as doubles first (a double's order never
 * contradicts the decimals'), exactly only where two doubles tie: 120,000 totals sort without 1.7 million
 * decimal comparisons.
 */
function ascending(values: readonly Dec[]): Dec[] {
  const keyed = values.map((value) => ({ value, approx: value.toNumber() }));
  keyed.sort((a, b) => a.approx - b.approx || a.value.cmp(b.value));
  return keyed.map((k) => k.value);
}

/** Mean (rounded to the minor unit) and nearest-rank percentiles, which are simulated totals themselves. */
function stats(values: readonly Dec[], round: (d: Dec) => Dec): ForecastStats {
  const sorted = ascending(values);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return {
    mean: round(quotient(decSum(sorted), dec(sorted.length))),
    p10: rank(0.1),
    p50: rank(0.5),
    p90: rank(0.9),
  };
}

/** Equal-width bars from the smallest to the largest total, bounds rounded to the minor unit. */
export function histogram(
  values: readonly Dec[],
  round: (d: Dec) => Dec,
  bins = HISTOGRAM_BINS,
): HistogramBin[] {
  const sorted = ascending(values);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (low.eq(high)) return [{ from: low, to: high, count: sorted.length }];
  const width = quotient(high.minus(low), dec(bins));
  const counts = new Array<number>(bins).fill(0);
  for (const v of sorted) {
    const bin = Math.min(bins - 1, Math.floor(Number(quotient(v.minus(low), width))));
    counts[bin]++;
  }
  return counts.map((count, i) => ({
    from: round(low.plus(width.times(i))),
    to: i === bins - 1 ? high : round(low.plus(width.times(i + 1))),
    count,
  }));
}
