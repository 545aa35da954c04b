/**
 * A period typed in a form no command reads (`10/2026`, `Oct`, `2026-10-31`) is a usage error naming the
 * option and every form it takes, before any file is read: the same on invoice and demo as on the
 * modelling commands, not "Period must be written YYYY-MM" (exit 1), which leaves out the quarter, the
 * half-year and the year `--period` also takes. A period shaped right that does not exist (`2026-13`,
 * `2026-Q5`) is the same one usage line on every command (it was exit 1 on some, a form error on others).
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

/** Every command taking a period, with the inputs it needs (none of them exists: the spelling is said first). */
const COMMANDS: readonly (readonly [string, (period: string) => string[]])[] = [
  ['invoice', (p) => ['--contract', 'c.json', '--actuals', 'a.csv', '--period', p]],
  ['invoice', (p) => ['--contract', 'c.json', '--actuals', 'a.csv', '--from', p, '--to', '2026-12']],
  ['demo', (p) => ['--period', p]],
  ['reconcile', (p) => ['--contract', 'c.json', '--actuals', 'a.csv', '--supplier', 's.csv', '--period', p]],
  ['review', (p) => ['--contract', 'c.json', '--actuals', 'a.csv', '--period', p]],
  ['forecast', (p) => ['--contract', 'c.json', '--actuals', 'a.csv', '--from', p, '--to', '2027-06']],
  ['compare', (p) => ['--contract', 'c.json', '--contract', 'd.json', '--actuals', 'a.csv', '--period', p]],
  ['scenarios', (p) => ['--contract', 'c.json', '--scenarios', 's.csv', '--period', p]],
  ['exposure', (p) => ['--contract', 'c.json', '--actuals', 'a.csv', '--period', p]],
  ['curve', (p) => ['--contract', 'c.json', '--kpi', 'CSAT', '--actuals', 'a.csv', '--period', p]],
];
const NAMES_NO_MONTH = (got: string) => `${got} names no month: a year has months 01 to 12`;
const SPELLINGS: readonly (readonly [string, (option: string) => string])[] = [
  ['2026-13', (o) => `${o} ${NAMES_NO_MONTH('2026-13')}`],
  ['2026-00', (o) => `${o} ${NAMES_NO_MONTH('2026-00')}`],
  ['2026-1', (o) => forms(o, '2026-1').split('; ')[0]],
  ['26-10', (o) => forms(o, '26-10').split('; ')[0]],
  ['2026-Q5', (o) => `${o} 2026-Q5 names no period: a year has Q1 to Q4`],
  ['2026-h3', (o) => `${o} 2026-H3 names no period: a year has H1 to H2`],
];

describe.each(SPELLINGS)('%s', (spelling, reason) => {
  test.each(COMMANDS)('%s: one usage line, the same on every command', async (command, argv) => {
    const args = argv(spelling);
    const option = args[args.indexOf(spelling) - 1];
    const run = await runCli([command, ...args]);
    expect(run).toEqual({ code: 2, out: '', err: expect.any(String) });
    expect(run.err).not.toContain('\n');
    expect(run.err.startsWith(`${reason(option)}; usage: outcome-fees ${command} `)).toBe(true);
  });
});

it('in the language of the run', async () => {
  const run = await runCli(['demo', '--lang', 'fr', '--period', '2026-13']);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(
    /^--period 2026-13 ne nomme aucun mois\u00a0: une année va des mois 01 à 12\u00a0; usage: outcome-fees demo /,
  );
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
