/**
 * The Performance sheet and its charts (one per KPI) cost the hosts the same calls however many periods
 * the review covers: Google Sheets' Spreadsheet calls through the built Code.js's paintPlans, Excel's
 * syncs through the pane's workbook port. Issue 13's proof: "the chart painted in a constant number of
 * host calls".
 */
import { invoicesOf, periodsInRange } from '../../core/control/batch';
import { performanceReview } from '../../core/control/review';
import { actualsToCsv } from '../../core/contract/csv';
import { performanceSheetPlan } from '../../core/layout/performanceSheet';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { findTemplate } from '../../core/templates';
import { excelWorkbook } from '../../excel-addin/taskpane/workbookPort';
import { fakeExcel, useOfficeRequirements } from '../fakes/excel';
import { loadAddon } from '../sheets/builtSheets';
import { yearOfActuals } from './yearOfActuals';

/** The review of the BPO template from January over `months` months. */
function performancePlan(months: number): SheetPlan {
  const template = findTemplate('bpo-customer-service')!;
  const contract = template.contract('en');
  const csv = actualsToCsv(contract, yearOfActuals(template, '2026-01', 12, 'en'));
  const last = `2026-${String(months).padStart(2, '0')}`;
  const range = periodsInRange(contract, '2026-01', last);
  if (!range.ok) throw new Error(range.problem);
  const run = invoicesOf(contract, { csv, file: 'a.csv' }, range.periods);
  if (!run.ok) throw new Error(run.problems.join('\n'));
  return performanceSheetPlan(performanceReview(run.invoices), run.invoices);
}

const [quarter, threeQuarters] = [performancePlan(3), performancePlan(9)];

it('draws the same charts over one quarter and three', () => {
  expect(quarter.charts!.length).toBeGreaterThan(0);
  expect(threeQuarters.charts!.map((c) => c.title.split(':')[0])).toEqual(
    quarter.charts!.map((c) => c.title.split(':')[0]),
  );
});

it('paints in Google Sheets with the same Spreadsheet calls for a quarter and for three', () => {
  const calls = (plan: SheetPlan) => {
    const addon = loadAddon({ sheetNames: ['Contract'] });
    const start = addon.fake.log.count({ group: 'SpreadsheetApp' });
    addon.fn('paintPlans')([{ plan: JSON.parse(JSON.stringify(plan)) }]);
    const sheet = addon.fake.spreadsheet.getSheets().find((s) => s.getCharts().length > 0)!;
    expect(sheet.getCharts()).toHaveLength(plan.charts!.length);
    return addon.fake.log.count({ group: 'SpreadsheetApp' }) - start;
  };
  expect(calls(threeQuarters)).toBe(calls(quarter));
});

it('paints in Excel in the same syncs for a quarter and for three', async () => {
  const restore = useOfficeRequirements('1.12');
  try {
    const syncs = async (plan: SheetPlan) => {
      const fake = fakeExcel();
      await excelWorkbook({ displayLanguage: () => undefined, run: (b) => fake.run(b) }).paint([{ plan }]);
      expect(fake.book.sheets[1]!.charts).toHaveLength(plan.charts!.length);
      return fake.runs.map((r) => r.syncs);
    };
    expect(await syncs(threeQuarters)).toEqual(await syncs(quarter));
  } finally {
    restore();
  }
});
