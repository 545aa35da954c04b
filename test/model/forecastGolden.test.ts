/**
 * The forecast's full result (every period's mean and percentiles, the total, the histogram) on every
 * template, resampled over the history's months and over the 11 months after it (a Syntec revision falls due on the 12th), and with declared distributions,
 * against values recorded before the forecast was made faster: a speed-up must not move any amount.
 * `WRITE_FORECAST_GOLDEN=1 npx jest test/model/forecastGolden` rewrites the fixture (only from code known to
 * be right).
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { addMonths } from '../../core/contract/period';
import { forecast, type DeclaredDistribution } from '../../core/model/forecast';
import { dec } from '../../core/money';
import { TEMPLATES } from '../../core/templates';

const FIXTURE = join(__dirname, 'fixtures', 'forecastGolden.json');

const triangular = (pessimistic: string, likely: string, optimistic: string) =>
  ({
    kind: 'triangular',
    pessimistic: dec(pessimistic),
    likely: dec(likely),
    optimistic: dec(optimistic),
  }) as const;
const normal = (mean: string, sd: string) => ({ kind: 'normal', mean: dec(mean), sd: dec(sd) }) as const;

/** Declared distributions by template, as `bench/forecast.js` declares them. */
const DECLARED: Record<string, DeclaredDistribution[]> = {
  'bpo-customer-service': [
    { kind: 'kpi', name: 'FCR', distribution: triangular('0.70', '0.77', '0.82') },
    { kind: 'kpi', name: 'CSAT', distribution: normal('0.90', '0.02') },
    { kind: 'volume', name: 'Interactions', distribution: normal('43000', '2500') },
  ],
  'it-services-sla': [
    { kind: 'kpi', name: 'Availability', distribution: normal('0.998', '0.001') },
    { kind: 'kpi', name: 'P1 resolution time', distribution: triangular('5', '3', '2') },
    { kind: 'volume', name: 'Managed workstations', distribution: normal('820', '30') },
  ],
};

const cases = TEMPLATES.flatMap((template) => {
  const contract = template.contract();
  const history = template.actuals();
  const months = [...history.periods.keys()];
  const overHistory = { from: months[0], to: months[months.length - 1], simulations: 60, seed: 11, history };
  const last = months[months.length - 1];
  const nextYear = { from: addMonths(last, 1), to: addMonths(last, 11), simulations: 40, seed: 3, history };
  const declared = DECLARED[template.id];
  return [
    { name: `${template.id} resampled over the history`, contract, options: overHistory },
    { name: `${template.id} resampled over the 11 months after it`, contract, options: nextYear },
    ...(declared
      ? [
          {
            name: `${template.id} declared over the 11 months after it`,
            contract,
            options: { ...nextYear, declared },
          },
          // More simulations than the forecast tries its invoice cache for before dropping it unused.
          {
            name: `${template.id} declared over the 11 months after it, 300 simulations`,
            contract,
            options: { ...nextYear, simulations: 300, declared },
          },
        ]
      : []),
  ];
});

const computed: Record<string, unknown> = Object.fromEntries(
  cases.map(({ name, contract, options }) => {
    const result = forecast(contract, options);
    if (!result.ok) throw new Error(`${name}: ${result.problems.join('; ')}`);
    return [name, JSON.parse(JSON.stringify(result.forecast))];
  }),
);

if (process.env.WRITE_FORECAST_GOLDEN === '1')
  writeFileSync(FIXTURE, `${JSON.stringify(computed, null, 2)}\n`);
const golden = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

test('every recorded case is still computed', () => {
  expect(Object.keys(computed).sort()).toEqual(Object.keys(golden).sort());
});

test.each(cases.map((c) => c.name))('%s equals its recorded forecast', (name) => {
  expect(computed[name]).toEqual(golden[name]);
});
