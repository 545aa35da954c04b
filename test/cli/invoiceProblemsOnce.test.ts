/**
 * `invoice` says each problem of the contract once on stderr, whatever the run prints (JSON, -o, a range,
 * several contracts), never on stdout: a problem said twice reads as two problems.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-problems-once-'));
const bad = join(dir, 'bad.json');
const good = join(dir, 'good.json');
const actuals = join(dir, 'actuals.csv');
const problems = [
  'bad.json: vatRate: must be ≤ 1: did you mean 0.02?',
  'bad.json: kpis[0].gateKpi: no KPI clause is named "CSATX"',
];

beforeAll(async () => {
  const files = await templateFiles();
  const contract = JSON.parse(files.contract);
  writeFileSync(good, JSON.stringify({ ...contract, id: 'good' }));
  contract.vatRate = '2';
  contract.kpis[0].gateKpi = 'CSATX';
  writeFileSync(bad, JSON.stringify(contract));
  writeFileSync(actuals, files.actuals);
});

const runs: readonly [string, readonly string[]][] = [
  ['one period, JSON', ['--period', '2026-10']],
  ['one period, --json', ['--period', '2026-10', '--json']],
  ['one period, -o', ['--period', '2026-10', '-o', 'invoice.xlsx']],
  ['a range', ['--period', '2026-09..2026-10']],
  ['a range, -o', ['--period', '2026-09..2026-10', '-o', 'year.xlsx']],
  ['two contracts', ['--period', '2026-10', '--contract', 'GOOD']],
];

describe.each(runs)('invoice, %s', (_, options) => {
  test('each contract problem once, on stderr', async () => {
    const argv = ['invoice', '--contract', bad, '--actuals', actuals, ...options].map((arg) =>
      arg === 'GOOD' ? good : arg.endsWith('.xlsx') ? join(dir, arg) : arg,
    );
    const run = await runCli(argv);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    const lines = run.err.split('\n');
    for (const problem of problems) expect(lines.filter((line) => line === problem)).toHaveLength(1);
    // Past the problems, at most the line saying nothing was written.
    expect(lines.length).toBeLessThanOrEqual(problems.length + 1);
  });
});
