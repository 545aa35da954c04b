import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import type { PaintRequest } from './workbookPort';
import { DIAGNOSTICS_SHEET, runDiagnostics, type DiagnosticsResult } from './diagnostics';

function statuses(result: DiagnosticsResult): Record<string, string> {
  return Object.fromEntries(result.checks.map((check) => [check.id, check.status]));
}

describe('runDiagnostics on the in-memory workbook', () => {
  it('passes every check it can make, says which it cannot, and leaves only its own sheet', () => {
    const book = new MemoryWorkbook();
    book.addSheet('Contract', [['kept']]);
    const result = runDiagnostics(book, 'en') as DiagnosticsResult;
    expect(statuses(result)).toEqual({
      textStaysText: 'passed',
      fifteenDigits: 'passed',
      dateMonth: 'passed',
      blankInRange: 'passed',
      largeCall: 'passed',
      blankInRangeArgument: 'notChecked',
      omittedOptional: 'notChecked',
    });
    expect(book.sheetNames()).toEqual(['Contract', DIAGNOSTICS_SHEET]);
    expect(book.sheetMap.get('Contract')).toEqual([['kept']]);
    expect(result.checks[0]!.seen).toBe('text "=1+1"; text "+1+2"; text "-1+2"; text "@SUM(1)"');
    expect(result.checks[2]!.seen).toBe('number 46296, month 2026-10');
    expect(result.report.split('\n')).toHaveLength(8);
    expect(result.report).toContain('omittedOptional: not checked here.');
    expect(result.message).toBe(
      `Diagnostics: 5 passed, 0 failed. Delete the sheet "${DIAGNOSTICS_SHEET}" when you are done.`,
    );
  });

  it('names its sheet uniquely when a previous run left one', () => {
    const book = new MemoryWorkbook();
    runDiagnostics(book, 'en');
    const second = runDiagnostics(book, 'en') as DiagnosticsResult;
    expect(second.sheet).toBe(`${DIAGNOSTICS_SHEET} (2)`);
    expect(statuses(second).textStaysText).toBe('passed');
  });

  it('fails each check whose assumption the host breaks, saying what it saw, in French', () => {
    // A host that evaluates formula-like text, keeps 15 digits badly, files dates a day early and reads
    // blanks as 0.
    class BrokenHost extends MemoryWorkbook {
      override paint(requests: readonly PaintRequest[]): string[] {
        const names = super.paint(requests);
        const grid = this.sheetMap.get(names[0]!)!;
        grid[0]![0] = 2;
        grid[1]![0] = 0.12345678901235;
        grid[2]![0] = new Date(Date.UTC(2026, 8, 30)) as never;
        grid[3]![1] = 0;
        grid[5 + 9_999]![1] = 'lost';
        return names;
      }
    }
    let clock = 0;
    const result = runDiagnostics(new BrokenHost(), 'fr', {
      now: () => (clock += 20_000),
    }) as DiagnosticsResult;
    expect(statuses(result)).toMatchObject({
      textStaysText: 'failed',
      fifteenDigits: 'failed',
      dateMonth: 'failed',
      blankInRange: 'failed',
      largeCall: 'failed',
    });
    const seen = Object.fromEntries(result.checks.map((check) => [check.id, check.seen]));
    expect(seen.textStaysText).toMatch(/^nombre 2; texte "\+1\+2"/);
    expect(seen.fifteenDigits).toBe('nombre 0.12345678901235; nombre 123456789012345');
    expect(seen.dateMonth).toBe('date 2026-09-30, mois 2026-09');
    expect(seen.blankInRange).toBe('nombre 0');
    expect(seen.largeCall).toBe(
      '10000 lignes relues, la première différente à la ligne 10000; 10000 lignes écrites en 20000 ms, relues en 20000 ms',
    );
    expect(result.message).toMatch(/^Diagnostic : 0 réussi\(s\), 5 en échec\./);
  });
});
