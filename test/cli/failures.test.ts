/** Every failure is one line on stderr and a non-zero exit, never a stack trace. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../core/cli/main';
import { MAX_FORMULA_LENGTH, MAX_NESTING } from '../../core/formula/parse';
import { REPO_ROOT } from '../support/builtCore';
import { runBin, runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-fail-'));

describe('eval', () => {
  it('refuses deeply nested parentheses with a clear message instead of overflowing the stack', async () => {
    const nested = (depth: number) => `${'('.repeat(depth)}1${')'.repeat(depth)}`;
    expect(await runCli(['eval', nested(MAX_NESTING)])).toEqual({ code: 0, out: '1', err: '' });
    expect(await runCli(['eval', nested(MAX_NESTING + 1)])).toEqual({
      code: 1,
      out: '',
      err: `#VALUE! syntax error: formula nested more than 64 levels deep at position ${MAX_NESTING + 1}`,
    });
    const calls = `${'HYBRIDFEE(0, 1, '.repeat(70)}1${')'.repeat(70)}`;
    expect((await runCli(['eval', calls])).err).toMatch(/^#VALUE! syntax error: formula nested more than 64/);
    expect((await runCli(['eval', `${'-'.repeat(100)}1`])).err).toMatch(/nested more than 64 levels/);
  });

  it('refuses a formula longer than Excel takes, so long operator chains cannot overflow either', async () => {
    const chain = (terms: number) => Array.from({ length: terms }, () => '1').join('+');
    expect(await runCli(['eval', chain(4096)])).toEqual({ code: 0, out: '4096', err: '' });
    const long = chain(5000);
    expect(await runCli(['eval', long])).toEqual({
      code: 1,
      out: '',
      err: `#VALUE! syntax error: a formula holds at most ${MAX_FORMULA_LENGTH.toLocaleString('en-US')} characters (got ${long.length.toLocaleString('en-US')}) at position 1`,
    });
  });

  it('makes a number beyond a double #NUM!, not null with exit 0', async () => {
    expect(await runCli(['eval', '1e400'])).toEqual({
      code: 1,
      out: '',
      err: '#NUM! 1e400 is beyond what a spreadsheet number holds at position 1',
    });
    expect((await runCli(['eval', '{1; 2e999}'])).err).toBe(
      '#NUM! 2e999 is beyond what a spreadsheet number holds at position 5',
    );
    expect((await runCli(['eval', 'HYBRIDFEE(1e400, 0, 0)'])).err).toMatch(/^#NUM! 1e400/);
    expect(await runCli(['eval', '1e308'])).toEqual({ code: 0, out: '1e+308', err: '' });
  });
});

describe('the top-level guard', () => {
  it('turns an unexpected exception into one line with exit 1', async () => {
    let err = '';
    const code = await main(['functions'], {
      out: () => {
        throw new TypeError('stdout is gone\n    at Socket.write (node:net:1)');
      },
      err: (text) => (err += text),
    });
    expect(code).toBe(1);
    expect(err).toBe('outcome-fees: unexpected error: stdout is gone at Socket.write (node:net:1)');
  });
});

describe('as a real process: one line on stderr, no stack trace', () => {
  beforeAll(async () => {
    const { contract, actuals } = await templateFiles();
    writeFileSync(join(dir, 'contract.json'), contract);
    writeFileSync(join(dir, 'actuals.csv'), actuals);
    writeFileSync(join(dir, 'broken.xlsx'), Buffer.from('PK\u0003\u0004 not really a zip'));
  });
  const invoice = [
    'invoice',
    '--contract',
    'contract.json',
    '--actuals',
    'actuals.csv',
    '--period',
    '2026-10',
  ];

  it.each([
    ['-o into a missing folder', [...invoice, '-o', 'missing/inv.xlsx'], 1],
    ['-o onto a folder', [...invoice, '-o', '.'], 2],
    ['-o with an empty path', [...invoice, '-o', ''], 2],
    ['an unknown option', [...invoice, '--foo'], 2],
    ['a command named constructor', ['constructor'], 2],
    ['a command named toString', ['toString'], 2],
    ['deeply nested parentheses', ['eval', `${'('.repeat(3000)}1${')'.repeat(3000)}`], 1],
    ['1e400', ['eval', '1e400'], 1],
    ['a missing input', ['check', '--contract', 'nope.json', '--actuals', 'actuals.csv'], 1],
    ['a corrupt workbook', ['check', '--contract', 'broken.xlsx', '--actuals', 'actuals.csv'], 1],
  ])('%s', (_label, argv, code) => {
    const run = runBin(argv, dir);
    expect(run.code).toBe(code);
    expect(run.out).toBe('');
    expect(run.err).not.toBe('');
    expect(run.err.split('\n')).toHaveLength(1);
    expect(run.err).not.toMatch(/\n\s+at |Error:|node:internal/);
  });

  it('stops quietly when the reader closes the pipe early (outcome-fees functions | head -1)', async () => {
    const child = spawn('node', [join(REPO_ROOT, 'bin', 'outcome-fees.js'), 'functions'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
