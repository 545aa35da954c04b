/** The modelling commands as a procurement user meets them: what each says when an input is off (audit of issue 12). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-model-audit-'));
const contract = join(dir, 'bpo.json');
const actuals = join(dir, 'actuals.csv');
const scenarios = join(dir, 'scenarios.csv');
const base = ['--contract', contract, '--actuals', actuals, '--period', '2026-10'];

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
  // November's values, Black Friday's response time with them: its clause bills the November invoice only.
  const november = files.actuals
    .split('\n')
    .filter((line) => line.startsWith('2026-11,'))
    .map((line) => line.replace('2026-11', 'november'));
  writeFileSync(scenarios, ['Scenario,Kind,Name,Value', ...november, ''].join('\n'));
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

describe('curve and exposure held at a scenario', () => {
  const held = ['--contract', contract, '--scenarios', scenarios, '--scenario', 'november'];

  it('say a value the invoice they price does not bill, as scenarios does', async () => {
    for (const command of [
      ['exposure', ...held],
      ['curve', ...held, '--kpi', 'FCR'],
    ]) {
      const run = await runCli(command);
      expect(run.code).toBe(0);
      expect(run.err).toBe(
        'note: scenarios.csv, scenario "november": Average response time Black Friday not due on the 2026-01 invoice, so not priced (--period a month it is due in)',
      );
    }
  });

  it('price it as the invoice of --period, as scenarios does: the Black Friday clause in November', async () => {
    const run = await runCli(['exposure', ...held, '--period', '2026-11', '--json']);
    expect(run.err).toBe('');
    const out = JSON.parse(run.out) as { min: { values: Record<string, string> }; max: { total: string } };
    // Black Friday's response time is a KPI of the November invoice: the exposure ranges over it too.
    expect(Object.keys(out.min.values)).toContain('Average response time Black Friday');
    // The most: 20,000 fixed + 44,100 interactions (40,000 × 2.10 + 4,100 × 1.90 = 91,790.00) + every
    // bonus (FCR, both response times, CSAT's fee) down to the 6,000.00 cap: 117,790.00, 141,348.00 with
    // VAT, November's own invoice, which reaches the cap already.
    expect(out.max.total).toBe('141348.00');
    const curve = await runCli([
      'curve',
      ...held,
      '--period',
      '2026-11',
      '--kpi',
      'Average response time Black Friday',
      '--json',
    ]);
    expect(curve.code).toBe(0);
  });

  it('the same --period on the command line prices the scenario as scenarios prices it', async () => {
    const priced = await runCli([
      'scenarios',
      '--contract',
      contract,
      '--scenarios',
      scenarios,
      '--period',
      '2026-11',
      '--json',
    ]);
    const total = (JSON.parse(priced.out) as { scenarios: { total: string }[] }).scenarios[0].total;
    const run = await runCli(['exposure', ...held, '--period', '2026-11', '--json']);
    const out = JSON.parse(run.out) as { min: { total: string }; max: { total: string } };
    expect(Number(out.min.total)).toBeLessThanOrEqual(Number(total));
    expect(Number(out.max.total)).toBeGreaterThanOrEqual(Number(total));
  });
});

describe('compare over a range of periods', () => {
  const fixedOnly = join(dir, 'fixed-only.json');
  beforeAll(async () => {
    const json = JSON.parse((await templateFiles()).contract);
    writeFileSync(fixedOnly, JSON.stringify({ ...json, id: 'fixed-only', kpis: [], caps: undefined }));
  });
  const both = ['compare', '--contract', contract, '--contract', fixedOnly, '--actuals', actuals];

  it('a quarter of monthly contracts is refused with the range to type, and that range is read', async () => {
    const quarter = await runCli([...both, '--period', '2026-Q4']);
    expect(quarter.code).toBe(1);
    expect(quarter.err).toContain('type the range 2026-10..2026-12');
    const run = await runCli([...both, '--period', '2026-10..2026-12', '--json']);
    expect(run.err).toBe('');
    const out = JSON.parse(run.out) as { rows: { name: string; totals: string[] }[] };
    expect(out.rows.map((r) => r.name)).toEqual(['2026-10', '2026-11', '2026-12']);
    // The template's invoices (README): October 136,788.00, November 141,348.00, December 141,158.16.
    expect(out.rows.map((r) => r.totals[0])).toEqual(['136788.00', '141348.00', '141158.16']);
  });

  it('a month of the range without actuals is an error, not a row left out', async () => {
    const run = await runCli([...both, '--period', '2026-11..2027-01']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('2027-01');
    expect(run.out).toBe('');
  });

  it('a range backwards is refused', async () => {
    const run = await runCli([...both, '--period', '2026-12..2026-10']);
    expect(run.code).not.toBe(0);
    expect(run.out).toBe('');
  });
});

describe('the terminal tables write amounts as the contract’s language does', () => {
  const frContract = join(dir, 'table-fr.json');
  const frActuals = join(dir, 'table-fr.csv');
  beforeAll(async () => {
    writeFileSync(frContract, (await runCli(['template', 'bpo-customer-service', '--lang', 'fr'])).out);
    writeFileSync(
      frActuals,
      (await runCli(['template', 'bpo-customer-service', '--lang', 'fr', '--actuals'])).out,
    );
  });
  const held = (file: string, data: string) => ['--contract', file, '--actuals', data, '--period', '2026-10'];

  it('grouped in English, as reconcile’s table and the budget at risk below the forecast', async () => {
    const scenarios = await runCli([
      'scenarios',
      '--contract',
      contract,
      '--scenarios',
      join(dir, 'scenarios.csv'),
    ]);
    // November's values priced as the January invoice (no Black Friday): 20,000 + 91,790 + 6,000 capped.
    expect(scenarios.out).toMatch(/\nnovember {2,}117,790\.00 {2,}23,558\.00 {2,}141,348\.00\n/);
    const exposure = await runCli(['exposure', ...held(contract, actuals)]);
    expect(exposure.out).toMatch(/\nmin {2,}107,662\.50 {2,}129,195\.00 /);
    expect(exposure.out).toMatch(/\nInteractions {2,}88,750\.00 {2,}88,750\.00\n/);
    const curve = await runCli(['curve', ...held(contract, actuals), '--kpi', 'FCR', '--steps', '2']);
    expect(curve.out).toMatch(/\n0 {2,}−29,600\.00 {2,}28,832\.50 {2,}135,195\.00\n/);
    const forecast = await runCli([
      ...['forecast', '--contract', contract, '--actuals', actuals],
      ...['--from', '2027-01', '--to', '2027-01', '--simulations', '1'],
    ]);
    expect(forecast.out).toMatch(/\n2027-01 {2,}\d{3},\d{3}\.\d{2} /);
    const compare = await runCli([
      ...['compare', '--contract', contract, '--contract', contract],
      ...['--actuals', actuals, '--period', '2026-10'],
    ]);
    expect(compare.out).toMatch(/\n2026-10 {2,}136,788\.00 {2,}136,788\.00 {2,}0\.00\n/);
  });

  it('in French: spaces between thousands and a decimal comma, the columns still aligned', async () => {
    const run = await runCli(['exposure', ...held(frContract, frActuals)]);
    const [header, , min] = run.out.split('\n');
    expect(min).toMatch(/^min {2,}107\s662,50 {2,}129\s195,00 /);
    // Right-aligned under its header: the grouping space counts as one character.
    const total = /129\s195,00/.exec(min)!;
    expect(total.index + total[0].length).toBe(header.indexOf('Total EUR') + 'Total EUR'.length);
  });
});

describe('held at a scenario, the table says which invoice it priced, as scenarios does', () => {
  const held = ['--contract', contract, '--scenarios', scenarios, '--scenario', 'november'];
  const line = (period: string, about: string) => `Priced as the invoice of ${period} (${about}).`;

  it('the first invoice that closes every evaluation period, or --period', async () => {
    const first = line(
      '2026-01',
      "the first period that closes every KPI's evaluation period, with no earlier months",
    );
    const exposure = await runCli(['exposure', ...held]);
    expect(exposure.out.split('\n\n')[0].split('\n').pop()).toBe(first);
    const curve = await runCli(['curve', ...held, '--kpi', 'FCR', '--steps', '2']);
    expect(curve.out.split('\n').pop()).toBe(first);
    const november = await runCli(['exposure', ...held, '--period', '2026-11']);
    expect(november.out.split('\n\n')[0].split('\n').pop()).toBe(line('2026-11', 'with no earlier months'));
  });

  it('not on the actuals of a period, which the command names already', async () => {
    const run = await runCli(['curve', ...base, '--kpi', 'FCR', '--steps', '2']);
    expect(run.out).not.toContain('Priced as');
  });
});

describe('a quarterly contract’s periods are named as its invoices are', () => {
  const quarterly = join(dir, 'quarterly.json');
  const held = ['--contract', quarterly, '--scenarios', scenarios, '--scenario', 'november'];
  beforeAll(async () => {
    const json = JSON.parse((await templateFiles()).contract);
    const kpis = json.kpis.map((k: object) => ({ ...k, period: 'quarterly', aggregation: 'average' }));
    writeFileSync(quarterly, JSON.stringify({ ...json, id: 'quarterly', frequency: 'quarterly', kpis }));
  });

  it('forecast rows 2027-Q1 …, the JSON keeping the first month as invoice JSON does', async () => {
    const args = [
      'forecast',
      '--contract',
      quarterly,
      '--actuals',
      actuals,
      '--from',
      '2027-01',
      '--to',
      '2027-06',
    ];
    const table = await runCli([...args, '--simulations', '10']);
    expect(
      table.out
        .split('\n')
        .slice(2, 4)
        .map((r) => r.split(' ')[0]),
    ).toEqual(['2027-Q1', '2027-Q2']);
    const json = await runCli([...args, '--simulations', '10', '--json']);
    const out = JSON.parse(json.out) as { periods: { period: string }[] };
    expect(out.periods.map((p) => p.period)).toEqual(['2027-01', '2027-04']);
  });

  it('"Priced as the invoice of 2026-Q1", in scenarios and beside a curve', async () => {
    const priced = await runCli(['scenarios', '--contract', quarterly, '--scenarios', scenarios]);
    expect(priced.out.split('\n').pop()).toMatch(/^Priced as the invoice of 2026-Q1 \(/);
    const curve = await runCli(['curve', ...held, '--kpi', 'FCR', '--steps', '2']);
    expect(curve.out.split('\n').pop()).toMatch(/^Priced as the invoice of 2026-Q1 \(/);
  });
});
