/**
 * The modelling commands name standard input as every other command does, `stdin`: they named it by its
 * path's basename, `-`, so a problem read `'-'!C4 (Name): …` (a sheet called "-") where invoice and check
 * say `stdin!C4`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-model-stdin-'));
const contract = join(dir, 'contract.json');
const actuals = join(dir, 'actuals.csv');
const piped = (text: string) => Readable.from([Buffer.from(text)]);
const badValue = 'Period,Kind,Name,Value\n2026-09,volume,Interactions,x\n';
const unknownKpi = 'Scenario,Kind,Name,Value\nbest,volume,Interactions,42500\nbest,kpi,CSATT,0.9\n';

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
});

describe('standard input is named stdin by the modelling commands', () => {
  test('scenarios --scenarios -: a problem at stdin!C3', async () => {
    const run = await runCli(['scenarios', '--contract', contract, '--scenarios', '-'], {
      stdin: piped(unknownKpi),
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^stdin!C3 \(Name\): unknown KPI "CSATT"/);
  });

  test('forecast --actuals -: a problem at stdin!D2', async () => {
    const argv = [
      'forecast',
      '--contract',
      contract,
      '--actuals',
      '-',
      '--from',
      '2027-01',
      '--to',
      '2027-03',
    ];
    const run = await runCli(argv, { stdin: piped(badValue) });
    expect(run).toEqual({ code: 1, out: '', err: 'stdin!D2 (Value): expected a number, got "x"' });
  });

  test('curve --scenarios - --scenario: a scenario not in it names stdin', async () => {
    const argv = ['curve', '--contract', contract, '--kpi', 'FCR', '--scenarios', '-', '--scenario', 'worst'];
    const run = await runCli(argv, { stdin: piped(unknownKpi.replace('CSATT', 'CSAT')) });
    expect(run).toEqual({ code: 1, out: '', err: 'no scenario "worst" in stdin (it has: best)' });
  });

  test('exposure held at a scenario of stdin notes its idle value naming stdin', async () => {
    const blackFriday =
      'Scenario,Kind,Name,Value\njan,volume,Interactions,42500\njan,kpi,FCR,0.77\njan,kpi,Average response time,3\njan,kpi,CSAT,0.9\njan,kpi,Average response time Black Friday,2\n';
    const argv = [
      'exposure',
      '--contract',
      contract,
      '--scenarios',
      '-',
      '--scenario',
      'jan',
      '--period',
      '2026-10',
    ];
    const run = await runCli(argv, { stdin: piped(blackFriday) });
    expect(run.err).toMatch(/^note: stdin, scenario "jan": Average response time Black Friday not due/);
  });
});
