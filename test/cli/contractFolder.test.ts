/**
 * `--contract` naming a folder to a command that prices one contract is said as a folder, with the commands
 * that do read a folder of contracts, where it was "cannot read …: it is a folder"; invoice reads a folder as
 * a portfolio, so it is not refused there.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-contract-folder-'));
const folder = join(dir, 'contracts');
const actuals = join(dir, 'actuals.csv');
const said = `--contract ${folder} names a folder: give a contract file (.json or .xlsx), or use outcome-fees invoice or outcome-fees verify, which read a folder of contracts as a portfolio`;

beforeAll(async () => {
  mkdirSync(folder);
  const contract = await runCli(['template', 'bpo-customer-service']);
  writeFileSync(join(folder, 'bpo.json'), `${contract.out}\n`);
  const csv = await runCli(['template', 'bpo-customer-service', '--actuals']);
  writeFileSync(actuals, `${csv.out}\n`);
});

describe('--contract naming a folder', () => {
  it.each([
    ['check', ['--actuals', actuals]],
    ['exposure', ['--actuals', actuals, '--period', '2026-10']],
    ['curve', ['--actuals', actuals, '--period', '2026-10', '--kpi', 'CSAT']],
  ])('%s says it is a folder, on one line, exit 1', async (command, rest) => {
    const run = await runCli([command, '--contract', folder, ...rest]);
    expect(run).toEqual({ code: 1, out: '', err: said });
  });

  it('is a portfolio to invoice, not refused', async () => {
    const run = await runCli([
      'invoice',
      '--contract',
      folder,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
      '--json',
    ]);
    expect(run.err).not.toContain('names a folder');
    expect(run.code).toBe(0);
  });
});
