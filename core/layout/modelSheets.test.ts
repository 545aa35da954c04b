import { buildWorkbook } from '../xlsx/writeWorkbook';
import { planToGrid } from './planToGrid';
import { curveSheetPlan } from './curveSheet';
import { exposureSheetPlan } from './exposureSheet';
import { forecastSheetPlan } from './forecastSheet';
import { compareSheetPlan } from './compareSheet';
import { scenariosSheetPlan } from './scenariosSheet';
import { compareRow } from '../model/compare';
import { exposure } from '../model/exposure';
import { evenlySpaced, feeCurve } from '../model/feeCurve';
import { forecast } from '../model/forecast';
import { priceScenario, scenarioOfPeriod } from '../model/scenario';
import { dec } from '../money';
import { bpoCustomerService } from '../templates';
import type { SheetPlan } from './sheetPlan';

const contract = bpoCustomerService.contract('en');
const actuals = bpoCustomerService.actuals('en');
const values = scenarioOfPeriod(contract, actuals, '2026-10');
const place = { period: '2026-10', history: actuals };

function must<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

const invoice = must(priceScenario(contract, values, place)).invoice;
const curve = must(feeCurve(contract, values, 'FCR', evenlySpaced(dec('0.7'), dec('0.85'), 7), place));
const plans: Record<string, SheetPlan> = {
  scenarios: scenariosSheetPlan(contract, [{ scenario: { name: '=HYPERLINK("x")', values }, invoice }]),
  curve: curveSheetPlan(contract, 'FCR', curve.points, 'the actuals of 2026-10'),
  exposure: exposureSheetPlan(contract, must(exposure(contract, values, place)).exposure, 'October'),
  forecast: forecastSheetPlan(
    contract,
    must(forecast(contract, { from: '2027-01', to: '2027-03', simulations: 50, seed: 1, history: actuals }))
      .forecast,
    '50 simulations',
  ),
  compare: compareSheetPlan(['a', 'b'], 'EUR', [compareRow('2026-10', [invoice, invoice])], 'same'),
};

describe.each(Object.entries(plans))('the %s sheet', (_name, plan) => {
  test('is a workbook exceljs writes, its tables native', () => {
    const sheet = buildWorkbook([plan]).worksheets[0];
    expect(sheet.name).toBe(plan.name);
    expect(plan.tables!.length).toBeGreaterThan(0);
  });

  test('charts point at columns of its own tables, as long as their categories', () => {
    const grid = planToGrid(plan);
    for (const chart of plan.charts ?? []) {
      for (const series of chart.series) {
        expect(series.values.rows).toBe(chart.categories.rows);
        expect(grid[series.values.row - 1][series.values.col]).toBe(series.name);
        expect(typeof grid[series.values.row][series.values.col]).toBe('number');
      }
    }
  });
});

test('workbook text stays text: a scenario named like a formula is a text cell', () => {
  const sheet = buildWorkbook([plans.scenarios]).worksheets[0];
  const cell = sheet.getCell('A5');
  expect(cell.value).toBe('=HYPERLINK("x")');
  expect(cell.numFmt).toBe('@');
});

test('the curve sheet holds the points and two line charts; the forecast a histogram column chart', () => {
  expect(plans.curve.charts!.map((c) => c.kind)).toEqual(['line', 'line']);
  expect(plans.forecast.charts!.map((c) => c.kind)).toEqual(['column']);
  const grid = planToGrid(plans.curve);
  expect(grid[4].slice(0, 3)).toEqual([0.7, -1600, 135195]);
});
