/** The modelling commands as a procurement user meets them: what each says when an input is off (audit of issue 12). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-model-audit-'));
const contract = join(dir, 'bpo.json');
const actuals = join(dir, 'actuals.csv');
const base = ['--contract', contract, '--actuals', actuals, '--period', '2026-10'];

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
});

describe('curve: one end typed, the other left to its default', () => {
  // Minutes have no upper bound: the curve ends by default at 6, as far again beyond the target 3.
  it('a --from above the default end names that end as the default, not as a --to never typed', async () => {
    const run = await runCli(['curve', ...base, '--kpi', 'Average response time', '--from', '7']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^--from 7 is above 6, where the curve ends without --to: give --to/);
  });

  it('in French', async () => {
    const fr = join(dir, 'bpo-fr.json');
    const frActuals = join(dir, 'actuals-fr.csv');
    writeFileSync(fr, (await runCli(['template', 'bpo-customer-service', '--lang', 'fr'])).out);
    writeFileSync(
      frActuals,
      (await runCli(['template', 'bpo-customer-service', '--lang', 'fr', '--actuals'])).out,
    );
    const run = await runCli([
      'curve',
      ...['--contract', fr, '--actuals', frActuals, '--period', '2026-10'],
      ...['--kpi', 'Délai moyen de réponse', '--from', '7'],
    ]);
    expect(run.err).toMatch(/^--from 7 est au-dessus de 6, où la courbe s’arrête sans --to\s:\sdonnez --to/);
  });

  it('both typed, the message is as before', async () => {
    const run = await runCli(['curve', ...base, '--kpi', 'FCR', '--from', '0.8', '--to', '0.7']);
    expect(run.err).toMatch(/^--from 0\.8 is above --to 0\.7;/);
  });
});
