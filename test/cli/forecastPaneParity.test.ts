/**
 * The same seed gives the same forecast in the task pane and on the command line: the pane's Forecast of
 * the 12 months after the BPO template's actuals (2027), 300 simulations, seed 42, resampled, has each
 * month's and the year's mean, P10, P50 and P90 of `forecast --from 2027-01 --to 2027-12` with that seed.
 */
import { now, bookWithContract } from '../support/syncActions';
import { runCli, templateFiles } from './runCli';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

it('pane and CLI give the same percentiles for the same seed', async () => {
  const { book, actions } = bookWithContract();
  const made = now(
    actions.forecast({ months: '12', simulations: '300', seed: '42', method: 'resampled' }, 'en'),
  );
  const sheet = book.sheetMap.get(made.sheet)!;
  const header = sheet.findIndex((row) => row[0] === 'Period');
  const pane = sheet
    .slice(header + 1, header + 14)
    .map((row) => row.slice(1, 5).map((v) => Number(v).toFixed(2)));

  const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-parity-'));
  const files = await templateFiles();
  writeFileSync(join(dir, 'c.json'), files.contract);
  writeFileSync(join(dir, 'a.csv'), files.actuals);
  const run = await runCli([
    'forecast',
    '--contract',
    join(dir, 'c.json'),
    '--actuals',
    join(dir, 'a.csv'),
    '--from',
    '2027-01',
    '--to',
    '2027-12',
    '--simulations',
    '300',
    '--seed',
    '42',
    '--json',
  ]);
  expect([run.code, run.err]).toEqual([0, '']);
  const json = JSON.parse(run.out);
  const stats = (s: { mean: string; p10: string; p50: string; p90: string }) => [s.mean, s.p10, s.p50, s.p90];
  expect(pane).toEqual([...json.periods.map(stats), stats(json.total)]);
});
