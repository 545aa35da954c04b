/**
 * Every command that writes a file says so in one style: the file relative to where the user stands
 * (absolute only when it lies outside), and an amount as the invoice prints it, with its currency code.
 * `demo` and the modelling commands printed absolute paths and `€136,788.00 (VAT included)` where `invoice`
 * printed `invoice.xlsx` and `136,788.00 EUR`.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles, type CliRun } from './runCli';

const folder = mkdtempSync(join(tmpdir(), 'of-output-style-'));

/** Runs the CLI from `folder`, as a user who typed the command there. */
async function runThere(argv: readonly string[]): Promise<CliRun> {
  const cwd = process.cwd();
  process.chdir(folder);
  try {
    return await runCli(argv);
  } finally {
    process.chdir(cwd);
  }
}

beforeAll(async () => {
  const { contract, actuals } = await templateFiles();
  writeFileSync(join(folder, 'contract.json'), contract);
  writeFileSync(join(folder, 'actuals.csv'), actuals);
  mkdirSync(join(folder, 'out'));
});

const inputs = ['--contract', 'contract.json', '--actuals', 'actuals.csv'];

it('demo names its file from here and its totals as invoice does, with the currency code', async () => {
  const demo = await runThere(['demo', '--period', '2026-10', '-o', join(folder, 'out', 'demo.xlsx')]);
  expect(demo.code).toBe(0);
  expect(demo.out.split('\n')).toEqual([
    'Wrote out/demo.xlsx',
    '  sheets: Contract, Actuals, Invoice 2026-10',
    '  invoice bpo-customer-service-2026-10, total 136,788.00 EUR',
  ]);
  const invoice = await runThere([
    'invoice',
    ...inputs,
    '--period',
    '2026-10',
    '-o',
    join(folder, 'out', 'invoice.xlsx'),
  ]);
  expect(invoice.out).toBe(
    'Wrote out/invoice.xlsx: invoice bpo-customer-service-2026-10, total 136,788.00 EUR',
  );
});

it('in French too', async () => {
  const demo = await runThere(['demo', '--lang', 'fr', '--period', '2026-10', '-o', 'out/démo.xlsx']);
  expect(demo.out.split('\n')[2]).toBe('  facture bpo-customer-service-2026-10, total 136\u202f788,00 EUR');
});

it('the modelling commands name their file from here, not from the root of the disk', async () => {
  const forecast = await runThere([
    'forecast',
    ...inputs,
    '--from',
    '2027-01',
    '--to',
    '2027-03',
    '--simulations',
    '20',
    '-o',
    './out/forecast.xlsx',
  ]);
  expect(forecast.out).toMatch(/^Wrote out\/forecast\.xlsx: forecast 2027-01 to 2027-03/);
  const curve = await runThere([
    'curve',
    ...inputs,
    '--kpi',
    'FCR',
    '--period',
    '2026-10',
    '-o',
    join(folder, 'out', 'curve.xlsx'),
  ]);
  expect(curve.out).toMatch(/^Wrote out\/curve\.xlsx: fee curve of FCR/);
});

it('a file outside the folder the user stands in is named whole', async () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'of-output-elsewhere-'));
  const review = await runThere([
    'review',
    ...inputs,
    '--period',
    '2026-09..2026-12',
    '-o',
    join(elsewhere, 'review.xlsx'),
  ]);
  expect(review.out).toMatch(new RegExp(`^Wrote ${join(elsewhere, 'review.xlsx')}: `));
});
