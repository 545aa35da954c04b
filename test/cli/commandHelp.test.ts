/** `outcome-fees CMD --help` (or -h), what a newcomer types first: the command's help, not a usage error. */
import { runCli } from './runCli';

const COMMANDS = ['eval', 'functions', 'docs', 'demo', 'template', 'check', 'invoice', 'scenarios', 'curve'];
const MORE = ['exposure', 'forecast', 'compare', 'reconcile', 'verify', 'review'];

test.each([...COMMANDS, ...MORE])(
  '%s --help prints its usage and what it does on stdout, exit 0',
  async (name) => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([name, flag]);
      expect(run).toEqual({
        code: 0,
        out: expect.stringMatching(new RegExp(`^usage: outcome-fees ${name}\\b`)),
        err: '',
      });
      // The lines of the general help that describe it, the same text as `outcome-fees help` prints.
      const help = (await runCli(['help'])).out;
      const described = run.out.split('\n').slice(1);
      expect(described.length).toBeGreaterThan(0);
      expect(described[0]).toMatch(new RegExp(`^ {2}${name} `));
      expect(help).toContain(described.join('\n'));
    }
  },
);

it('--help among other arguments is help too, whatever they are', async () => {
  const run = await runCli(['invoice', '--contract', 'nowhere.json', '--help', '--period', '2026-13']);
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/^usage: outcome-fees invoice --contract /);
  expect(run.out).toContain('--corrects ISSUED.json|ISSUED.xlsx');
});

it('eval reads --help as help only when it stands alone: a formula may start with "-"', async () => {
  expect((await runCli(['eval', '--help'])).out).toMatch(/^usage: outcome-fees eval /);
  expect(await runCli(['eval', '--1'])).toEqual({ code: 0, out: '1', err: '' });
});

it('a --help given as the value of an option is help, not a value', async () => {
  const run = await runCli(['template', '--lang', '--help']);
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/^usage: outcome-fees template NAME/);
});

it('help CMD is CMD --help; help with a name no command has says so', async () => {
  expect(await runCli(['help', 'check'])).toEqual(await runCli(['check', '--help']));
  const run = await runCli(['help', 'invoices']);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/^unknown command 'invoices' \(did you mean invoice\?\); commands: /);
});

it('eval --lang fr --help is help too: --lang is the one option eval reads before its formula', async () => {
  for (const argv of [
    ['--lang', 'fr', '--help'],
    ['--lang=fr', '-h'],
  ])
    expect((await runCli(['eval', ...argv])).out).toMatch(/^usage: outcome-fees eval /);
  expect(await runCli(['eval', '--lang', 'fr', '--1'])).toEqual({ code: 0, out: '1', err: '' });
});
