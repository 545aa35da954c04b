/**
 * A period typed with a space around it (pasted from a sheet, a script's `--period "$P "`) is the period:
 * the spelling check read it trimmed, but the commands went on with the spaces, so `invoice` said
 * `Period must be written YYYY-MM (got " 2026-10")`, `demo` had no sample actuals for " 2026-10" while
 * listing 2026-10, and `curve`, `exposure` and `compare` failed with "unexpected error".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-period-spaces-'));
const contract = join(dir, 'contract.json');
const actuals = join(dir, 'actuals.csv');
const inputs = ['--contract', contract, '--actuals', actuals];

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
});

const commands: readonly (readonly string[])[] = [
  ['invoice', ...inputs, '--json'],
  ['curve', ...inputs, '--kpi', 'FCR', '--json'],
  ['exposure', ...inputs, '--json'],
  ['compare', '--contract', contract, ...inputs, '--json'],
];

it.each(commands)('%s: " 2026-10 " answers as 2026-10 does', async (...argv) => {
  const plain = await runCli([...argv, '--period', '2026-10']);
  expect(plain.code).toBe(0);
  expect(await runCli([...argv, '--period', ' 2026-10 '])).toEqual(plain);
});

it('demo: " 2026-10" is a sample month', async () => {
  const run = await runCli(['demo', '--period', ' 2026-10', '-o', join(dir, 'demo.xlsx')]);
  expect(run.err).toBe('');
  expect(run.out).toContain('invoice bpo-customer-service-2026-10, total 136,788.00 EUR');
});

it('reconcile: " 2026-10" reconciles the October invoice', async () => {
  const issued = join(dir, 'issued.xlsx');
  expect((await runCli(['invoice', ...inputs, '--period', '2026-10', '-o', issued])).code).toBe(0);
  const run = await runCli(['reconcile', ...inputs, '--period', '2026-10 ', '--supplier', issued]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
});
