/**
 * `-` as an input is standard input, on every command that reads files; a named pipe (or `<(…)`) is read
 * once per run. A second open of a pipe waits for a writer that has gone: a run that read its contract's
 * language again to word a failure hung for ever.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runBin, runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-stdin-'));
let contract: string;
let actuals: string;
let contractText: string;

beforeAll(async () => {
  const files = await templateFiles();
  contractText = files.contract;
  contract = join(dir, 'contract.json');
  actuals = join(dir, 'actuals.csv');
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
});

const piped = (bytes: Buffer | string) => Readable.from([Buffer.from(bytes)]);

describe('- reads standard input', () => {
  test('--contract -: the same invoice as the file, and named stdin', async () => {
    const fromFile = await runCli([
      'invoice',
      '--contract',
      contract,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
    ]);
    const argv = ['invoice', '--contract', '-', '--actuals', actuals, '--period', '2026-10'];
    const fromStdin = await runCli(argv, { stdin: piped(contractText) });
    expect(fromStdin).toEqual({ ...fromFile, err: '' });
    expect(JSON.parse(fromStdin.out).total).toBe('136788.00');
    const check = await runCli(['check', '--contract', '-', '--actuals', actuals], {
      stdin: piped(contractText),
    });
    expect(check.out).toBe('No problems in stdin and actuals.csv; invoice periods 2026-09 to 2026-12');
  });

  test('--actuals -, and a problem in it named stdin with its line', async () => {
    const good = await runCli(['check', '--contract', contract, '--actuals', '-'], {
      stdin: piped(readFileSync(actuals)),
    });
    expect(good).toMatchObject({
      code: 0,
      out: expect.stringContaining('No problems in contract.json and stdin'),
    });
    const bad = await runCli(['check', '--contract', contract, '--actuals', '-'], { stdin: piped('bad\n') });
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^stdin!A1: the header row is missing/);
  });

  test('one workbook on standard input serves as both --contract - and --actuals -, read once', async () => {
    const workbook = join(dir, 'demo.xlsx');
    expect((await runCli(['demo', '-o', workbook])).code).toBe(0);
    const argv = ['invoice', '--contract', '-', '--actuals', '-', '--period', '2026-10'];
    const run = await runCli(argv, { stdin: piped(readFileSync(workbook)) });
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(run.out).total).toBe('136788.00');
  });

  test('standard input left as the terminal is refused in one line, not waited on', async () => {
    const terminal = Object.assign(piped(contractText), { isTTY: true });
    const run = await runCli(['check', '--contract', '-', '--actuals', actuals], { stdin: terminal });
    expect(run).toEqual({
      code: 1,
      out: '',
      err: 'cannot read stdin: standard input is the terminal, not a file: pipe or redirect one into it (… --contract - < contract.json)',
    });
  });

  test('standard input is as bounded as a file', async () => {
    const run = await runCli(['check', '--contract', contract, '--actuals', '-'], {
      stdin: piped(Buffer.alloc(9 * 1024 * 1024, 'a')),
    });
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^cannot read stdin: it goes on past 8\.0 MB/);
  });

  test('the real command reads a pipe: outcome-fees template … | outcome-fees check --contract -', () => {
    const run = runBin(['check', '--contract', '-', '--actuals', actuals], dir, contractText);
    expect(run).toEqual({
      code: 0,
      out: 'No problems in stdin and actuals.csv; invoice periods 2026-09 to 2026-12',
      err: '',
    });
  });
});

const hasMkfifo = spawnSync('sh', ['-c', 'command -v mkfifo']).status === 0;

(hasMkfifo ? describe : describe.skip)('a named pipe is read once', () => {
  /** A FIFO that `source`'s bytes are written into once, by another process, as `cat source > fifo`. */
  function fifoOf(source: string, name: string): string {
    const fifo = join(dir, name);
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    spawn('sh', ['-c', 'cat "$0" > "$1"', source, fifo], { stdio: 'ignore' });
    return fifo;
  }

  test('a failure after the pipe was read is said, not waited on for ever (verify, a missing invoice)', async () => {
    const fifo = fifoOf(contract, 'contract-pipe');
    const missing = join(dir, 'missing.json');
    const run = await runCli(['verify', '--contract', fifo, '--actuals', actuals, '--invoice', missing]);
    expect(run).toEqual({ code: 2, out: '', err: `cannot read ${missing}: no such file or folder` });
  }, 10_000);

  test('one workbook through one pipe as both the contract and the actuals', async () => {
    const workbook = join(dir, 'pipe-demo.xlsx');
    expect((await runCli(['demo', '-o', workbook])).code).toBe(0);
    const fifo = fifoOf(workbook, 'workbook-pipe');
    const run = await runCli(['invoice', '--contract', fifo, '--actuals', fifo, '--period', '2026-10']);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(run.out).total).toBe('136788.00');
  }, 10_000);
});

describe('inputs that have no file beside them', () => {
  test('--corrects - is refused: the issued invoice’s notes are looked for beside its file', async () => {
    const argv = ['invoice', '--contract', contract, '--actuals', actuals, '--period', '2026-10'];
    const run = await runCli([...argv, '--corrects', '-'], { stdin: piped('{}') });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /^--corrects takes the issued invoice as a file, not standard input \(-\): its correction notes are looked for beside it; usage: /,
    );
  });

  (hasMkfifo ? test : test.skip)(
    'a named pipe among the JSON files beside an issued invoice is no note, and is not opened',
    async () => {
      const folder = mkdtempSync(join(dir, 'issued-'));
      const argv = ['invoice', '--contract', contract, '--actuals', actuals, '--period', '2026-10'];
      const issued = join(folder, 'invoice.json');
      writeFileSync(issued, (await runCli([...argv, '--json'])).out);
      expect(spawnSync('mkfifo', [join(folder, 'pipe.json')]).status).toBe(0);
      // FCR restated for October: a note to write, once the folder's notes are looked at.
      const restated = join(folder, 'restated.csv');
      writeFileSync(
        restated,
        readFileSync(actuals, 'utf8').replace('2026-10,kpi,FCR,0.774', '2026-10,kpi,FCR,0.7'),
      );
      const correct = ['invoice', '--contract', contract, '--actuals', restated, '--period', '2026-10'];
      const run = await runCli([...correct, '--corrects', issued, '--json']);
      expect(run).toMatchObject({ code: 0, err: '' });
      expect(JSON.parse(run.out).corrects.number).toBe('bpo-customer-service-2026-10');
    },
    10_000,
  );
});
