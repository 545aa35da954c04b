/** Strict arguments: every command refuses what it does not know, in one line, with exit 2. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-args-'));
const contract = join(dir, 'contract.json');
const actuals = join(dir, 'actuals.csv');
const invoice = ['invoice', '--contract', contract, '--actuals', actuals, '--period', '2026-10'];

beforeAll(async () => {
  const files = await templateFiles();
  writeFileSync(contract, files.contract);
  writeFileSync(actuals, files.actuals);
});

function expectUsageError(run: { code: number; out: string; err: string }, reason: string): void {
  expect(run.code).toBe(2);
  expect(run.out).toBe('');
  expect(run.err.split('\n')).toHaveLength(1);
  expect(run.err).toContain(reason);
  expect(run.err).toMatch(/; usage: outcome-fees /);
}

describe('unknown options are errors, not ignored', () => {
  it('refuses --foo and --lang on invoice (the invoice is not printed)', async () => {
    expect((await runCli(invoice)).code).toBe(0);
    expectUsageError(await runCli([...invoice, '--foo']), "unknown option '--foo'");
    expectUsageError(await runCli([...invoice, '--lang', 'fr']), "unknown option '--lang'");
    expectUsageError(await runCli([...invoice, '-x']), "unknown option '-x'");
  });

  it.each([
    [['functions', '--verbose']],
    [['docs', '--force']],
    [['demo', '--templates', 'it-services-sla']],
    [['template', 'bpo-customer-service', '--csv']],
    [['check', '--contract', 'c.json', '--actuals', 'a.csv', '--period', '2026-10']],
  ])('refuses an unknown option on %j', async (argv) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /^unknown option '--\w+'( \(did you mean --[\w-]+\?\))?; usage: outcome-fees \w+/,
    );
  });

  it('refuses an option given twice, a missing value, a value on a flag and a stray argument', async () => {
    expectUsageError(await runCli([...invoice, '--period', '2026-11']), "option '--period' is given twice");
    expectUsageError(
      await runCli(['invoice', '--contract', contract, '--actuals', actuals, '--period']),
      "option '--period' needs a value",
    );
    expectUsageError(await runCli([...invoice, '--json=yes']), "option '--json' takes no value");
    expectUsageError(await runCli([...invoice, 'extra']), "unexpected argument 'extra'");
    expectUsageError(await runCli(['invoice', '--contract', contract]), 'missing --actuals');
    expectUsageError(await runCli([...invoice, '--json', '-o', join(dir, 'x.xlsx')]), '-o and --json');
  });

  it('takes a negative number as the value of the option before it, not as an unknown option', async () => {
    const curve = [
      'curve',
      '--contract',
      contract,
      '--actuals',
      actuals,
      '--period',
      '2026-10',
      '--kpi',
      'FCR',
    ];
    expectUsageError(
      await runCli([...curve, '--steps', '-3']),
      "--steps must be a whole number from 1 to 10,000 (got '-3')",
    );
    const below = await runCli([...curve, '--from', '-0.5', '--to', '1']);
    expect([below.code, below.err]).toEqual([
      1,
      expect.stringMatching(/^--from -0\.5: FCR: -0\.5 is outside the valid range/),
    ]);
    // A flag that takes no value still leaves the number alone: it is a stray argument.
    expectUsageError(await runCli([...invoice, '--json', '-3']), "unknown option '-3'");
  });

  it('refuses bad values of known options', async () => {
    expectUsageError(await runCli(['functions', '--lang', 'de']), "--lang must be en or fr (got 'de')");
    expectUsageError(await runCli(['template', 'nope']), "unknown template 'nope'");
    expectUsageError(await runCli(['template']), 'missing the template NAME');
    expectUsageError(await runCli(['demo', '--template', 'constructor']), "unknown template 'constructor'");
  });
});

describe('command names are looked up in a Map', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'nope'])(
    '"%s" is an unknown command (exit 2), not a crash',
    async (name) => {
      const run = await runCli([name]);
      expect(run.code).toBe(2);
      expect(run.out).toBe('');
      expect(run.err).toMatch(
        new RegExp(
          `^unknown command '${name}'; commands: eval, functions, .*check, invoice.* \\(outcome-fees help\\)$`,
        ),
      );
    },
  );

  it('prints the usage on stdout for help, with exit 0', async () => {
    for (const argv of [[], ['help'], ['--help']]) {
      const run = await runCli(argv);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^usage: outcome-fees <command>/);
      expect(run.out).toContain('check --contract FILE --actuals FILE');
    }
  });
});

describe('eval takes the formula verbatim', () => {
  it('reads a formula starting with "-" as a formula, not an option', async () => {
    expect(await runCli(['eval', '-1+2'])).toEqual({ code: 0, out: '1', err: '' });
    expect(await runCli(['eval', '--1'])).toEqual({ code: 0, out: '1', err: '' });
    expect(await runCli(['eval', '-BONUSMALUS(0.78, 0.75, 50000, 50000)'])).toEqual({
      code: 0,
      out: '-1500',
      err: '',
    });
  });

  it('wants exactly one formula', async () => {
    expectUsageError(await runCli(['eval']), 'eval takes exactly one formula');
    expectUsageError(await runCli(['eval', '1', '2']), 'eval takes exactly one formula');
  });
});
