/**
 * A misspelt template or KPI name gets the name it most likely misspells, as a misspelt command or option
 * does (`unknown option '--perod' (did you mean --period?)`); a name near none of them gets the list alone.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-did-you-mean-'));
const contract = join(dir, 'contract.json');
const actuals = join(dir, 'actuals.csv');

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
});

it('a template, for template and demo, in English and French', async () => {
  expect((await runCli(['template', 'it-service-sla'])).err).toMatch(
    /^unknown template 'it-service-sla' \(did you mean it-services-sla\?\); usage: /,
  );
  expect((await runCli(['demo', '--template', 'bpo-customer-servce', '--lang', 'fr'])).err).toMatch(
    /^modèle inconnu «\u00a0bpo-customer-servce\u00a0» \(vouliez-vous dire bpo-customer-service\u00a0\?\)\u00a0; usage: /,
  );
  expect((await runCli(['template', 'zzz'])).err).toMatch(/^unknown template 'zzz'; usage: /);
});

it("curve's --kpi", async () => {
  const curve = (kpi: string) =>
    runCli(['curve', '--contract', contract, '--actuals', actuals, '--period', '2026-10', '--kpi', kpi]);
  expect((await curve('Average reponse time')).err).toBe(
    'unknown KPI "Average reponse time" (did you mean Average response time?); the contract has: FCR, Average response time, CSAT, Average response time Black Friday',
  );
  expect((await curve('NPS')).err).toBe(
    'unknown KPI "NPS"; the contract has: FCR, Average response time, CSAT, Average response time Black Friday',
  );
});
