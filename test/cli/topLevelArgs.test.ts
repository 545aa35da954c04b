/**
 * The words before a command ask what they seem to: `--help invoice` and `-h invoice` are `help invoice`
 * (they printed the general help), and `--version extra` is a usage error (the extra word was ignored).
 */
import { runCli } from './runCli';

it.each([['--help'], ['-h']])('%s invoice prints the help of invoice, as help invoice does', async (flag) => {
  const asked = await runCli(['help', 'invoice']);
  expect(asked.out).toMatch(/^usage: outcome-fees invoice /);
  expect(await runCli([flag, 'invoice'])).toEqual(asked);
});

it('--help of no command is the general help, a command it does not know is refused', async () => {
  expect((await runCli(['--help'])).out).toMatch(/^usage: outcome-fees <command>/);
  expect(await runCli(['-h', 'nope'])).toMatchObject({
    code: 2,
    err: expect.stringMatching(/^unknown command 'nope'/),
  });
});

it('--version takes nothing after it', async () => {
  expect(await runCli(['--version', 'extra'])).toEqual({
    code: 2,
    out: '',
    err: "unexpected argument 'extra'; usage: outcome-fees --version",
  });
  expect((await runCli(['--version'])).out).toMatch(/^outcome-fees \d+\.\d+\.\d+/);
});
