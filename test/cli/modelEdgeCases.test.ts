/** The modelling commands on inputs a demanding user or an attacker gives them (issue 12, round 4). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-edges-'));
const contract = join(dir, 'bpo.json');
const actuals = join(dir, 'actuals.csv');
const quarterly = join(dir, 'quarterly.json');
const dollars = join(dir, 'usd.json');
const scenarios = join(dir, 'scenarios.csv');

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
  const json = JSON.parse(files.contract);
  // The same terms invoiced quarterly, each KPI averaged over the quarter (no Black Friday month).
  const kpis = json.kpis
    .filter((k: { activeMonths?: unknown }) => k.activeMonths === undefined)
    .map((k: object) => ({ ...k, period: 'quarterly', aggregation: 'average' }));
  writeFileSync(quarterly, JSON.stringify({ ...json, id: 'quarterly', frequency: 'quarterly', kpis }));
  writeFileSync(dollars, JSON.stringify({ ...json, id: 'usd', currency: 'USD' }));
  writeFileSync(scenarios, 'Scenario,Kind,Name,Value\nworst,volume,Interactions,42500\nworst,kpi,FCR,0.7\n');
});

describe('compare', () => {
  it('a monthly against a quarterly contract: one row per quarter, the monthly invoices added up', async () => {
    const run = await runCli([
      'compare',
      '--contract',
      contract,
      '--contract',
      quarterly,
      '--actuals',
      actuals,
      '--json',
    ]);
    expect(run.err).toBe('');
    const out = JSON.parse(run.out) as { rows: { name: string; totals: string[] }[] };
    // July and August are not in the actuals: the third quarter is left out. October, November and
    // December invoice 136,788.00 + 141,348.00 + 141,158.16 = 419,294.16 under the monthly contract.
    expect(out.rows.map((r) => r.name)).toEqual(['2026-Q4']);
    expect(out.rows[0].totals[0]).toBe('419294.16');
    // The quarter by hand: 20,000.00 fixed; 134,400 interactions = 40,000 × 2.10 + 94,400 × 1.90 =
    // 263,360.00; FCR averages 75.8 % (in the band): 0; response time 3.3 min: −0.3 × 800 = −240.00; CSAT
    // 90.4 % ≥ 90 %: 5,000.00. Subtotal 288,120.00, VAT 57,624.00: 345,744.00.
    expect(out.rows[0].totals[1]).toBe('345744.00');
  });

  it('on scenarios across frequencies, and across currencies, it is refused in one line', async () => {
    const frequencies = await runCli([
      'compare',
      '--contract',
      contract,
      '--contract',
      quarterly,
      '--scenarios',
      scenarios,
    ]);
    expect(frequencies.code).toBe(1);
    expect(frequencies.err).toMatch(
      /^the contracts invoice at different frequencies \(bpo-customer-service \(monthly\), quarterly \(quarterly\)\): a scenario is the values of one invoicing period/,
    );
    expect(frequencies.err.split('\n')).toHaveLength(1);
    const currencies = await runCli([
      'compare',
      '--contract',
      contract,
      '--contract',
      dollars,
      '--scenarios',
      scenarios,
    ]);
    expect(currencies).toEqual({
      code: 1,
      out: '',
      err: 'the contracts are in different currencies (bpo.json in EUR, usd.json in USD): their totals do not compare',
    });
  });
});

describe('curve', () => {
  const base = ['curve', '--contract', contract, '--kpi', 'FCR', '--actuals', actuals, '--period', '2026-10'];

  it('--steps 1 with two different ends is refused: it would silently stop at --from', async () => {
    const run = await runCli([...base, '--steps', '1', '--from', '0.7', '--to', '0.8']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /^--steps 1 gives one value, and the curve goes from 0\.7 to 0\.8: give --steps 2 or more, or the same --from and --to; usage:/,
    );
    // The default span is 0 to 1 (a percent KPI's valid range).
    expect((await runCli([...base, '--steps', '1'])).err).toMatch(/goes from 0 to 1:/);
  });

  it('one value, --from = --to, is the curve at that value (with any --steps)', async () => {
    for (const steps of ['1', '3']) {
      const run = await runCli([...base, '--steps', steps, '--from', '0.8', '--to', '0.8', '--json']);
      const out = JSON.parse(run.out) as { points: { value: string; total: string }[] };
      expect(out.points).toEqual([expect.objectContaining({ value: '0.8', total: '137316.00' })]);
    }
  });
});
