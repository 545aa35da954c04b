/**
 * A quarterly invoice whose KPIs are evaluated each month (`each-month`: every month's line, rounded to
 * the cent, added up) reaches an invoice cap at no value where the cap's amount is paid to the cent, so
 * the curve confirmed no cap kink and drew straight across it. The BPO terms invoiced quarterly, FCR and
 * the response time each month, CSAT averaged (it gates FCR), at Q4 2026's actuals: base fees
 * 20,000 + 263,360 = 283,360; the malus cap 1 % of it, 2,833.60; the response time's months net −600.
 * Worked by hand: FCR's malus is 3 × 40,000 × (74 % − FCR), reaching 2,833.60 − 600 = 2,233.60 at
 * 72.1386… %; its bonus 3 × 40,000 × (FCR − 76 %) plus CSAT's 5,000 reaches the 6,000 bonus cap at
 * 76.8333… %. With five steps the chart joined 50 % (342,631.68, capped) to 74 % (345,312.00) straight:
 * 343,748.48 drawn at 60 %, where the engine pays 342,631.68.
 */
import type { Contract } from '../../core/contract/types';
import { kinkedCurve } from '../../core/model/curveKinks';
import { evenlySpaced, feeCurve } from '../../core/model/feeCurve';
import { scenarioOfPeriod } from '../../core/model/scenario';
import { buildActuals, type ActualEntry } from '../../core/contract/actuals';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

const template = bpoCustomerService.contract();
const contract: Contract = {
  ...template,
  frequency: 'quarterly',
  kpis: template.kpis
    .filter((k) => k.activeMonths === undefined)
    .map((k) => ({ ...k, period: 'quarterly', aggregation: k.name === 'CSAT' ? 'average' : 'each-month' })),
} as Contract;
const entries: ActualEntry[] = [];
for (const [period, at] of bpoCustomerService.actuals().periods) {
  for (const [name, value] of at.volumes) entries.push({ period, kind: 'volume', name, value });
  for (const [name, value] of at.kpis)
    if (contract.kpis.some((k) => k.name === name)) entries.push({ period, kind: 'kpi', name, value });
}
const history = buildActuals(entries, ['2026-09', '2026-10', '2026-11', '2026-12']);
const period = '2026-10';
const base = scenarioOfPeriod(contract, history, period);
const place = { period, history, ofActuals: true };

function curve(steps: number) {
  const result = kinkedCurve(contract, base, 'FCR', evenlySpaced(dec(0), dec(1), steps), place);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.points;
}

const totalAt = (value: string) => {
  const at = feeCurve(contract, base, 'FCR', [dec(value)], place);
  if (!at.ok) throw new Error(at.problems.join('\n'));
  return at.points[0]!.total.toFixed(2);
};

it.each([5, 11, 21])('with %i steps, each invoice cap’s kink is a point of the curve', (steps) => {
  const points = curve(steps);
  const kink = (kind: string) => points.find((p) => p.kinks.some((k) => k.kind === kind))?.value.toNumber();
  expect(kink('malus-cap')).toBeCloseTo(0.7213866667, 7);
  expect(kink('bonus-cap')).toBeCloseTo(0.7683333333, 7);
  expect(totalAt('0.6')).toBe('342631.68');
  // Between two points the engine pays what the chart's segment shows, to a few cents (each month rounds).
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1]!, points[i]!];
    const mid = p.value.plus(q.value).div(2).toSignificantDigits(15);
    const drawn = p.total.plus(q.total).div(2);
    expect(dec(totalAt(mid.toFixed())).minus(drawn).abs().toNumber()).toBeLessThan(0.05);
  }
});
