/**
 * The terminal tables of `curve` and `exposure` on a French contract write a KPI's values with the decimal
 * comma, as their amounts and the rest of the French output are (`0,74` beside `136 116,00`), where they
 * printed `0.74`; every digit a value has is kept (`0,7208125`, a cap's kink), and English is unchanged.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-tables-'));
const files = { fr: { contract: '', actuals: '' }, en: { contract: '', actuals: '' } };

beforeAll(async () => {
  for (const lang of ['fr', 'en'] as const) {
    const json = await runCli(['template', 'bpo-customer-service', '--lang', lang]);
    const csv = await runCli(['template', 'bpo-customer-service', '--lang', lang, '--actuals']);
    files[lang].contract = join(dir, `contract-${lang}.json`);
    files[lang].actuals = join(dir, `actuals-${lang}.csv`);
    writeFileSync(files[lang].contract, `${json.out}\n`);
    writeFileSync(files[lang].actuals, `${csv.out}\n`);
  }
});

const inputs = (lang: 'fr' | 'en') => ['--contract', files[lang].contract, '--actuals', files[lang].actuals];
/** The first cell of each row of a table, below its heading and rule. */
const firstColumn = (table: string) =>
  table
    .split('\n')
    .slice(2)
    .map((line) => line.split(/ {2,}/)[0].trim());

describe('curve', () => {
  const curve = [
    'curve',
    '--period',
    '2026-10',
    '--kpi',
    'FCR',
    '--from',
    '0.7',
    '--to',
    '0.8',
    '--steps',
    '5',
  ];

  test('French: each value with its decimal comma and every digit', async () => {
    const run = await runCli([...curve, ...inputs('fr')]);
    expect(run.code).toBe(0);
    const values = firstColumn(run.out).filter((cell) => /^\d/.test(cell));
    expect(values).toEqual(['0,7', '0,7208125', '0,725', '0,74', '0,75', '0,76', '0,775', '0,785', '0,8']);
  });

  test('English: decimal points, as before', async () => {
    const run = await runCli([...curve, ...inputs('en')]);
    const values = firstColumn(run.out).filter((cell) => /^\d/.test(cell));
    expect(values).toEqual(['0.7', '0.7208125', '0.725', '0.74', '0.75', '0.76', '0.775', '0.785', '0.8']);
  });
});

describe('exposure', () => {
  test('French: the KPI values of the least and the most invoice with the decimal comma', async () => {
    const run = await runCli(['exposure', '--period', '2026-10', ...inputs('fr')]);
    expect(run.code).toBe(0);
    const [, , min, max] = run.out.split('\n');
    expect(min).toMatch(/^min\s.*129\s195,00\s+0\s+6\s+0$/);
    expect(max).toMatch(/^max\s.*137\s700,00\s+1\s+0\s+0,9$/);
  });

  test('English: decimal points, as before', async () => {
    const run = await runCli(['exposure', '--period', '2026-10', ...inputs('en')]);
    expect(run.out.split('\n')[3]).toMatch(/^max\s.*137,700\.00\s+1\s+0\s+0\.9$/);
  });
});
