import type { Contract } from '../../core/contract/types';
import { kinkedCurve } from '../../core/model/curveKinks';
import { scenarioOfPeriod } from '../../core/model/scenario';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

const contract = bpoCustomerService.contract('en');
const actuals = bpoCustomerService.actuals('en');
const october = scenarioOfPeriod(contract, actuals, '2026-10');

/** The CSAT curve at October 2026 from 80 % to 95 %: value, total and breakpoints of every point. */
function csatCurve(terms: Contract) {
  const grid = ['0.8', '0.85', '0.9', '0.95'].map(dec);
  const curve = kinkedCurve(terms, october, 'CSAT', grid, { period: '2026-10', history: actuals });
  if (!curve.ok) throw new Error(curve.problems.join('\n'));
  return curve.points.map((p) => [p.value.toFixed(), p.total.toFixed(2), p.kinks.map((k) => k.kind).join()]);
}

test('a threshold and a gate are drawn as the steps they are, each on the side its level holds', () => {
  // CSAT ≥ 85 % holds FCR's gate (its €560.00 bonus, 672.00 with VAT) and CSAT ≥ 90 % pays €5,000.00
  // (6,000.00 with VAT). Beside each level, the cell value just below it, which fails it: without those
  // points the chart joined 80 % to 85 % and 85 % to 90 % by slopes that no CSAT pays.
  expect(csatCurve(contract)).toEqual([
    ['0.8', '130116.00', ''],
    ['0.849999999999999', '130116.00', ''],
    ['0.85', '130788.00', 'gate'],
    ['0.899999999999999', '130788.00', ''],
    ['0.9', '136788.00', 'threshold'],
    ['0.95', '136788.00', ''],
  ]);
});

test('a threshold that must be exceeded has its step just above the level, the level itself unpaid', () => {
  const exceeds: Contract = {
    ...contract,
    kpis: contract.kpis.map((k) => (k.name === 'CSAT' ? { ...k, comparison: 'exceeds' } : k)),
  };
  expect(csatCurve(exceeds)).toEqual([
    ['0.8', '130116.00', ''],
    ['0.849999999999999', '130116.00', ''],
    ['0.85', '130788.00', 'gate'],
    ['0.9', '130788.00', 'threshold'],
    ['0.900000000000001', '136788.00', ''],
    ['0.95', '136788.00', ''],
  ]);
});

test('a continuous breakpoint (the neutral band, the target) gets no extra point', () => {
  const grid = ['0.7', '0.8'].map(dec);
  const curve = kinkedCurve(contract, october, 'FCR', grid, { period: '2026-10', history: actuals });
  if (!curve.ok) throw new Error(curve.problems.join('\n'));
  expect(curve.points.map((p) => p.value.toFixed())).toEqual([
    '0.7',
    '0.7208125',
    '0.74',
    '0.75',
    '0.76',
    '0.785',
    '0.8',
  ]);
});
