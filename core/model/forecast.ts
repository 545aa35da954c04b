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
  periodIndex,
} from '../contract/period';
import { unpricedSampleVolumes } from '../contract/conditions';
import { comesWhole } from '../contract/countUnits';
import type { Actuals, Contract, Period, PeriodActuals } from '../contract/types';
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice, LineKind } from '../invoice/types';
import { ZERO, decSum, dec, quotient, roundMoney, type Dec } from '../money';
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
  /** How problems name it (`KPI FCR`). */
  readonly label: string;
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
  const { history, ...rest } = options;
  const run = simulate([contract], [history], rest);
  if (!run.ok) return run;
  const [{ periods, totals }] = run.contracts;
  const yearTotals = totals[0].map((_, s) => decSum(totals.map((period) => period[s])));
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

/** What a simulation gives one contract: every invoice's total, and with `kinds` its line kinds summed. */
export interface ContractSimulation {
  /** The contract's invoicing periods starting between `from` and `to`. */
  readonly periods: readonly Period[];
  /** `totals[i][s]`: the total of the invoice of `periods[i]` in simulation `s`. */
  readonly totals: readonly (readonly Dec[])[];
  /** `kinds[i]`: each line kind of `periods[i]`'s invoices (and `vat`), summed over the simulations. */
  readonly kinds: readonly ReadonlyMap<LineKind, Dec>[];
}

export type SimulationResult =
  | { readonly ok: true; readonly contracts: readonly ContractSimulation[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** An invoice of a simulation, as kept: its total, and its line kinds when they are asked for. */
interface Priced {
  readonly total: Dec;
  readonly kinds?: ReadonlyMap<LineKind, Dec>;
}

/** Each line kind of `invoice` and its VAT, summed. */
function kindsOf(invoice: Invoice): Map<LineKind, Dec> {
  const kinds = new Map<LineKind, Dec>();
  for (const line of invoice.lines) kinds.set(line.kind, (kinds.get(line.kind) ?? ZERO).plus(line.amount));
  kinds.set('vat', invoice.vat.amount);
  return kinds;
}

/**
 * When a KPI is drawn: on the month closing its evaluation period, counted from the contract's first
 * period. Two contracts drawing one KPI must draw it on the same months.
 */
function drawnOn(contract: Contract, months: number): string {
  return months === 1 ? '1' : `${months}@${periodIndex(contract.firstPeriod) % months}`;
}

/**
 * Every invoice of `contracts` from `from` to `to` in each simulation, all priced on the same draws: each
 * month of a simulation draws every measure any of them has once (one month of the merged histories, or
 * the declared distribution), and each contract reads its own measures among them. So contracts compared
 * on a forecast differ by their terms alone, never by a luckier draw; one contract draws exactly what
 * `forecast` draws. `histories[c]` is contract `c`'s actuals; `labels` name the contracts in problems.
 */
export function simulate(
  contracts: readonly Contract[],
  histories: readonly Actuals[],
  options: Omit<ForecastOptions, 'history'>,
  more: { readonly kinds?: boolean; readonly labels?: readonly string[] } = {},
): SimulationResult {
  const { from, to, simulations, seed } = options;
  const t = modelProblemTexts(contracts[0].language);
  if (comparePeriods(from, to) > 0) return { ok: false, problems: [t.fromAfterTo(from, to)] };
  if (!Number.isInteger(simulations) || simulations < 1) return { ok: false, problems: [t.simulations] };
  const said = (c: number, problem: string) => (more.labels ? `${more.labels[c]}: ${problem}` : problem);
  const allPeriods = contracts.map((contract) => forecastPeriods(contract, from, to));
  const none = allPeriods.findIndex((periods) => periods.length === 0);
  if (none >= 0) return { ok: false, problems: [said(none, t.noPeriod(from, to))] };
  const months = [
    ...new Set(allPeriods.flatMap((periods, c) => periods.flatMap((p) => invoiceWindow(contracts[c], p)!))),
  ].sort(comparePeriods);
  const simulated = new Set(months);

  // The measured months of every history, one map per month (the contracts read one actuals file).
  const merged = new Map<Period, Map<string, Dec>>();
  for (const history of histories)
    for (const [period, at] of history.periods) {
      const month = merged.get(period) ?? new Map<string, Dec>();
      if (at.hours !== undefined) month.set(keyOf('hours', ''), at.hours);
      for (const [n, v] of at.volumes) month.set(keyOf('volume', n), v);
      for (const [n, v] of at.kpis) month.set(keyOf('kpi', n), v);
      merged.set(period, month);
    }
  const historyMonths: HistoryMonth[] = [...merged.values()];
  const declared = options.declared ?? [];
  const wantedBy = contracts.map((contract) => wantedMeasures(contract));
  const problems: string[] = [];
  for (const d of declared)
    if (!wantedBy.some((wanted) => wanted.some((w) => w.kind === d.kind && w.name === d.name)))
      problems.push(t.notInContract(t.measure(d.kind, d.name)));
  const built = contracts.map((contract, c) => measures(contract, wantedBy[c], declared, historyMonths));
  built.forEach((b, c) => {
    if ('problems' in b) problems.push(...b.problems.map((p) => said(c, p)));
  });
  if (problems.length > 0) return { ok: false, problems };
  const own = built.map((b) => (b as { measures: Measure[] }).measures);

  // Each measure drawn once a month, for whichever contracts have it, in the first contract's order.
  const drawn: { key: string; measure: Measure; on: string; contract: number }[] = [];
  own.forEach((list, c) => {
    for (const m of list) {
      const key = keyOf(m.kind, m.name);
      const on = drawnOn(contracts[c], m.months);
      const first = drawn.find((d) => d.key === key);
      if (first === undefined) drawn.push({ key, measure: m, on, contract: c });
      else if (first.on !== on)
        problems.push(
          t.drawnDifferently(m.label, more.labels?.[first.contract] ?? '', more.labels?.[c] ?? ''),
        );
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  const due = (d: { measure: Measure; contract: number }, month: Period) =>
    d.measure.kind !== 'kpi' || closesWindow(contracts[d.contract].firstPeriod, d.measure.months, month);

  const plans = contracts.map((contract, c) => {
    // A price index is published, not drawn: its values stay as entered in every month.
    const past = actualEntries(histories[c]).filter((e) => !simulated.has(e.period) || e.kind === 'index');
    const windows = allPeriods[c].map((p) => invoiceWindow(contract, p)!);
    return {
      contract,
      periods: allPeriods[c],
      measures: own[c].map((m) => ({ measure: m, key: keyOf(m.kind, m.name), contract: c })),
      // The history is built once; each simulation lays its drawn months over it.
      pastActuals: buildActuals(past, months),
      read: windows.map((w) => monthsRead(contract, w)),
      totals: allPeriods[c].map(() => new Array<Dec>(simulations)),
      kinds: allPeriods[c].map(() => new Map<LineKind, Dec>()),
      // An invoice that depends only on the months it reads (its own, and an aggregated KPI's whole
      // period) is priced once for equal draws of them (frequent when resampling a short history).
      // Earnbacks, repeat failures, a baseline of months and a best-months ratchet read earlier invoices
      // or a year before: no cache. Declared distributions draw new values every time, so no key repeats:
      // a cache that has served no invoice after CACHE_TRIAL simulations is dropped, its keys no longer
      // built nor its entries kept (a year of 10,000 simulations held 120,000 of them, a fifth of the
      // run's time in building and collecting).
      cache: readsEarlierMonths(contract) ? null : new Map<string, Priced>(),
      cacheHits: 0,
      settled: new Map<Period, ReadonlyMap<string, Dec> | null>(),
    };
  });
  const draws = seededDraws(seed);
  try {
    for (let s = 0; s < simulations; s++) {
      const values = new Map<Period, Map<string, Dec>>();
      for (const month of months) {
        const history =
          historyMonths.length > 0 ? historyMonths[draws.index(historyMonths.length)] : undefined;
        const drawnMonth = new Map<string, Dec>();
        for (const d of drawn) if (due(d, month)) drawnMonth.set(d.key, d.measure.draw(draws, history));
        values.set(month, drawnMonth);
      }
      plans.forEach((plan, c) => {
        if (s === CACHE_TRIAL && plan.cacheHits === 0) plan.cache = null;
        const drawnMonths = new Map<Period, PeriodActuals>();
        const keys = new Map<Period, string>();
        for (const month of months) {
          const at = simulatedMonth(plan.pastActuals.periods.get(month));
          let key = '';
          for (const m of plan.measures) {
            if (!due(m, month)) continue;
            const value = values.get(month)!.get(m.key)!;
            if (m.measure.kind === 'hours') at.hours = value;
            else (m.measure.kind === 'kpi' ? at.kpis : at.volumes).set(m.measure.name, value);
            if (plan.cache) key += `${value.toFixed()};`;
          }
          drawnMonths.set(month, at);
          keys.set(month, key);
        }
        let actuals: Actuals | null = null;
        // Earnbacks re-read the credits of invoices this simulation has priced already, and of invoices of
        // the history, which read only months before the simulated ones and so are the same every time.
        const netCredits = new Map(plan.settled);
        plan.periods.forEach((period, i) => {
          const key = plan.cache ? `${period}:${plan.read[i].map((m) => keys.get(m) ?? '').join('/')}` : '';
          let priced = plan.cache?.get(key);
          if (priced !== undefined) plan.cacheHits++;
          else {
            actuals ??= overlay(plan.pastActuals, drawnMonths);
            // Texts are not read here; an invoice refused is priced again with them, for its message.
            const result = buildInvoice(plan.contract, actuals, period, { amountsOnly: true, netCredits });
            if (!result.ok) {
              const again = buildInvoice(plan.contract, actuals, period);
              const found = again.ok ? result.problems : again.problems;
              const gap = gapAfterHistory(histories[c], months[0]);
              const hint = gap ? [t.startAfterHistory(gap.last, gap.next)] : [];
              throw new ForecastProblem(said(c, t.inSimulation(s + 1, period, [...found, ...hint])));
            }
            const invoice = result.invoice;
            priced = more.kinds
              ? { total: invoice.total, kinds: kindsOf(invoice) }
              : { total: invoice.total };
            plan.cache?.set(key, priced);
          }
          plan.totals[i][s] = priced.total;
          if (priced.kinds)
            for (const [kind, amount] of priced.kinds)
              plan.kinds[i].set(kind, (plan.kinds[i].get(kind) ?? ZERO).plus(amount));
        });
        for (const [first, credits] of netCredits)
          if (comparePeriods(first, months[0]) < 0) plan.settled.set(first, credits);
      });
    }
  } catch (e) {
    if (e instanceof ForecastProblem || e instanceof RangeError) return { ok: false, problems: [e.message] };
    throw e;
  }
  return {
    ok: true,
    contracts: plans.map((p) => ({ periods: p.periods, totals: p.totals, kinds: p.kinds })),
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

/** A measure of the contract, before it is known how it is drawn. */
interface WantedMeasure {
  readonly kind: MeasuredEntry['kind'];
  readonly name: string;
  readonly months: number;
  readonly range: ValueRange;
  readonly label: string;
  /** Drawn as whole numbers (countUnits.ts): a count volume or sample, a `count` KPI. */
  readonly whole: boolean;
}

/** Every measure of the contract drawn each month: hours, volumes (survey answers too), KPIs. */
function wantedMeasures(contract: Contract): WantedMeasure[] {
  const NON_NEGATIVE: ValueRange = { min: dec(0) };
  const t = modelProblemTexts(contract.language);
  const label = (kind: MeasuredEntry['kind'], name: string) => t.measure(kind, name);
  return [
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
}

/**
 * How each of the contract's `wanted` measures is drawn (`declared` may hold other contracts' measures
 * too), or every measure that cannot be.
 */
function measures(
  contract: Contract,
  wanted: readonly WantedMeasure[],
  declared: readonly DeclaredDistribution[],
  history: readonly HistoryMonth[],
): { measures: Measure[] } | { problems: string[] } {
  const t = modelProblemTexts(contract.language);
  const problems: string[] = [];
  const result: Measure[] = [];
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

/**
 * Equal-width bars from the smallest to the largest total, bounds rounded to the minor unit, and each total
 * counted in the bar whose printed bounds hold it ([from, to), the last bar including `to`): against the
 * unrounded edges, a total of 3.33 fell in the bar printed 0.00..3.33.
 */
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
  const froms = Array.from({ length: bins }, (_, i) => round(low.plus(width.times(i))));
  const counts = new Array<number>(bins).fill(0);
  // The totals ascend: each bar takes those below the next bar's printed lower bound.
  let bin = 0;
  for (const v of sorted) {
    while (bin < bins - 1 && v.gte(froms[bin + 1])) bin++;
    counts[bin]++;
  }
  return counts.map((count, i) => ({ from: froms[i], to: i === bins - 1 ? high : froms[i + 1], count }));
}
