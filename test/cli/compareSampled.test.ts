/**
 * A proposal whose CSAT counts only from 100 survey answers, compared with the current contract on the
 * same actuals: the survey answers are the proposal's (a volume no line prices), no typing mistake for the
 * current contract. They were an 'unknown volume "Survey answers"' there, and nothing was compared.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-compare-sampled-'));
const current = join(dir, 'current.json');
const proposal = join(dir, 'proposal.json');
const actuals = join(dir, 'actuals.csv');

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(current, files.contract);
  const json = JSON.parse(files.contract);
  json.id = 'proposal';
  json.kpis = json.kpis.map((k: { name: string }) =>
    k.name === 'CSAT' ? { ...k, sampleVolume: 'Survey answers', sampleMinimum: '100' } : k,
  );
  writeFileSync(proposal, JSON.stringify(json));
  // 80 answers in October: too few, the proposal pays no CSAT fee then (5,000 + VAT 1,000).
  const answers = ['2026-09', '2026-10', '2026-11', '2026-12'].map(
    (m) => `${m},volume,Survey answers,${m === '2026-10' ? 80 : 250}`,
  );
  writeFileSync(actuals, `${files.actuals}${answers.join('\n')}\n`);
});

it('leaves the survey answers out for the contract that has no sampled clause', async () => {
  const run = await runCli([
    'compare',
    '--contract',
    current,
    '--contract',
    proposal,
    '--actuals',
    actuals,
    '--json',
  ]);
  expect([run.code, run.err]).toEqual([0, '']);
  const rows = JSON.parse(run.out).rows.map((r: { name: string; difference: string }) => [
    r.name,
    r.difference,
  ]);
  expect(rows).toEqual([
    ['2026-09', '0.00'],
    ['2026-10', '-6000.00'],
    ['2026-11', '0.00'],
    ['2026-12', '0.00'],
  ]);
});
