/**
 * Comparison of two or more contracts on a forecast: every contract priced on the same simulated months
 * (`simulate`), so the difference between them is their terms', never a luckier draw. A row is an invoicing
 * period (of the contract invoicing least often, as on actuals); each contract's amount there is the sum of
 * its line kinds' means over the simulations, each mean rounded to the minor unit (so within half a cent a
 * kind of the exact mean), and the total row is the sum of the rows shown. The difference over the whole
 * range is given as a distribution as well: each simulation's last − first, its percentiles.
 */
import type { Actuals, Contract, Language, Period } from '../contract/types';
import type { LineKind } from '../invoice/types';
import { ZERO, dec, decSum, quotient, roundMoney, type Dec } from '../money';
import { compareTotal, comparisonWindows, type ComparisonRow } from './compare';
import { simulate, type ContractSimulation, type ForecastOptions, type ForecastStats } from './forecast';

export interface ForecastComparison {
  /** One row per invoicing period compared: each contract's line kinds' means, and their sum. */
  readonly rows: readonly ComparisonRow[];
  /** The rows added up, line kinds too: the exact sum of the means shown. */
  readonly total: ComparisonRow;
  /** Each simulation's sum over the rows, last contract − first: its nearest-rank percentiles. */
  readonly difference: Omit<ForecastStats, 'mean'>;
}

export type ForecastComparisonResult =
  | { readonly ok: true; readonly comparison: ForecastComparison }
  | { readonly ok: false; readonly problems: readonly string[] };

/** One contract over some of its periods: each simulation's total there, and its line kinds' sums. */
interface Span {
  readonly totals: readonly Dec[];
  readonly kinds: ReadonlyMap<LineKind, Dec>;
}

function spanOf(simulation: ContractSimulation, periods: readonly Period[]): Span {
  const at = periods.map((p) => simulation.periods.indexOf(p));
  const totals = simulation.totals[0].map((_, s) => decSum(at.map((i) => simulation.totals[i][s])));
  const kinds = new Map<LineKind, Dec>();
  for (const i of at)
    for (const [kind, amount] of simulation.kinds[i]) kinds.set(kind, (kinds.get(kind) ?? ZERO).plus(amount));
  return { totals, kinds };
}

/** A row of means: each contract's line kinds' means (VAT last) and their sum, with last − first. */
function meanRow(name: string, contracts: readonly Contract[], spans: readonly Span[]): ComparisonRow {
  const kinds: LineKind[] = [];
  for (const span of spans) for (const kind of span.kinds.keys()) if (!kinds.includes(kind)) kinds.push(kind);
  const ordered = [...kinds.filter((k) => k !== 'vat'), 'vat' as const];
  // Each kind's mean rounded on its own, so a fee two contracts share reads the same under both, and the
  // total is the sum of the means shown.
  const means = spans.map((span, c) => {
    const { currency, rounding } = contracts[c];
    const n = dec(span.totals.length);
    const kinds = ordered.map((kind) =>
      roundMoney(quotient(span.kinds.get(kind) ?? ZERO, n), currency, rounding),
    );
    return { total: decSum(kinds), kinds };
  });
  const difference = (values: readonly Dec[]) => values[values.length - 1].minus(values[0]);
  const totals = means.map((m) => m.total);
  return {
    name,
    totals,
    difference: difference(totals),
    kinds: ordered.map((kind, k) => {
      const amounts = means.map((m) => m.kinds[k]);
      return { kind, amounts, difference: difference(amounts) };
    }),
  };
}

/** Nearest-rank percentiles of `values`: each a simulated difference itself, as the forecast's are. */
function percentiles(values: readonly Dec[]): Omit<ForecastStats, 'mean'> {
  const sorted = [...values].sort((a, b) => a.cmp(b));
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return { p10: rank(0.1), p50: rank(0.5), p90: rank(0.9) };
}

/**
 * `contracts` compared on a forecast from `options.from` to `options.to`: `histories[c]` is contract `c`'s
 * actuals (one file read for each), `labels` name them in problems, said in `lang`.
 */
export function compareForecast(
  contracts: readonly Contract[],
  histories: readonly Actuals[],
  options: Omit<ForecastOptions, 'history'>,
  labels: readonly string[],
  lang: Language,
  totalName: string,
): ForecastComparisonResult {
  const run = simulate(contracts, histories, options, { kinds: true, labels });
  if (!run.ok) return run;
  const simulations = run.contracts;
  const found = comparisonWindows(
    contracts,
    simulations.map((s) => s.periods),
    undefined,
    lang,
  );
  if (!found.ok) return { ok: false, problems: [found.problem] };
  const rowSpans = found.windows.map((w) => simulations.map((s, c) => spanOf(s, w.periods[c])));
  const rows = found.windows.map((w, r) => meanRow(w.name, contracts, rowSpans[r]));
  const whole = contracts.map((_, c) =>
    spanOf(
      simulations[c],
      found.windows.flatMap((w) => w.periods[c]),
    ),
  );
  const last = whole.length - 1;
  const differences = whole[0].totals.map((first, s) => whole[last].totals[s].minus(first));
  return {
    ok: true,
    comparison: {
      rows,
      total: compareTotal(totalName, rows),
      difference: percentiles(differences),
    },
  };
}
