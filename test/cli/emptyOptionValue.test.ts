/**
 * An option given an empty value (`--contract "$CONTRACT"` in a CI script whose variable is unset) is a
 * usage error naming the option, not "cannot read : no such file or folder", which names nothing.
 */
import { runCli } from './runCli';

test.each([
  [['invoice', '--contract=', '--actuals', 'a.csv', '--period', '2026-10'], '--contract'],
  [['invoice', '--contract', 'c.json', '--actuals', '', '--period', '2026-10'], '--actuals'],
  [['check', '--contract', '', '--actuals', 'a.csv'], '--contract'],
  [['demo', '--template', ''], '--template'],
  [['docs', '--root', ' '], '--root'],
])('%j: the empty option is named', async (argv, option) => {
  const run = await runCli(argv);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(new RegExp(`^option '${option}' is empty: give it a value; usage: outcome-fees `));
});

it('in French with --lang fr', async () => {
  expect((await runCli(['demo', '--lang', 'fr', '--template='])).err).toMatch(
    /^l’option --template est vide\u00a0: donnez-lui une valeur\u00a0; usage: /,
  );
});

it('-o keeps its own words', async () => {
  expect((await runCli(['demo', '-o', ''])).err).toMatch(/^-o needs a file name; usage: /);
});
