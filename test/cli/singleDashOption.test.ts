/**
 * A long option typed with one dash (`-period 2026-10`) is named as typed, with the long option it is
 * near: parseArgs reads it as the letters `-p -e -r …` and refused `-p`, a letter the user never meant.
 */
import { runCli } from './runCli';

const usage = (command: string) => expect.stringContaining(`; usage: outcome-fees ${command} `);

test.each([
  [['invoice', '-period', '2026-10'], "unknown option '-period' (did you mean --period?)"],
  [['invoice', '-period=2026-10'], "unknown option '-period' (did you mean --period?)"],
  [['reconcile', '-tolerance', '0.01'], "unknown option '-tolerance' (did you mean --tolerance?)"],
  [['curve', '-kpi', 'FCR'], "unknown option '-kpi' (did you mean --kpi?)"],
  [['invoice', '-zzzz'], "unknown option '-zzzz'"],
] as const)('%j', async (argv, said) => {
  const run = await runCli(argv);
  expect(run).toEqual({ code: 2, out: '', err: usage(argv[0]) });
  expect(run.err.split('; usage: ')[0]).toBe(said);
});

test('a short option alone is still named as the letter it is, -o with its value attached still read', async () => {
  const run = await runCli(['invoice', '-x']);
  expect(run.err.split('; usage: ')[0]).toBe("unknown option '-x'");
  // `-oout.xlsx` is -o with its value: no unknown option, the run goes on to what is missing.
  const attached = await runCli(['invoice', '-oout.xlsx']);
  expect(attached.err).toMatch(/^missing --contract; usage: /);
});
