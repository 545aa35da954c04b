/**
 * The Excel fake's charts and conditional formats behave like Office.js where the painter relies on it:
 * queued until sync, refused as Excel refuses them, and gated by the requirement set the host reports.
 */
import fs from 'fs';
import { CHART_TYPES } from './charts';
import { useOfficeRequirements } from './index';
import { createExcelRun, type FakeContext, type RunRecord } from './officeJs';
import { FakeWorkbook } from './workbook';

function setup(): { book: FakeWorkbook; run: ReturnType<typeof createExcelRun> } {
  const book = new FakeWorkbook();
  book.addSheet('Sheet1');
  const runs: RunRecord[] = [];
  return { book, run: createExcelRun(book, runs) };
}

describe('charts', () => {
  test('a chart exists at sync, one series per source column, named and pointed as the calls say', async () => {
    const { book, run } = setup();
    await run(async (context: FakeContext) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const chart = sheet.charts.add('Line', sheet.getRange('B2:C4'), 'Columns');
      expect(book.find('Sheet1')!.charts).toEqual([]);
      chart.title.text = 'Fees';
      chart.series.getItemAt(1).name = 'Total';
      chart.series.getItemAt(1).setXAxisValues(sheet.getRange('A2:A4'));
      chart.setPosition(sheet.getRange('E2'));
      await context.sync();
    });
    expect(book.find('Sheet1')!.charts).toEqual([
      {
        type: 'Line',
        source: 'B2:C4',
        seriesBy: 'Columns',
        title: 'Fees',
        axisTitles: { category: null, value: null },
        position: { start: 'E2', end: null },
        series: [
          { name: 'Series1', values: 'B2:B4', xValues: null },
          { name: 'Total', values: 'C2:C4', xValues: 'A2:A4' },
        ],
      },
    ]);
  });

  test('an unknown chart type or a series that is not there fails the sync', async () => {
    const { run } = setup();
    await expect(
      run(async (context: FakeContext) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.charts.add('Pie3DExploded', sheet.getRange('A1:A2'));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      run(async (context: FakeContext) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.charts.add('Line', sheet.getRange('A1:A2')).series.getItemAt(1).name = 'x';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('draws only chart types Office.js has, as @types/office-js spells them in charts.add', () => {
    const types = fs.readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
    const add = /\n\s*add\(type: ("Invalid"[^)]*?), sourceData: Range/.exec(types)!;
    const documented = new Set([...add[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
    expect([...CHART_TYPES].filter((type) => !documented.has(type))).toEqual([]);
    expect(documented.has('XYScatterLines')).toBe(true);
  });

  test('a series name over the 255 characters Microsoft documents fails the sync', async () => {
    const { run } = setup();
    const long = 'x'.repeat(256);
    for (const name of [(s: { name: string }) => (s.name = long), null]) {
      await expect(
        run(async (context: FakeContext) => {
          const sheet = context.workbook.worksheets.getItem('Sheet1');
          const chart = sheet.charts.add('Line', sheet.getRange('A1:A2'));
          if (name) name(chart.series.getItemAt(0));
          else chart.series.add(long);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
  });

  test('series.add and setValues need ExcelApi 1.7, as in Excel', async () => {
    const restore = useOfficeRequirements('1.6');
    try {
      const { run } = setup();
      await expect(
        run(async (context: FakeContext) => {
          const sheet = context.workbook.worksheets.getItem('Sheet1');
          sheet.charts.add('Line', sheet.getRange('A1:A2')).series.add('Second');
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'ApiNotFound' });
    } finally {
      restore();
    }
  });
});

describe('conditional formats', () => {
  test('a CellValue rule records its rule and colours; a malformed rule fails the sync', async () => {
    const { book, run } = setup();
    await run(async (context: FakeContext) => {
      const format = context.workbook.worksheets
        .getItem('Sheet1')
        .getRange('B2:B9')
        .conditionalFormats.add('CellValue');
      format.cellValue.rule = { formula1: '="met"', operator: 'EqualTo' };
      format.cellValue.format.fill.color = '#e6f4ea';
      await context.sync();
    });
    expect(book.find('Sheet1')!.conditionalFormats).toEqual([
      {
        address: 'B2:B9',
        type: 'CellValue',
        rule: { formula1: '="met"', operator: 'EqualTo' },
        fill: '#e6f4ea',
        fontColor: null,
      },
    ]);
    await expect(
      run(async (context: FakeContext) => {
        const format = context.workbook.worksheets
          .getItem('Sheet1')
          .getRange('B2')
          .conditionalFormats.add('CellValue');
        format.cellValue.rule = { formula1: '="met"', operator: 'Equals' };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
