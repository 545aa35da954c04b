/**
 * A forecast whose every measure is declared resamples nothing: its note says the declared measures and
 * no "rest resampled from the actuals history", which an empty history does not even have.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { modelSheetTexts } from '../../core/i18n/modelSheets';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-declared-'));
const contract = join(dir, 'bpo.json');
const noHistory = join(dir, 'actuals.csv');
const all = join(dir, 'all.csv');
const some = join(dir, 'some.csv');
const ROWS = [
  'kpi,FCR,triangular,0.70,0.77,0.82,,',
  'kpi,CSAT,normal,,,,0.90,0.02',
  'kpi,Average response time,triangular,5,3,2,,',
  'kpi,Average response time Black Friday,triangular,5,3,2,,',
  'volume,Interactions,normal,,,,43000,2500',
];
const header = 'Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD';

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(noHistory, `${files.actuals.split('\n')[0]}\n`);
  writeFileSync(all, [header, ...ROWS].join('\n'));
  writeFileSync(some, [header, ROWS[0]].join('\n'));
});

const run = (actuals: string, distributions: string) =>
  runCli([
    'forecast',
    '--contract',
    contract,
    '--actuals',
    actuals,
    '--from',
    '2027-01',
    '--to',
    '2027-02',
    '--simulations',
    '20',
    '--distributions',
    distributions,
  ]);

it('says the declared measures alone when nothing is resampled', async () => {
  const done = await run(noHistory, all);
  expect([done.code, done.err]).toEqual([0, '']);
  expect(done.out.split('\n').pop()).toBe(
    '20 simulations, seed 1; declared: FCR, CSAT, Average response time, Average response time Black Friday, Interactions.',
  );
});

it('says the rest is resampled when some measures are not declared', async () => {
  const files = await templateFiles();
  const history = join(dir, 'history.csv');
  writeFileSync(history, files.actuals);
  const again = await run(history, some);
  expect(again.out.split('\n').pop()).toBe(
    '20 simulations, seed 1; declared: FCR; the rest resampled from the actuals history.',
  );
});

it('words the forecast sheet’s subtitle the same way, in English and French', () => {
  const basis = (rest: boolean) =>
    ({ simulations: 20, seed: 1, draws: { kind: 'declared', names: ['FCR', 'CSAT'], rest } }) as const;
  expect(modelSheetTexts('en').forecastSubtitle('2027-01', '2027-02', basis(false))).toBe(
    'January 2027 to February 2027: 20 simulations, seed 1; declared: FCR, CSAT.',
  );
  expect(modelSheetTexts('fr').forecastSubtitle('2027-01', '2027-02', basis(false))).toMatch(
    /lois déclarées\u00a0: FCR, CSAT\.$/,
  );
  expect(modelSheetTexts('en').forecastSubtitle('2027-01', '2027-02', basis(true))).toMatch(
    /declared: FCR, CSAT; the rest resampled from the actuals history\.$/,
  );
});

it('counts a sampled clause’s survey answers among the measures drawn', async () => {
  const files = await templateFiles();
  const json = JSON.parse(files.contract);
  json.kpis = json.kpis.map((k: { name: string }) =>
    k.name === 'CSAT' ? { ...k, sampleVolume: 'Survey answers', sampleMinimum: '100' } : k,
  );
  const sampled = join(dir, 'sampled.json');
  writeFileSync(sampled, JSON.stringify(json));
  const history = join(dir, 'sampled.csv');
  const months = ['2026-09', '2026-10', '2026-11', '2026-12'];
  writeFileSync(history, files.actuals + months.map((m) => `${m},volume,Survey answers,250`).join('\n'));
  const done = await runCli([
    'forecast',
    '--contract',
    sampled,
    '--actuals',
    history,
    '--from',
    '2027-01',
    '--to',
    '2027-02',
    '--simulations',
    '20',
    '--distributions',
    all,
  ]);
  expect([done.code, done.err]).toEqual([0, '']);
  expect(done.out.split('\n').pop()).toMatch(/Interactions; the rest resampled from the actuals history\.$/);
});
