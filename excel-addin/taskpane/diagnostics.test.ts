/** The pane's Diagnostics on the Excel fake: the core's self-test through the Excel bridge and port. */
import { workbookActions } from '../../core/app/actions';
import type { DiagnosticsResult } from '../../core/app/bridge';
import { fakeExcel } from '../../test/fakes/excel';
import { createExcelBridge } from './excelBridge';
import type { ExcelHost } from './host';
import { excelWorkbook } from './workbookPort';

function diagnose(fake: ReturnType<typeof fakeExcel>): Promise<DiagnosticsResult> {
  const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
  return createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) }).runDiagnostics('en');
}

function statuses(result: DiagnosticsResult): Record<string, string> {
  return Object.fromEntries(result.checks.map((check) => [check.id, check.status]));
}

describe('Diagnostics in Excel', () => {
  it('passes the checks the fake keeps, in two runs, leaving the other sheets as they were', async () => {
    const fake = fakeExcel({ sheets: { Sheet1: [['mine']] } });
    const result = await diagnose(fake);
    expect(fake.runs).toHaveLength(2);
    expect(statuses(result)).toEqual({
      textStaysText: 'passed',
      fifteenDigits: 'passed',
      dateMonth: 'passed',
      blankInRange: 'passed',
      largeCall: 'passed',
      blankInRangeArgument: 'notChecked',
      omittedOptional: 'notChecked',
    });
    expect(result.sheet).toBe('Diagnostics (delete me)');
    expect(fake.book.grid('Sheet1')).toEqual([['mine']]);
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
});
