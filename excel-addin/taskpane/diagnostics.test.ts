/** The pane's Diagnostics on the Excel fake: the core's self-test through the Excel bridge and port. */
import { workbookActions } from '../../core/app/actions';
import type { DiagnosticsResult } from '../../core/app/bridge';
import { fakeExcel, useOfficeRequirements, type FakeSheet } from '../../test/fakes/excel';
import { createExcelBridge } from './excelBridge';
import type { ExcelHost } from './host';
import { excelWorkbook } from './workbookPort';
import { ALL_PASSED_ON_A_FAITHFUL_FAKE, statuses } from '../../test/support/diagnosticsExpectation';

function diagnose(fake: ReturnType<typeof fakeExcel>, hostInfo?: string): Promise<DiagnosticsResult> {
  const host: ExcelHost = {
    displayLanguage: () => undefined,
    hostInfo: () => hostInfo,
    run: (batch) => fake.run(batch),
  };
  return createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) }).runDiagnostics('en');
}

describe('Diagnostics in Excel', () => {
  it('passes the checks the fake keeps and deletes its two sheets, leaving the other sheets as they were', async () => {
    const restore = useOfficeRequirements('1.12');
    try {
      const fake = fakeExcel({ sheets: { Sheet1: [['mine']] } });
      const deleted: FakeSheet[] = [];
      const deleteSheet = fake.book.deleteSheet.bind(fake.book);
      fake.book.deleteSheet = (sheet, location) => {
        deleted.push(sheet);
        deleteSheet(sheet, location);
      };
      const result = await diagnose(fake);
      // Paint and read each sheet, delete each by its id, list the sheets: seven runs.
      expect(fake.runs).toHaveLength(7);
      expect(statuses(result)).toEqual(ALL_PASSED_ON_A_FAITHFUL_FAKE);
      expect(result.sheet).toBe('Diagnostics (delete me)');
      expect(result.message).toBe('Diagnostics: 7 passed, 0 failed. Its temporary sheets were deleted.');
      expect(deleted.map((sheet) => sheet.name)).toEqual([
        'Diagnostics (delete me)',
        'Diagnostics chart (delete me)',
      ]);
      expect(deleted[1]!.charts.map((chart) => [chart.type, chart.series[0]!.name])).toEqual([
        ['Line', 'Value'],
      ]);
      expect(deleted[1]!.conditionalFormats).toHaveLength(1);
      expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
      expect(fake.book.grid('Sheet1')).toEqual([['mine']]);
    } finally {
      restore();
    }
  });

  it('deletes its sheet by id: a sheet the user renamed is still deleted, another of its name is kept', async () => {
    const fake = fakeExcel({ sheets: { Sheet1: [] } });
    const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
    const port = excelWorkbook(host);
    const [name] = await port.paint([{ plan: { name: 'Temp', blocks: [] } }]);
    (fake.book.find('Temp') as { name: string }).name = 'Renamed'; // the user renames it
    fake.book.addSheet('Temp');
    await port.removePainted(name!);
    expect(fake.book.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'Temp']);
    await expect(port.removePainted('Temp')).rejects.toThrow('was not created by this add-in here');
    await port.paint([{ plan: { name: 'Gone', blocks: [] } }]);
    fake.book.deleteSheet(fake.book.find('Gone')!);
    await expect(port.removePainted('Gone')).resolves.toBeUndefined();
  });

  it('fails the text check on an Excel that ignores the text format and evaluates "=1+1"', async () => {
    const fake = fakeExcel();
    // The assumption under test: the "@" format written before the value keeps it text.
    fake.book.setNumberFormat = () => undefined;
    const result = await diagnose(fake);
    const text = result.checks.find((check) => check.id === 'textStaysText')!;
    expect(text.status).toBe('failed');
    expect(text.seen).toMatch(/^number 2; /);
    expect(result.report).toContain('textStaysText: FAILED.');
  });

  it('names the Excel it ran in at the end of the report, as Office gives it, for the user to send us', async () => {
    const restore = useOfficeRequirements('1.12');
    try {
      const withHost = await diagnose(fakeExcel(), 'Excel 16.0.17928.20114 (Mac)');
      expect(withHost.report.split('\n').at(-1)).toBe('Excel 16.0.17928.20114 (Mac)');
      // The same report otherwise (its timings aside), the line after its checks.
      const without = await diagnose(fakeExcel());
      const ids = (report: string) => report.split('\n').map((line) => line.split(':')[0]);
      expect(ids(withHost.report)).toEqual([...ids(without.report), 'Excel 16.0.17928.20114 (Mac)']);
    } finally {
      restore();
    }
  });
});
