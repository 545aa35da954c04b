/**
 * The fee-curve sheet's charts put each point at its value: the rows at the exact breakpoints sit between
 * the evenly spaced ones, so a chart with equal steps (a category axis) would draw every kink elsewhere.
 */
import { kinkedCurve } from '../model/curveKinks';
import { evenlySpaced } from '../model/feeCurve';
import { scenarioOfPeriod } from '../model/scenario';
import { dec } from '../money';
import { bpoCustomerService } from '../templates';
import { curveSheetPlan } from './curveSheet';
import { planToGrid } from './planToGrid';

const contract = bpoCustomerService.contract('en');
const actuals = bpoCustomerService.actuals('en');
const values = scenarioOfPeriod(contract, actuals, '2026-10');

function curvePlan() {
  const grid = evenlySpaced(dec('0.7'), dec('0.85'), 4);
  const curve = kinkedCurve(contract, values, 'FCR', grid, { period: '2026-10', history: actuals });
  if (!curve.ok) throw new Error(JSON.stringify(curve.problems));
  return curveSheetPlan(contract, 'FCR', curve.points, { kind: 'period', period: '2026-10' });
}

describe('fee-curve sheet charts', () => {
  const plan = curvePlan();
  const grid = planToGrid(plan);

  it('has rows at breakpoints between the evenly spaced values, so its x values are not evenly spaced', () => {
    const chart = plan.charts![0]!;
    const xs = Array.from({ length: chart.categories.rows }, (_, i) => {
      const x = grid[chart.categories.row + i]![chart.categories.col];
      expect(typeof x).toBe('number');
      return x as number;
    });
    // The grid 0.7, 0.75, 0.8, 0.85 and, between its points, the FCR clause's breakpoints.
    expect(xs).toEqual([0.7, 0.7208125, 0.74, 0.75, 0.76, 0.785, 0.8, 0.85]);
  });

  it('spans its x axis from the first to the last value, where Excel would start it at 0', () => {
    expect(plan.charts!.map((chart) => chart.xBounds)).toEqual([
      { min: 0.7, max: 0.85 },
      { min: 0.7, max: 0.85 },
    ]);
  });

  it('draws both curves as XY lines over the value column, each point at its value', () => {
    expect(plan.charts!.map((chart) => [chart.kind, chart.categories.col, chart.series[0]!.name])).toEqual([
      ['xyLines', 0, 'FCR amount'],
      ['xyLines', 0, 'Invoice total'],
    ]);
  });
});
