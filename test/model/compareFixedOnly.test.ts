/**
 * The issue's own comparison, "a fixed-only model vs a hybrid vs performance-only", on one actuals or
 * scenarios file: the fixed-only contract measures nothing, so every row of the file is the others' and left
 * out for it; it still invoices every month (and every scenario) the file holds, its fixed fee each time.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from '../cli/runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-compare-fixed-only-'));
const file = (name: string) => join(dir, name);
const HYBRID = file('hybrid.json');
const FIXED = file('fixed.json');
const PERFORMANCE = file('performance.json');
const ACTUALS = file('actuals.csv');
const SCENARIOS = file('scenarios.csv');

beforeAll(async () => {
  const files = await templateFiles();
  const bpo = JSON.parse(files.contract) as Record<string, unknown>;
  writeFileSync(HYBRID, files.contract);
  // €110,000 a month whatever happens: €132,000.00 with VAT at 20 %.
  const fixed = { ...bpo, id: 'fixed', kpis: [], volumes: [], caps: undefined };
  writeFileSync(
    FIXED,
    JSON.stringify({ ...fixed, fixedFees: [{ label: 'Managed service', amount: '110000' }] }),
  );
  writeFileSync(PERFORMANCE, JSON.stringify({ ...bpo, id: 'performance', fixedFees: [], caps: undefined }));
  writeFileSync(ACTUALS, files.actuals);
  const october = files.actuals
    .split('\n')
    .filter((line) => line.startsWith('2026-10,'))
    .map((line) => line.replace('2026-10', 'october'));
  writeFileSync(SCENARIOS, ['Scenario,Kind,Name,Value', ...october, ''].join('\n'));
});

const compare = (...basis: string[]) =>
  runCli([
    'compare',
    '--contract',
    HYBRID,
    '--contract',
    FIXED,
    '--contract',
    PERFORMANCE,
    ...basis,
    '--json',
  ]);

type Comparison = { contracts: string[]; rows: { name: string; totals: string[]; difference: string }[] };

it('compares on every month of the actuals, the fixed-only contract invoicing each', async () => {
  const run = await compare('--actuals', ACTUALS);
  expect(run.err).toBe('');
  const out = JSON.parse(run.out) as Comparison;
  expect(out.contracts).toEqual(['bpo-customer-service', 'fixed', 'performance']);
  // The hybrid's invoices are the template's (README: October 136,788.00 … December 141,158.16); the
  // performance-only one is the same less the €20,000 fixed fee and its VAT, and without the caps.
  expect(out.rows.map((r) => [r.name, ...r.totals])).toEqual([
    ['2026-09', '122904.00', '132000.00', '98904.00'],
    ['2026-10', '136788.00', '132000.00', '112788.00'],
    ['2026-11', '141348.00', '132000.00', '119988.00'],
    ['2026-12', '141158.16', '132000.00', '115128.00'],
  ]);
});

it('compares on every scenario of the file, none of whose rows is the fixed-only contract’s', async () => {
  const run = await compare('--scenarios', SCENARIOS);
  expect(run.err).toBe('');
  const out = JSON.parse(run.out) as Comparison;
  expect(out.rows).toEqual([
    {
      name: 'october',
      totals: ['136788.00', '132000.00', '112788.00'],
      difference: '-24000.00',
      kinds: expect.any(Array),
    },
  ]);
});

it('a file with no scenario at all is still said to have none', async () => {
  const empty = file('empty.csv');
  writeFileSync(empty, 'Scenario,Kind,Name,Value\n');
  expect(await compare('--scenarios', empty)).toEqual({
    code: 1,
    out: '',
    err: 'empty.csv: no scenario in the file',
  });
});
