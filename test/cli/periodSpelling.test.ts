/**
 * A period typed in a form no command reads (`10/2026`, `Oct`, `2026-10-31`) is a usage error naming the
 * option and every form it takes, before any file is read: the same on invoice and demo as on the
 * modelling commands, not "Period must be written YYYY-MM" (exit 1), which leaves out the quarter, the
 * half-year and the year `--period` also takes.
 */
import { runCli, templateFiles } from './runCli';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'of-period-spelling-'));
let contract: string;
let actuals: string;
beforeAll(async () => {
  const files = await templateFiles();
  contract = join(dir, 'contract.json');
  actuals = join(dir, 'actuals.csv');
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
});

const forms = (option: string, got: string) =>
  `${option} must be a month YYYY-MM, a quarter YYYY-Qn, a half-year YYYY-Hn or a year YYYY (got '${got}'); usage: outcome-fees `;

test.each([
  [['--period', '10/2026'], '--period', '10/2026'],
  [['--period', 'Oct'], '--period', 'Oct'],
  [['--period', '2026-10-31'], '--period', '2026-10-31'],
  [['--period', '2026-10..12/2026'], '--period', '12/2026'],
  [['--from', '2026-09', '--to', 'dec'], '--to', 'dec'],
])('invoice %j: a usage error naming the option and the forms', async (period, option, got) => {
  const run = await runCli(['invoice', '--contract', contract, '--actuals', actuals, ...period]);
  expect(run.code).toBe(2);
  expect(run.out).toBe('');
  expect(run.err.startsWith(forms(option, got))).toBe(true);
});

it('before any file is read: the inputs need not exist', async () => {
  const run = await runCli([
    'invoice',
    '--contract',
    'nowhere.json',
    '--actuals',
    'a.csv',
    '--period',
    '10/2026',
  ]);
  expect(run.err.startsWith(forms('--period', '10/2026'))).toBe(true);
});

it('demo too, in the language of the run', async () => {
  const run = await runCli(['demo', '--period', 'octobre', '--lang', 'fr', '-o', join(dir, 'd.xlsx')]);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(
    /^--period doit être un mois AAAA-MM, .* \(reçu «\u00a0octobre\u00a0»\)\u00a0; usage: outcome-fees demo/,
  );
});

it('a month that does not exist is still said as such', async () => {
  const run = await runCli(['invoice', '--contract', contract, '--actuals', actuals, '--period', '2026-13']);
  expect(run.err).toBe('2026-13 names no month: a year has months 01 to 12');
});

test.each([
  ['reconcile', ['--supplier', 'supplier.csv', '--period', '10/2026'], '10/2026'],
  ['review', ['--period', 'Oct..Dec'], 'Oct'],
])('%s: the same usage error, before any file is read', async (command, rest, got) => {
  const run = await runCli([command, '--contract', 'nowhere.json', '--actuals', 'a.csv', ...rest]);
  expect(run.code).toBe(2);
  expect(run.out).toBe('');
  expect(run.err.startsWith(forms('--period', got))).toBe(true);
});
