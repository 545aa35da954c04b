/**
 * Comparison of two or more contracts on a forecast: every contract priced on the same simulated months
 * (`simulate`), so the difference between them is their terms', never a luckier draw. A row is an invoicing
 * period (of the contract invoicing least often, as on actuals), each contract's amount the mean of its
 * simulated invoices there; the line kinds are their means too, and add up to that mean. The difference of
 * the whole range is given as a distribution as well, each simulation's last − first.
 */
import type { Actuals, Contract, Language, Period } from '../contract/types';
import type { LineKind } from '../invoice/types';
import { ZERO, dec, decSum, minorUnitDigits, quotient, roundMoney, type Dec } from '../money';
import { comparisonWindows, type ComparisonRow } from './compare';
import { simulate, type ContractSimulation, type ForecastOptions, type ForecastStats } from './forecast';

export interface ForecastComparison {
  /** One row per invoicing period compared: each contract's mean invoice, its line kinds' means. */
  readonly rows: readonly ComparisonRow[];
  /** The rows added up (the mean of each simulation's sum, line kinds too). */
  readonly total: ComparisonRow;
  /** Each simulation's sum over the rows, last contract − first: its mean and nearest-rank percentiles. */
  readonly difference: ForecastStats;
}

export type ForecastComparisonResult =
  | { readonly ok: true; readonly comparison: ForecastComparison }
  | { readonly ok: false; readonly problems: readonly string[] };

/** `a` ÷ `n` rounded toward −∞, both integers: exact, whatever the size. */
function floorDiv(a: Dec, n: Dec): Dec {
  const rest = a.mod(n).plus(n).mod(n);
  return a.minus(rest).div(n);
}

/**
 * The means of `sums` over `n` simulations, each at the minor unit, adding up to `mean` (the mean of
 * their sum, rounded by the contract's rule): each mean rounded down, and the minor units left one each to
 * the largest remainders (the first on a tie). Rounded one by one, they could miss the total by a cent.
 */
function meansAddingUp(sums: readonly Dec[], n: number, mean: Dec, currency: string): Dec[] {
  const scale = dec(10).pow(minorUnitDigits(currency));
  const count = dec(n);
  const parts = sums.map((sum, index) => {
    const units = sum.times(scale);
    const share = floorDiv(units, count);
    return { index, share, remainder: units.minus(share.times(count)) };
  });
  const left = mean
    .times(scale)
    .minus(decSum(parts.map((p) => p.share)))
    .toNumber();
  const byRemainder = [...parts].sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const shares = parts.map((p) => p.share);
  for (const part of byRemainder.slice(0, left)) shares[part.index] = shares[part.index].plus(1);
  return shares.map((s) => (s.isZero() ? ZERO : s.div(scale)));
}

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

/** A row of means: each contract's mean total and line kinds (VAT last), with last − first. */
function meanRow(name: string, contracts: readonly Contract[], spans: readonly Span[]): ComparisonRow {
  const kinds: LineKind[] = [];
  for (const span of spans) for (const kind of span.kinds.keys()) if (!kinds.includes(kind)) kinds.push(kind);
  const ordered = [...kinds.filter((k) => k !== 'vat'), 'vat' as const];
  const means = spans.map((span, c) => {
    const { currency, rounding } = contracts[c];
    const n = span.totals.length;
    const total = roundMoney(quotient(decSum(span.totals), dec(n)), currency, rounding);
    const sums = ordered.map((kind) => span.kinds.get(kind) ?? ZERO);
    return { total, kinds: meansAddingUp(sums, n, total, currency) };
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

/** Nearest-rank percentiles and the mean (rounded by `contract`'s rule) of `values`. */
function statsOf(values: readonly Dec[], contract: Contract): ForecastStats {
  const sorted = [...values].sort((a, b) => a.cmp(b));
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  const mean = quotient(decSum(sorted), dec(sorted.length));
  return {
    mean: roundMoney(mean, contract.currency, contract.rounding),
    p10: rank(0.1),
    p50: rank(0.5),
    p90: rank(0.9),
  };
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
      total: meanRow(totalName, contracts, whole),
      difference: statsOf(differences, contracts[0]),
    },
  };
}
