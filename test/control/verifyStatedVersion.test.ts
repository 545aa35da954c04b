/**
 * `verify` of an invoice whose contract states its own `version`: terms changed under that same version
 * are named as a possible cause, as `invoice --corrects` names it, not only "a term or an actual changed".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actualsToCsv } from '../../core/contract/csv';
import { contractToJson } from '../../core/contract/json';
import { findTemplate } from '../../core/templates';
import { runCli } from '../cli/runCli';

const bpo = findTemplate('bpo-customer-service')!;
const contract = bpo.contract('en');
const dir = mkdtempSync(join(tmpdir(), 'of-verify-version-'));
const terms = { ...(contractToJson(contract) as Record<string, unknown>), version: '2026-03 amendment 2' };
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const actuals = file('actuals.csv', actualsToCsv(contract, bpo.actuals('en')));
const verify = (invoice: string, contractFile: string) =>
  runCli(['verify', '--invoice', invoice, '--contract', contractFile, '--actuals', actuals]);

it('names terms changed under the version the contract still states', async () => {
  const stated = file('stated.json', JSON.stringify(terms));
  const issued = await runCli([
    'invoice',
    '--contract',
    stated,
    '--actuals',
    actuals,
    '--period',
    '2026-10',
    '--json',
  ]);
  const invoice = file('invoice.json', issued.out);
  const amended = JSON.stringify(terms).replace('"20000"', '"21000"');
  const run = await verify(invoice, file('amended.json', amended));
  expect(run.code).toBe(1);
  expect(run.out.split('\n').slice(-2)).toEqual([
    'the inputs are not those the invoice was computed from (a term, a used actual or the engine changed): differences may come from them',
    'contract version "2026-03 amendment 2" in the file and in the contract given: if its terms changed, they changed under the version it still states (an amendment needs a new version)',
  ]);
  // Only the actuals changed, the contract's hash version the same: no word of an amendment.
  const hashed = file('hashed.json', JSON.stringify({ ...terms, version: undefined }));
  const byHash = file(
    'by-hash.json',
    (await runCli(['invoice', '--contract', hashed, '--actuals', actuals, '--period', '2026-10', '--json']))
      .out,
  );
  writeFileSync(actuals, actualsToCsv(contract, bpo.actuals('en')).replace(/^(.*CSAT.*?)0\.912/m, '$10.89'));
  expect((await verify(byHash, hashed)).out).not.toContain('amendment');
});
