import { createAppsScriptFake } from './index';
import { unwrap } from './recorder';
import type { FakeEmbeddedChart } from './charts';

describe('embedded charts', () => {
  it('exist on the sheet only once inserted, with the ranges, options and anchor they were built with', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Data'] });
    const sheet = fake.spreadsheet.getSheetByName('Data')!;
    const chart = sheet
      .newChart()
      .setChartType(fake.Charts.ChartType.LINE)
      .addRange(sheet.getRange('A2:A5'))
      .addRange(sheet.getRange('B2:B5'))
      .addRange(sheet.getRange('B2:B5'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Fees')
      .build();
    expect(sheet.getCharts()).toEqual([]);
    sheet.insertChart(chart);
    expect(sheet.getCharts().map((c) => unwrap(c as FakeEmbeddedChart).__summary())).toEqual([
      {
        type: 'LINE',
        ranges: ['A2:A5', 'B2:B5'],
        options: { title: 'Fees' },
        anchor: { row: 2, column: 4, offsetX: 0, offsetY: 0 },
      },
    ]);
    expect(fake.log.count({ service: 'Sheet', method: 'insertChart' })).toBe(1);
  });

  it('refuses a chart without a type or a range, and one built for another sheet', () => {
    const fake = createAppsScriptFake({ sheetNames: ['A', 'B'] });
    const [a, b] = fake.spreadsheet.getSheets();
    expect(() => a!.newChart().addRange(a!.getRange('A1')).build()).toThrow('A chart type must be set');
    expect(() => a!.newChart().setChartType(fake.Charts.ChartType.COLUMN).build()).toThrow(
      'at least one range',
    );
    expect(() => a!.newChart().setChartType('Line' as never)).toThrow("don't match the method signature");
    const chart = a!
      .newChart()
      .setChartType(fake.Charts.ChartType.COLUMN)
      .addRange(a!.getRange('A1'))
      .build();
    expect(() => b!.insertChart(chart)).toThrow('not built for this sheet');
  });
});

describe('conditional format rules', () => {
  it('replace the sheet’s rules on set, so a painter appends to the rules it got', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Data'] });
    const sheet = fake.spreadsheet.getSheetByName('Data')!;
    const rule = (text: string) =>
      fake.SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground('#e6f4ea')
        .setRanges([sheet.getRange('B2:B9')])
        .build();
    sheet.setConditionalFormatRules([rule('met')]);
    sheet.setConditionalFormatRules([rule('missed')]);
    expect(sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition().getCriteriaValues())).toEqual(
      [['missed']],
    );
    expect(() => fake.SpreadsheetApp.newConditionalFormatRule().setBackground('green')).toThrow(
      'Invalid color',
    );
    expect(() => fake.SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('met').build()).toThrow(
      'at least one range',
    );
  });
});

describe('COUNTIF', () => {
  it('counts the text cells equal to a plain text, ignoring case, and refuses what it cannot count', () => {
    const fake = createAppsScriptFake({ sheetNames: ['Data'] });
    const sheet = fake.spreadsheet.getSheetByName('Data')!;
    sheet.getRange('A1:A3').setValues([['missed'], ['Missed'], ['met']]);
    sheet.getRange('B1:B2').setFormulas([['=COUNTIF(A1:A3,"missed")'], ['=COUNTIF(A1:A3,"m*")']]);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[2], ['#N/A']]);
  });
});
