/**
 * compare on a forecast (issue 12: contracts "priced on the same actuals periods, scenarios or forecast"):
 * `--from`/`--to` with `--actuals`, every contract priced on the same seeded draws, so the fees two contracts
 * share differ by nothing and the difference is their terms'.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-compare-forecast-'));
const file = (name: string) => join(dir, name);
const HYBRID = file('contract.json');
const FIXED = file('fixed-only.json');
const ACTUALS = file('actuals.csv');

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(HYBRID, files.contract);
  // The README's fixed-only proposal: the template without its KPIs and caps, its fixed fee and volume prices.
  const bpo = JSON.parse(files.contract) as Record<string, unknown>;
  writeFileSync(FIXED, JSON.stringify({ ...bpo, id: 'fixed-only', kpis: undefined, caps: undefined }));
  writeFileSync(ACTUALS, files.actuals);
});

const FORECAST = ['--actuals', ACTUALS, '--from', '2027-01', '--to', '2027-03', '--simulations', '300'];
const compare = (...more: string[]) =>
  runCli(['compare', '--contract', HYBRID, '--contract', FIXED, ...FORECAST, ...more]);

type Comparison = {
  contracts: string[];
  simulations: number;
  seed: number;
  rows: {
    name: string;
    totals: string[];
    difference: string;
    kinds: { kind: string; amounts: string[] }[];
  }[];
  difference: { p10: string; p50: string; p90: string };
};

it('compares the mean invoices of a forecast, the shared fees equal on the same draws', async () => {
  const run = await compare('--seed', '7', '--json');
  expect(run.err).toBe('');
  const out = JSON.parse(run.out) as Comparison;
  expect([out.simulations, out.seed]).toEqual([300, 7]);
  expect(out.rows.map((r) => r.name)).toEqual(['2027-01', '2027-02', '2027-03']);
  for (const row of out.rows) {
    const kind = (name: string) => row.kinds.find((k) => k.kind === name)!.amounts;
    expect(kind('fixed')).toEqual(['20000.00', '20000.00']);
    const [hybrid, fixed] = kind('volume');
    expect(hybrid).toBe(fixed);
    // Each total is the sum of its kinds' means, shown to the cent.
    row.totals.forEach((total, c) => {
      const sum = row.kinds.reduce((s, k) => s + Math.round(Number(k.amounts[c]) * 100), 0);
      expect(sum).toBe(Math.round(Number(total) * 100));
    });
  }
  const { p10, p50, p90 } = out.difference;
  expect(Number(p10) <= Number(p50) && Number(p50) <= Number(p90)).toBe(true);
  // The same seed, the same comparison; another seed, other draws.
  expect((await compare('--seed', '7', '--json')).out).toBe(run.out);
  expect((await compare('--seed', '8', '--json')).out).not.toBe(run.out);
});

it('says on the terminal what its rows are and how the difference spreads', async () => {
  const run = await compare('--seed', '7');
  expect(run.code).toBe(0);
  const lines = run.out.split('\n');
  expect(lines[0]).toMatch(/^Period +bpo-customer-service +fixed-only +Difference EUR$/);
  expect(lines.find((l) => l.startsWith('Volume fees'))).toMatch(/ 0\.00$/);
  expect(lines[lines.length - 2]).toMatch(
    /^Difference \(last − first\) over all rows, simulation by simulation: P10 −[\d,.]+, P50 −[\d,.]+, P90 −?[\d,.]+ EUR$/,
  );
  expect(lines[lines.length - 1]).toBe(
    'Means of 300 simulations, seed 7, resampled from the actuals of actuals.csv: every contract priced on the same draws.',
  );
});

/** A usage error's reason, before the usage (after '; ', in French a thin space and ' ; '). */
const reason = (err: string) => err.split(/\s?; /)[0];

it('refuses a forecast beside --period, or its options without --actuals', async () => {
  const both = await compare('--period', '2026-10');
  expect([both.code, both.err.split(';')[0]]).toEqual([
    2,
    'give --period (periods of the actuals) or --from and --to (a forecast), not both',
  ]);
  const alone = await runCli([
    'compare',
    '--contract',
    HYBRID,
    '--contract',
    FIXED,
    '--scenarios',
    file('s.csv'),
    '--seed',
    '3',
  ]);
  // The user gave --scenarios, not no source: the message names it and what the option needs instead.
  expect([alone.code, reason(alone.err)]).toEqual([
    2,
    '--seed goes with a forecast (--actuals with --from and --to), not with --scenarios',
  ]);
  const scenarios = ['compare', '--contract', HYBRID, '--contract', FIXED, '--scenarios', file('s.csv')];
  const period = await runCli([...scenarios, '--period', '2026-10']);
  expect([period.code, reason(period.err)]).toEqual([
    2,
    '--period goes with --actuals, not with --scenarios',
  ]);
  const bpo = JSON.parse((await templateFiles()).contract) as Record<string, unknown>;
  const french = file('fr.json');
  writeFileSync(french, JSON.stringify({ ...bpo, language: 'fr' }));
  const inFrench = await runCli([
    'compare',
    '--contract',
    french,
    ...scenarios.slice(3),
    '--from',
    '2027-01',
  ]);
  expect([inFrench.code, reason(inFrench.err)]).toEqual([
    2,
    '--from s’emploie avec une prévision (--actuals avec --from et --to), pas avec --scenarios',
  ]);
});

it('draws declared distributions once for every contract, a row only one contract has left out for the other', async () => {
  const declared = file('distributions.csv');
  writeFileSync(
    declared,
    [
      'Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD',
      'volume,Interactions,normal,,,,43000,3000',
      // The hybrid's KPI alone: the fixed-only proposal measures none, and reads no FCR row.
      'kpi,FCR,triangular,0.70,0.76,0.82,,',
      '',
    ].join('\n'),
  );
  const run = await compare('--seed', '7', '--distributions', declared);
  expect(run.err).toBe('');
  const lines = run.out.split('\n');
  expect(lines.find((l) => l.startsWith('Volume fees'))).toMatch(/ 0\.00$/);
  expect(lines[lines.length - 1]).toBe(
    'Means of 300 simulations, seed 7, declared: Interactions, FCR (not measured by fixed-only); the rest resampled from the actuals of actuals.csv: every contract priced on the same draws.',
  );
  // Declared, the draws are other than resampled ones.
  expect(run.out).not.toBe((await compare('--seed', '7')).out);
});

it('says a distributions row no compared contract measures with every contract’s names, whichever comes first', async () => {
  const declared = file('unknown.csv');
  writeFileSync(
    declared,
    [
      'Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD',
      'volume,Interaction,normal,,,,43000,3000',
      'kpi,CSTA,triangular,0.70,0.76,0.82,,',
      '',
    ].join('\n'),
  );
  const kpis = 'FCR, Average response time, CSAT, Average response time Black Friday';
  const hybridFirst = await compare('--distributions', declared);
  expect([hybridFirst.code, hybridFirst.err.split('\n')]).toEqual([
    1,
    [
      'unknown.csv!B2 (Name): unknown volume "Interaction", in none of the contracts compared (bpo-customer-service: Interactions; fixed-only: Interactions)',
      `unknown.csv!B3 (Name): unknown KPI "CSTA", in none of the contracts compared (bpo-customer-service: ${kpis}; fixed-only: none)`,
    ],
  ]);
  // The proposal first, which has no KPI: its empty list alone said nothing of where FCR is.
  const fixedFirst = await runCli([
    'compare',
    '--contract',
    FIXED,
    '--contract',
    HYBRID,
    ...FORECAST,
    '--distributions',
    declared,
  ]);
  expect(fixedFirst.err.split('\n')[1]).toBe(
    `unknown.csv!B3 (Name): unknown KPI "CSTA", in none of the contracts compared (fixed-only: none; bpo-customer-service: ${kpis})`,
  );
});

it('writes the difference’s spread on the sheet, as the terminal says it', async () => {
  const out = file('comparison.xlsx');
  expect((await compare('--seed', '7', '-o', out)).code).toBe(0);
  const json = JSON.parse((await compare('--seed', '7', '--json')).out) as Comparison;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const rows: unknown[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1, 3)));
  const header = rows.findIndex((r) => r[0] === 'Percentile');
  expect(rows[header]).toEqual(['Percentile', 'Difference over all rows, simulation by simulation']);
  expect(rows.slice(header + 1, header + 4)).toEqual(
    (['p10', 'p50', 'p90'] as const).map((p) => [p.toUpperCase(), Number(json.difference[p])]),
  );
});
