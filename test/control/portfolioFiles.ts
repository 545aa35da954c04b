/**
 * The files of the batch tests: two BPO contracts (ids alpha and beta) in a `contracts` folder, a year of
 * alpha's actuals, and one actuals file for both with a Contract column; `invoice` runs the CLI on them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actualsToCsv } from '../../core/contract/csv';
import { contractToJson } from '../../core/contract/json';
import { findTemplate } from '../../core/templates';
import { runCli, type CliRun } from '../cli/runCli';
import { portfolioCsv, yearOfActuals } from './yearOfActuals';

export function portfolioFiles(prefix: string) {
  const bpo = findTemplate('bpo-customer-service')!;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const a = { ...bpo.contract('en'), id: 'alpha' };
  const b = { ...bpo.contract('en'), id: 'beta', name: 'Beta' };
  const contracts = join(dir, 'contracts');
  mkdirSync(contracts);
  for (const contract of [a, b])
    writeFileSync(join(contracts, `${contract.id}.json`), JSON.stringify(contractToJson(contract)));
  const alpha = join(contracts, 'alpha.json');
  const alphaCsv = write('alpha.csv', actualsToCsv(a, yearOfActuals(bpo)));
  const all = write(
    'all.csv',
    portfolioCsv([a, b].map((contract) => ({ contract, actuals: yearOfActuals(bpo) }))),
  );
  /** `outcome-fees invoice --contract alpha.json --actuals alpha.csv` and `args`. */
  const invoiceAlpha = (...args: string[]): Promise<CliRun> =>
    runCli(['invoice', '--contract', alpha, '--actuals', alphaCsv, ...args]);
  return { dir, a, b, contracts, alpha, alphaCsv, all, invoiceAlpha };
}
