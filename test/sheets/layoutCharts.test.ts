/**
 * The sheets the core lays out with charts and highlights (fee curve, forecast, performance review),
 * painted by both hosts' painters: through the built Code.js's paintPlans on the Apps Script fake, and
 * through Excel's workbook port on the Excel fake, each chart and rule of the plan lands on the sheet.
 */
import { performanceReview } from '../../core/control/review';
import { invoicesOf, periodsInRange } from '../../core/control/batch';
import { actualsToCsv } from '../../core/contract/csv';
import { curveSheetPlan } from '../../core/layout/curveSheet';
import { forecastSheetPlan } from '../../core/layout/forecastSheet';
import { performanceSheetPlan } from '../../core/layout/performanceSheet';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { evenlySpaced, feeCurve } from '../../core/model/feeCurve';
import { forecast } from '../../core/model/forecast';
import { scenarioOfPeriod } from '../../core/model/scenario';
import { dec } from '../../core/money';
import { bpoCustomerService, findTemplate } from '../../core/templates';
import { excelWorkbook } from '../../excel-addin/taskpane/workbookPort';
import { yearOfActuals } from '../control/yearOfActuals';
import { fakeExcel, useOfficeRequirements } from '../fakes/excel';
import { loadAddon } from './builtSheets';

function must<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

function layouts(): Record<string, SheetPlan> {
  const contract = bpoCustomerService.contract('en');
  const actuals = bpoCustomerService.actuals('en');
  const place = { period: '2026-10', history: actuals };
  const values = scenarioOfPeriod(contract, actuals, '2026-10');
  const curve = must(feeCurve(contract, values, 'FCR', evenlySpaced(dec('0.7'), dec('0.85'), 7), place));
  const simulated = must(
    forecast(contract, { from: '2027-01', to: '2027-03', simulations: 50, seed: 1, history: actuals }),
  );
  const template = findTemplate('bpo-customer-service')!;
  const csv = actualsToCsv(contract, yearOfActuals(template, '2026-01', 12, 'en'));
  const range = periodsInRange(contract, '2026-01', '2026-12');
  if (!range.ok) throw new Error(range.problem);
  const run = invoicesOf(contract, { csv, file: 'a.csv' }, range.periods);
  if (!run.ok) throw new Error(run.problems.join('\n'));
  return {
    curve: curveSheetPlan(contract, 'FCR', curve.points, { kind: 'period', period: '2026-10' }),
    forecast: forecastSheetPlan(contract, simulated.forecast, {
      simulations: 50,
      seed: 1,
      draws: { kind: 'resampled' },
    }),
    performance: performanceSheetPlan(performanceReview(run.invoices), run.invoices),
  };
}

const plans = layouts();

describe.each(Object.entries(plans))('the %s sheet', (_name, plan) => {
  it('carries charts', () => {
    expect(plan.charts?.length).toBeGreaterThan(0);
  });

  it('gets each chart and highlight of its plan in Google Sheets, through the built Code.js', () => {
    const addon = loadAddon({ sheetNames: ['Contract'] });
    const [painted] = addon.fn('paintPlans')([{ plan: JSON.parse(JSON.stringify(plan)) }]) as {
      name: string;
    }[];
    const sheet = addon.fake.spreadsheet.getSheetByName(painted!.name)!;
    const charts = sheet.getCharts();
    expect(charts.map((chart) => chart.getOptions().get('title'))).toEqual(plan.charts!.map((c) => c.title));
    expect(charts.map((chart) => chart.getRanges().length)).toEqual(
      plan.charts!.map((c) => c.series.length + 1),
    );
    expect(sheet.getConditionalFormatRules()).toHaveLength(plan.conditionalFormats?.length ?? 0);
  });

  it('gets each chart and highlight of its plan in Excel, in the same runs as a plan without them', async () => {
    const restore = useOfficeRequirements('1.12');
    try {
      const withCharts = fakeExcel();
      await excelWorkbook({ displayLanguage: () => undefined, run: (b) => withCharts.run(b) }).paint([
        { plan },
      ]);
      const sheet = withCharts.book.sheets[1]!;
      expect(sheet.charts.map((chart) => [chart.title, chart.series.map((s) => s.name)])).toEqual(
        plan.charts!.map((c) => [c.title, c.series.map((s) => s.name)]),
      );
      expect(sheet.charts.every((chart) => chart.series.every((s) => s.values && s.xValues))).toBe(true);
      expect(sheet.conditionalFormats).toHaveLength(plan.conditionalFormats?.length ?? 0);
      const without = fakeExcel();
      const bare = { ...plan, charts: undefined, conditionalFormats: undefined };
      await excelWorkbook({ displayLanguage: () => undefined, run: (b) => without.run(b) }).paint([
        { plan: bare },
      ]);
      expect(withCharts.runs.map((r) => r.syncs)).toEqual(without.runs.map((r) => r.syncs));
    } finally {
      restore();
    }
  });
});
