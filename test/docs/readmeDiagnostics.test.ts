/**
 * The README's Diagnostics section names the temporary sheets a run paints, in each language of the pane,
 * as the pane names them: a user told to delete "Diagnostics (delete me)" must find it by that name; and
 * its table has a row for each check a report carries, so a user reading "percentFormat: FAILED" finds it.
 */
import { runDiagnostics, type DiagnosticsResult } from '../../core/app/diagnostics';
import { diagnosticsTexts } from '../../core/i18n/diagnostics';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { readme } from './readmeExamples';

const section = readme()
  .split(/^## Diagnostics$/m)[1]
  ?.split(/^## /m)[0]
  .replace(/\s+/g, ' ');

describe('the README’s Diagnostics section', () => {
  it.each(['en', 'fr'] as const)('names the temporary sheets of a %s pane', (lang) => {
    const { main, chart, calls } = diagnosticsTexts(lang).sheetNames;
    for (const name of [main, chart, calls]) expect(section).toContain(`\`${name}\``);
  });

  it('has one row of its table for each check of the report, in the report’s order', () => {
    const result = runDiagnostics(new MemoryWorkbook(), 'en') as DiagnosticsResult;
    const rows = [...(section ?? '').matchAll(/\| `(\w+)` +\|/g)].map((match) => match[1]);
    expect(rows).toEqual(result.checks.map((check) => check.id));
  });
});
