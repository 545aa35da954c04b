/** `invoice … -o --summary-only`: the Summary or Portfolio sheet alone, its totals those of every invoice. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { actualsToCsv } from '../../core/contract/csv';
import { contractToJson } from '../../core/contract/json';
import { findTemplate } from '../../core/templates';
import { runCli } from '../cli/runCli';
import { portfolioCsv, yearOfActuals } from './yearOfActuals';

const bpo = findTemplate('bpo-customer-service')!;
const dir = mkdtempSync(join(tmpdir(), 'of-summary-only-'));
const a = { ...bpo.contract('en'), id: 'alpha' };
const b = { ...bpo.contract('en'), id: 'beta', name: 'Beta' };
mkdirSync(join(dir, 'contracts'));
writeFileSync(join(dir, 'contracts', 'alpha.json'), JSON.stringify(contractToJson(a)));
writeFileSync(join(dir, 'contracts', 'beta.json'), JSON.stringify(contractToJson(b)));
const alpha = join(dir, 'contracts', 'alpha.json');
const alphaCsv = join(dir, 'alpha.csv');
writeFileSync(alphaCsv, actualsToCsv(a, yearOfActuals(bpo)));
const all = join(dir, 'all.csv');
writeFileSync(all, portfolioCsv([a, b].map((contract) => ({ contract, actuals: yearOfActuals(bpo) }))));

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
    const args = [
      'invoice',
      '--contract',
      join(dir, 'contracts'),
      '--actuals',
      all,
      '--period',
      '2026-01..2026-12',
    ];
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
    const run = await runCli([
      'invoice',
      '--contract',
      alpha,
      '--actuals',
      alphaCsv,
      '--period',
      '2026-01..2026-12',
      '-o',
      out,
      '--summary-only',
    ]);
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
    const run = await runCli([
      'invoice',
      '--contract',
      alpha,
      '--actuals',
      alphaCsv,
      ...extra,
      '--summary-only',
    ]);
    expect(run.code).toBe(2);
    expect(run.err.split('; usage:')[0]).toBe(message);
  });
});
