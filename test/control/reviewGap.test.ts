/**
 * `review -o` over a range whose actuals have a gap (a month missing in the middle of the year): every
 * problem is listed, then one line says the workbook was not written, as `invoice` over a range says it,
 * so the buyer does not look for a review.xlsx that was never made.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from '../cli/runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-review-gap-'));
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  const { contract, actuals } = await templateFiles();
  writeFileSync(at('contract.json'), contract);
  // The sample months 2026-09 to 2026-12 without October's.
  writeFileSync(at('gap.csv'), actuals.replace(/^2026-10,.*\n/gm, ''));
});

describe('review -o over a range with a month missing', () => {
  it('lists its problems, then says the workbook was not written (exit 1)', async () => {
    const run = await runCli([
      'review',
      ...['--contract', at('contract.json'), '--actuals', at('gap.csv')],
      ...['--period', '2026-09..2026-12', '-o', at('review.xlsx')],
    ]);
    expect(run.code).toBe(1);
    const lines = run.err.split('\n');
    expect(lines.slice(0, -1)).toEqual([
      '2026-10: Actuals: no quantity for "Interactions" in 2026-10',
      '2026-10: Actuals: no value for KPI "FCR" in 2026-10',
      '2026-10: Actuals: no value for KPI "Average response time" in 2026-10',
      '2026-10: Actuals: no value for KPI "CSAT" in 2026-10',
    ]);
    expect(lines[lines.length - 1]).toMatch(
      /review\.xlsx not written: 4 problems stop the whole run; fix them and run it again$/,
    );
    expect(existsSync(at('review.xlsx'))).toBe(false);
  });
});
