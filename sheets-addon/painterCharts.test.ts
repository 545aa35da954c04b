import type { SheetPlan } from '../core/layout/sheetPlan';
import { createAppsScriptFake, type AppsScriptFake } from '../test/fakes/appsScript';
import type { FakeEmbeddedChart } from '../test/fakes/appsScript/charts';
import type { FakeConditionalFormatRule } from '../test/fakes/appsScript/conditionalFormat';
import { unwrap } from '../test/fakes/appsScript/recorder';
import { paintSheetPlan } from './painter';
import { ServerFailure } from './serverFailure';

/** A review-like sheet of `rows` months: month | status | amount, two charts and met/missed highlights. */
function reviewPlan(rows: number): SheetPlan {
  const statuses = Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? 'missed' : 'met'));
  const column = (col: number) => ({ row: 2, col, rows, cols: 1 });
  return {
    name: 'Performance',
    blocks: [
      {
        row: 1,
        col: 0,
        values: [
          ['Month', 'Status', 'Amount'],
          ...statuses.map((status, i) => [`2026-${String((i % 12) + 1).padStart(2, '0')}`, status, 100 * i]),
        ],
      },
    ],
    conditionalFormats: [
      { ...column(1), equals: 'met', fill: '#e6f4ea', color: '#137333' },
      { ...column(1), equals: 'missed', fill: '#fce8e6' },
    ],
    charts: [
      {
        kind: 'line',
        title: 'FCR: actual vs target',
        categories: column(0),
        series: [{ name: 'Amount', values: column(2) }],
        anchor: { row: 1, col: 4 },
        xTitle: 'Month',
        yTitle: 'EUR',
      },
      {
        kind: 'column',
        title: 'Histogram',
        categories: column(0),
        series: [
          { name: 'Amount', values: column(2) },
          { name: 'Status', values: column(1) },
        ],
        anchor: { row: 18, col: 4 },
      },
    ],
  };
}

function paint(fake: AppsScriptFake, plan: SheetPlan): string {
  return paintSheetPlan(fake.asReal.spreadsheet, plan, fake.asReal.SpreadsheetApp, fake.asReal.Charts);
}

function sheetOf(fake: AppsScriptFake, name: string) {
  return unwrap(fake.spreadsheet.getSheetByName(name)!);
}

describe('Sheets painter: embedded charts and conditional formats', () => {
  it('inserts each chart with its type, its ranges (categories first), title, axis titles, series names and anchor', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
    const sheet = sheetOf(fake, paint(fake, reviewPlan(4)));
    const charts = sheet.getCharts().map((chart) => unwrap(chart as FakeEmbeddedChart).__summary());
    expect(charts).toEqual([
      {
        type: 'LINE',
        ranges: ['A3:A6', 'C3:C6'],
        options: {
          title: 'FCR: actual vs target',
          useFirstColumnAsDomain: true,
          series: { 0: { labelInLegend: 'Amount' } },
          hAxis: { title: 'Month' },
          vAxes: { 0: { title: 'EUR' } },
        },
        anchor: { row: 2, column: 5, offsetX: 0, offsetY: 0 },
      },
      {
        type: 'COLUMN',
        ranges: ['A3:A6', 'C3:C6', 'B3:B6'],
        options: {
          title: 'Histogram',
          useFirstColumnAsDomain: true,
          series: { 0: { labelInLegend: 'Amount' }, 1: { labelInLegend: 'Status' } },
        },
        anchor: { row: 19, column: 5, offsetX: 0, offsetY: 0 },
      },
    ]);
  });

  it('draws an xyLines chart (a fee curve, its breakpoints between even steps) as a scatter joined by lines', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
    const xs = [0.7, 0.74, 0.75, 0.76, 0.8];
    const column = (col: number) => ({ row: 1, col, rows: xs.length, cols: 1 });
    const name = paint(fake, {
      name: 'Curve FCR',
      blocks: [{ row: 0, col: 0, values: [['FCR', 'Amount'], ...xs.map((x, i) => [x, 100 * i])] }],
      charts: [
        {
          kind: 'xyLines',
          title: 'FCR amount',
          categories: column(0),
          series: [{ name: 'Amount', values: column(1) }],
          anchor: { row: 0, col: 3 },
          xTitle: 'FCR',
          xBounds: { min: 0.7, max: 0.8 },
        },
      ],
    });
    const [chart] = sheetOf(fake, name).getCharts();
    expect(unwrap(chart as FakeEmbeddedChart).__summary()).toEqual({
      type: 'SCATTER',
      ranges: ['A2:A6', 'B2:B6'],
      options: {
        title: 'FCR amount',
        useFirstColumnAsDomain: true,
        series: { 0: { labelInLegend: 'Amount' } },
        lineWidth: 2,
        pointSize: 4,
        hAxis: { title: 'FCR', viewWindow: { min: 0.7, max: 0.8 } },
      },
      anchor: { row: 1, column: 4, offsetX: 0, offsetY: 0 },
    });
  });

  it('colours exactly the cells showing "met" or "missed", through rules on the new sheet', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
    const sheet = sheetOf(fake, paint(fake, reviewPlan(4)));
    const rules = sheet.getConditionalFormatRules().map((rule) => unwrap(rule as FakeConditionalFormatRule));
    expect(rules.map((rule) => rule.__summary())).toEqual([
      { ranges: ['B3:B6'], textEquals: 'met', background: '#e6f4ea', fontColor: '#137333' },
      { ranges: ['B3:B6'], textEquals: 'missed', background: '#fce8e6', fontColor: null },
    ]);
    const shown = sheet.getRange(3, 2, 4, 1).getDisplayValues();
    const fills = shown.map(
      ([text], r) => rules.find((rule) => rule.__applies(3 + r, 2, text!))?.__background,
    );
    expect(fills).toEqual(['#fce8e6', '#e6f4ea', '#e6f4ea', '#fce8e6']);
  });

  it('makes the same Spreadsheet calls for 10 and 2,000 rows, one setConditionalFormatRules among them', () => {
    const measured = [10, 2000].map((rows) => {
      const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
      const from = fake.log.mark();
      paint(fake, reviewPlan(rows));
      const calls = fake.log.since(from, { group: 'SpreadsheetApp' });
      return {
        sequence: calls.map((c) => `${c.service}.${c.method}`),
        rules: calls.filter((c) => c.method === 'setConditionalFormatRules').length,
      };
    });
    expect(measured[1]!.sequence).toEqual(measured[0]!.sequence);
    expect(measured[0]!.rules).toBe(1);
    expect(measured[0]!.sequence.filter((call) => call === 'Sheet.insertChart')).toHaveLength(2);
  });

  it('refuses a chart whose columns do not fit its categories before creating any sheet', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
    const plan = reviewPlan(4);
    const broken = {
      ...plan,
      charts: [
        { ...plan.charts![0]!, series: [{ name: 'Amount', values: { row: 2, col: 2, rows: 3, cols: 1 } }] },
      ],
    };
    expect(() => paint(fake, broken)).toThrow(
      new ServerFailure({
        code: 'plan',
        at: 'charts[0]',
        fault: 'chart',
        // The problem travels as data, worded in the pane's language by the sidebar (core/i18n/paintReasons.ts).
        detail: { problem: 'notAsLong', chart: 'FCR: actual vs target', series: 'Amount' },
      }),
    );
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Contract']);
  });
});
