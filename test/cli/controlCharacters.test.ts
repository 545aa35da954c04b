/**
 * A file name or a value holding a line break (or another control character) is a usage error naming it
 * escaped, on one line: every message quotes the names it was given, so `--actuals $'no\nsuch.csv'` printed
 * "cannot read no" and "such.csv: no such file or folder" as two lines, a problem line was cut in two, and
 * `-o $'x\ny.xlsx'` wrote a file and said so on two lines. A script reading one problem a line could be told
 * lines no run printed; a terminal escape in a name could rewrite the screen.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-control-chars-'));
const contract = join(dir, 'c.json');
const actuals = join(dir, 'a.csv');
const broken = join(dir, 'bad\nname.csv');

beforeAll(async () => {
  writeFileSync(contract, `${(await runCli(['template', 'bpo-customer-service'])).out}\n`);
  const csv = (await runCli(['template', 'bpo-customer-service', '--actuals'])).out;
  writeFileSync(actuals, `${csv}\n`);
  writeFileSync(broken, `${csv.replace('0.774', '77.4')}\n`);
});

test('an input named with a line break is refused on one line, exit 2, the name escaped', async () => {
  const run = await runCli(['check', '--contract', contract, '--actuals', broken]);
  expect(run.code).toBe(2);
  const lines = run.err.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(
    `--actuals ${JSON.stringify(broken)} holds a line break or another control character`,
  );
});

test('an output so named is refused before anything is written', async () => {
  const output = join(dir, 'x\ny.xlsx');
  const run = await runCli([
    'invoice',
    '--contract',
    contract,
    '--actuals',
    actuals,
    '--period',
    '2026-10',
    '-o',
    output,
  ]);
  expect(run.code).toBe(2);
  expect(run.err.trim().split('\n')).toHaveLength(1);
  expect(existsSync(output)).toBe(false);
  expect(readdirSync(dir).sort()).toEqual(['a.csv', 'bad\nname.csv', 'c.json']);
});

test('a value other than a file too (an escape sequence in --kpi), and a positional', async () => {
  const kpi = await runCli([
    'curve',
    '--contract',
    contract,
    '--actuals',
    actuals,
    '--period',
    '2026-10',
    '--kpi',
    'CSAT\u001b[2J',
  ]);
  expect(kpi.code).toBe(2);
  expect(kpi.err).toContain('--kpi "CSAT\\u001b[2J" holds a line break or another control character');
  const template = await runCli(['template', 'bpo\ncustomer']);
  expect(template.code).toBe(2);
  expect(template.err.trim().split('\n')).toHaveLength(1);
  for (const argv of [['check\n'], ['help', 'check\n']]) {
    const command = await runCli(argv);
    expect(command.code).toBe(2);
    expect(command.err.trim().split('\n')).toEqual([
      `"check\\n" holds a line break or another control character, which no message could say on one line: rename the file, or type the value without it`,
    ]);
  }
});

test('in French, with --lang', async () => {
  const run = await runCli(['template', 'bpo\ncustomer', '--lang', 'fr']);
  expect(run.code).toBe(2);
  expect(run.err.replace(/\u00a0/g, ' ')).toContain(
    '"bpo\\ncustomer" contient un saut de ligne ou un autre caractère de contrôle',
  );
});
