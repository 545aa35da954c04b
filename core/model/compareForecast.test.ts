import { contractToJson, parseContract } from '../contract/json';
import type { Actuals, Contract } from '../contract/types';
import { bpoCustomerService } from '../templates';
import { compareForecast } from './compareForecast';
import { forecast } from './forecast';
import { ZERO, type Dec } from '../money';

type Json = Record<string, unknown> & { kpis: Record<string, unknown>[] };

const bpoJson = (): Json => contractToJson(bpoCustomerService.contract('en')) as Json;

function read(value: unknown): Contract {
  const result = parseContract(value);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.value;
}

const bpo = read(bpoJson());
const history = bpoCustomerService.actuals('en');
/** The same months without their KPIs, as the actuals reader leaves them for a contract without KPIs. */
const volumesOnly: Actuals = {
  periods: new Map([...history.periods].map(([month, at]) => [month, { ...at, kpis: new Map() }])),
};
const OPTIONS = { from: '2027-01', to: '2027-06', simulations: 300, seed: 5 } as const;

function compared(contracts: Contract[], histories: Actuals[], lang: 'en' | 'fr' = 'en') {
  const labels = contracts.map((c, i) => `${c.id} (${i + 1})`);
  const result = compareForecast(contracts, histories, OPTIONS, labels, lang, 'Total');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.comparison;
}

const money = (d: { toFixed(n: number): string }) => d.toFixed(2);

test('a contract compared with itself on a forecast differs by 0, and its means are its forecast', () => {
  const alone = forecast(bpo, { ...OPTIONS, history });
  if (!alone.ok) throw new Error(alone.problems.join('\n'));
  const c = compared([bpo, bpo], [history, history]);
  // Each line kind's mean is rounded on its own: a row is within half a cent a kind of the exact mean.
  const near = (a: Dec, b: Dec, kinds: number) =>
    a
      .minus(b)
      .abs()
      .lte(0.005 * kinds);
  expect(c.rows.map((r) => r.name)).toEqual(alone.forecast.periods.map((p) => p.period));
  c.rows.forEach((row, i) => {
    expect(money(row.totals[0])).toBe(money(row.totals[1]));
    expect(near(row.totals[0], alone.forecast.periods[i].mean, row.kinds.length)).toBe(true);
    // The mean shown is the sum of its kinds' means.
    expect(money(row.kinds.reduce((s, k) => s.plus(k.amounts[0]), ZERO))).toBe(money(row.totals[0]));
  });
  // The total row adds up the rows shown.
  expect(money(c.total.totals[0])).toBe(money(c.rows.reduce((s, r) => s.plus(r.totals[0]), ZERO)));
  for (const row of [...c.rows, c.total]) {
    expect(money(row.difference)).toBe('0.00');
    for (const kind of row.kinds) expect(money(kind.difference)).toBe('0.00');
  }
  expect([c.difference.p10, c.difference.p50, c.difference.p90].map(money)).toEqual(['0.00', '0.00', '0.00']);
});

test('contracts are priced on the same draws: the fee they share differs by nothing', () => {
  // The template's fixed fee and interaction prices alone: the volume drawn each month is the hybrid's.
  const volumeOnly = read({ ...bpoJson(), id: 'volume-only', kpis: [], caps: undefined });
  const c = compared([bpo, volumeOnly], [history, volumesOnly]);
  expect(c.rows).toHaveLength(6);
  for (const row of [...c.rows, c.total]) {
    const kind = (name: string) => row.kinds.find((k) => k.kind === name)!;
    expect(money(kind('fixed').difference)).toBe('0.00');
    // Drawn apart, the two would price different months' interactions, and their means would differ.
    expect(money(kind('volume').difference)).toBe('0.00');
    expect(money(kind('volume').amounts[0])).toBe(money(kind('volume').amounts[1]));
  }
  // The hybrid's KPI lines are what makes the difference, each simulation on the same months.
  const kpi = c.total.kinds.find((k) => k.kind === 'kpi-fee')!;
  expect(kpi.amounts[0].isZero()).toBe(false);
  expect(money(kpi.amounts[1])).toBe('0.00');
  expect(c.difference.p10.lte(c.difference.p50) && c.difference.p50.lte(c.difference.p90)).toBe(true);
});

test('the line kinds of every mean add up to that mean, to the cent', () => {
  const volumeOnly = read({ ...bpoJson(), id: 'volume-only', kpis: [], caps: undefined });
  const c = compared([bpo, volumeOnly], [history, volumesOnly]);
  for (const row of [...c.rows, c.total])
    row.totals.forEach((total, i) => {
      const sum = row.kinds.reduce((s, k) => s.plus(k.amounts[i]), ZERO);
      expect(`${row.name} ${i} ${money(sum)}`).toBe(`${row.name} ${i} ${money(total)}`);
    });
});

test('a monthly and a quarterly contract compare quarter by quarter, the monthly invoices added up', () => {
  // Its KPIs measured each month and averaged over the quarter: drawn each month, as the monthly one's.
  const json = bpoJson();
  const kpis = json.kpis.map((k) => ({ ...k, aggregation: 'average' }));
  const quarterly = read({ ...json, id: 'quarterly', frequency: 'quarterly', kpis });
  const c = compared([bpo, quarterly], [history, history]);
  expect(c.rows.map((r) => r.name)).toEqual(['2027-Q1', '2027-Q2']);
  // Three monthly invoices of the €20,000 fixed fee in each quarter.
  const fixed = c.rows[0].kinds.find((k) => k.kind === 'fixed')!;
  expect(money(fixed.amounts[0])).toBe('60000.00');
});

test('a KPI one contract evaluates monthly and another quarterly cannot be drawn once for both', () => {
  const json = bpoJson();
  const kpis = json.kpis.map((k) => (k.name === 'FCR' ? { ...k, period: 'quarterly' } : k));
  const quarterlyFcr = read({ ...json, id: 'quarterly-fcr', kpis });
  const result = compareForecast(
    [bpo, quarterlyFcr],
    [history, history],
    OPTIONS,
    ['a.json', 'b.json'],
    'en',
    'Total',
  );
  expect(result).toEqual({
    ok: false,
    problems: [
      'KPI FCR is evaluated over other months by b.json than by a.json: a forecast compared draws one value of it for both, so the contracts cannot be compared on a forecast',
    ],
  });
});
