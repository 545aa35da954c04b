/**
 * `CMD --help` says exactly what the parser accepts: every option a command declares is in its usage line
 * and in the lines of the general help that describe it, and neither names an option the parser would
 * refuse. A new option added to a command without its help fails here.
 */
import type { Command } from '../../core/cli/command';
import { checkCommand } from '../../core/cli/commands/check';
import { compareCommand } from '../../core/cli/commands/compare';
import { curveCommand } from '../../core/cli/commands/curve';
import { demoCommand } from '../../core/cli/commands/demo';
import { docsCommand } from '../../core/cli/commands/docs';
import { evalCommand } from '../../core/cli/commands/eval';
import { exposureCommand } from '../../core/cli/commands/exposure';
import { forecastCommand } from '../../core/cli/commands/forecast';
import { functionsCommand } from '../../core/cli/commands/functions';
import { invoiceCommand } from '../../core/cli/commands/invoice';
import { reconcileCommand } from '../../core/cli/commands/reconcile';
import { reviewCommand } from '../../core/cli/commands/review';
import { scenariosCommand } from '../../core/cli/commands/scenarios';
import { templateCommand } from '../../core/cli/commands/template';
import { verifyCommand } from '../../core/cli/commands/verify';
import { runCli } from './runCli';

const COMMANDS: ReadonlyArray<readonly [string, Command]> = [
  ['check', checkCommand],
  ['compare', compareCommand],
  ['curve', curveCommand],
  ['demo', demoCommand],
  ['docs', docsCommand],
  ['eval', evalCommand],
  ['exposure', exposureCommand],
  ['forecast', forecastCommand],
  ['functions', functionsCommand],
  ['invoice', invoiceCommand],
  ['reconcile', reconcileCommand],
  ['review', reviewCommand],
  ['scenarios', scenariosCommand],
  ['template', templateCommand],
  ['verify', verifyCommand],
];

/** The options a command accepts as its help should show them: `-o` where it has a short form. */
function accepted(name: string, command: Command): string[] {
  // eval takes its arguments verbatim and reads `--lang` itself, before the formula.
  if (command.verbatim) return name === 'eval' ? ['--lang'] : [];
  return Object.entries(command.options)
    .map(([long, spec]) => (spec.short === undefined ? `--${long}` : `-${spec.short}`))
    .sort();
}

/** The options a help text names. */
const named = (text: string): string[] => [...new Set(text.match(/(?<![\w-])--?[a-z][\w-]*/g) ?? [])].sort();

test('every command of the CLI is checked here', async () => {
  const listed = (await runCli(['bogus'])).err.match(/commands: ([a-z]+(?:, [a-z]+)*)/)![1].split(', ');
  expect(COMMANDS.map(([name]) => name).sort()).toEqual(listed.sort());
});

test.each(COMMANDS)(
  '%s --help names every option its parser accepts, and no other',
  async (name, command) => {
    const [usage, ...described] = (await runCli([name, '--help'])).out.split('\n');
    expect(named(usage)).toEqual(accepted(name, command));
    expect(named(described.join('\n'))).toEqual(accepted(name, command));
  },
);

test('the example the help gives runs as written', async () => {
  const example = /e\.g\. outcome-fees (eval) "([^"]+)"/.exec((await runCli(['eval', '--help'])).out)!;
  expect(await runCli([example[1], example[2]])).toEqual({ code: 0, out: '1500', err: '' });
});
