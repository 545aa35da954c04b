/**
 * `verify` of a workbook of several invoices whose invoice sheet was deleted since it was written: the
 * Portfolio (or a year's Summary) still lists that invoice, and the workbook must not pass as untouched.
 * The Portfolio is laid out again from what it lists, so without this check the deleted sheet went unsaid
 * (exit 0); on a year's Summary the row was said to be one the file has and the recomputation has not.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';
import { portfolioFiles } from './portfolioFiles';

const files = portfolioFiles('outcome-fees-deleted-sheet-');
const portfolio = ['--contract', files.contracts, '--actuals', files.all];
const year = ['--contract', files.alpha, '--actuals', files.alphaCsv];
const period = ['--period', '2026-01..2026-03'];
const at = (name: string) => join(files.dir, name);

beforeAll(async () => {
  expect((await runCli(['invoice', ...portfolio, ...period, '-o', at('portfolio.xlsx')])).code).toBe(0);
  expect((await runCli(['invoice', ...year, ...period, '-o', at('year.xlsx')])).code).toBe(0);
});

/** A copy of `source` without its sheet `name`. */
async function without(source: string, name: string, copy: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at(source));
  workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
  await workbook.xlsx.writeFile(at(copy));
  return at(copy);
}

describe('verify of a workbook whose invoice sheet was deleted', () => {
  it('a portfolio: the Portfolio row of that invoice names it, exit 1', async () => {
    const run = await runCli([
      'verify',
      '--invoice',
      await without('portfolio.xlsx', 'beta-2026-02', 'p.xlsx'),
      ...portfolio,
    ]);
    expect(run.code).toBe(1);
    // Row 8 is beta's February (alpha's three months on rows 4–6, beta's from row 7).
    expect(run.out.split('\n').filter((l) => l.startsWith('Portfolio'))).toEqual([
      'Portfolio: 1 difference',
      'Portfolio!D8 (beta, Invoice): invoice beta-2026-02 is listed here but has no sheet in the file: deleted since it was written',
    ]);
  });

  it('a year: the Summary row of that invoice names it, beside what the totals recompute to', async () => {
    const run = await runCli([
      'verify',
      '--invoice',
      await without('year.xlsx', 'Invoice 2026-02', 'y.xlsx'),
      ...year,
    ]);
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      'Summary!B5 (2026-02, Invoice): invoice alpha-2026-02 is listed here but has no sheet in the file: deleted since it was written',
    );
  });

  it('an untouched portfolio and year still verify', async () => {
    expect((await runCli(['verify', '--invoice', at('portfolio.xlsx'), ...portfolio])).code).toBe(0);
    expect((await runCli(['verify', '--invoice', at('year.xlsx'), ...year])).code).toBe(0);
  });
});
