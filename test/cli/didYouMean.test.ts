/**
 * A mistyped option or command names the one meant, as a misspelled column does: `--perod` is one letter
 * from `--period`, and a newcomer reading "unknown option" alone scans a long usage line for it.
 */
import { runCli } from './runCli';

const INVOICE = ['invoice', '--contract', 'c.json', '--actuals', 'a.csv'];

test.each([
  [[...INVOICE, '--perod', '2026-10'], "unknown option '--perod' (did you mean --period?)"],
  [
    [...INVOICE, '--period', '2026-10', '--ouptut', 'x.xlsx'],
    "unknown option '--ouptut' (did you mean --output?)",
  ],
  [['template', 'bpo-customer-service', '--actual'], "unknown option '--actual' (did you mean --actuals?)"],
  [['demo', '--templates', 'credit-processing'], "unknown option '--templates' (did you mean --template?)"],
  [['docs', '--chek'], "unknown option '--chek' (did you mean --check?)"],
])('%j: the option meant is named', async (argv, reason) => {
  const run = await runCli(argv);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(new RegExp(`^${reason.replace(/[()?.]/g, '\\$&')}; usage: outcome-fees `));
});

it('an option near none is unknown alone', async () => {
  expect((await runCli([...INVOICE, '--foo'])).err).toMatch(/^unknown option '--foo'; usage: /);
  // --lang is no option of invoice, and no misspelling of one.
  expect((await runCli([...INVOICE, '--lang', 'fr'])).err).toMatch(/^unknown option '--lang'; usage: /);
});

it('a mistyped command names the command meant', async () => {
  const run = await runCli(['invoices', '--period', '2026-10']);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/^unknown command 'invoices' \(did you mean invoice\?\); commands: eval, /);
  expect((await runCli(['chek'])).err).toMatch(/^unknown command 'chek' \(did you mean check\?\); /);
  expect((await runCli(['nope'])).err).toMatch(/^unknown command 'nope'; commands: /);
});

it('says it in French with --lang fr', async () => {
  expect((await runCli(['demo', '--lang', 'fr', '--templat', 'x'])).err).toMatch(
    /^option inconnue «\u00a0--templat\u00a0» \(vouliez-vous dire --template\u00a0\?\)\u00a0; usage: /,
  );
});
