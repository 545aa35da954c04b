/** `invoice … -o --summary-only`: the Summary or Portfolio sheet alone, its totals those of every invoice. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';
import { portfolioFiles } from './portfolioFiles';

const { dir, contracts, all, invoiceAlpha } = portfolioFiles('of-summary-only-');

async function sheetsOf(file: string): Promise<ExcelJS.Worksheet[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return book.worksheets;
}

/** The numbers of column `col` (1-based) of a sheet's rows, formulas by their cached result. */
function lastRowNumbers(sheet: ExcelJS.Worksheet): number[] {
  const values = sheet.getRow(sheet.actualRowCount).values as unknown[];
  return values
    .map((v) => (v && typeof v === 'object' && 'result' in v ? v.result : v))
    .filter((v): v is number => typeof v === 'number');
}

describe('outcome-fees invoice --summary-only', () => {
  it('writes the Portfolio sheet alone for a folder of contracts, with the same totals as the full workbook', async () => {
    const args = ['invoice', '--contract', contracts, '--actuals', all, '--period', '2026-01..2026-12'];
    const full = join(dir, 'full.xlsx');
    const only = join(dir, 'only.xlsx');
    const fullRun = await runCli([...args, '-o', full]);
    const onlyRun = await runCli([...args, '-o', only, '--summary-only']);
    expect(onlyRun).toMatchObject({ code: 0, err: '' });
    expect(onlyRun.out).toMatch(
      /^Wrote .*only\.xlsx: the Portfolio sheet of 24 invoices of 2 contracts \(no invoice sheets: --summary-only\), total /,
    );
    expect(onlyRun.out.split('total ')[1]).toBe(fullRun.out.split('total ')[1]);
    const [portfolio, ...rest] = await sheetsOf(only);
    expect(portfolio!.name).toBe('Portfolio');
    expect(rest).toEqual([]);
    const fullPortfolio = (await sheetsOf(full))[0]!;
    expect(lastRowNumbers(portfolio!)).toEqual(lastRowNumbers(fullPortfolio));
    expect(lastRowNumbers(portfolio!).length).toBeGreaterThan(0);
  });

  it('writes the Summary sheet alone for one contract over a year', async () => {
    const out = join(dir, 'year.xlsx');
    const run = await invoiceAlpha('--period', '2026-01..2026-12', '-o', out, '--summary-only');
    expect(run).toMatchObject({ code: 0, err: '' });
    expect((await sheetsOf(out)).map((s) => s.name)).toEqual(['Summary']);
  });

  it.each([
    [
      ['--period', '2026-10', '-o', join(dir, 'x.xlsx')],
      '--summary-only is for a range of periods or several contracts',
    ],
    [
      ['--period', '2026-01..2026-03', '--json'],
      '--summary-only writes the Summary or Portfolio sheet alone: give -o FILE.xlsx',
    ],
    [
      ['--period', '2026-01..2026-03'],
      '--summary-only writes the Summary or Portfolio sheet alone: give -o FILE.xlsx',
    ],
  ])('refuses %j: %s', async (extra, message) => {
    const run = await invoiceAlpha(...extra, '--summary-only');
    expect(run.code).toBe(2);
    expect(run.err.split('; usage:')[0]).toBe(message);
  });
});
