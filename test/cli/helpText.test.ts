/** `outcome-fees help` names every option each command accepts: a newcomer reads help, not the sources. */
import { runCli } from './runCli';

const COMMANDS = ['eval', 'functions', 'docs', 'demo', 'template', 'check', 'invoice', 'scenarios', 'curve'];
const MORE = ['exposure', 'forecast', 'compare', 'reconcile', 'verify', 'review'];

/** The help block of `command`: its lines from its name up to the next command's. */
function helpBlock(help: string, command: string): string {
  const lines = help.split('\n');
  const starts = lines.flatMap((line, i) =>
    /^ {2}[a-z]+ /.test(line) || /^ {2}[a-z]+$/.test(line) ? [i] : [],
  );
  const own = starts.filter((i) => lines[i].trim().split(' ')[0] === command);
  expect(own.length).toBeGreaterThan(0);
  return own
    .map((first) => lines.slice(first, starts.find((i) => i > first) ?? lines.length).join('\n'))
    .join('\n');
}

test.each([...COMMANDS, ...MORE])('help names every option of %s its usage line lists', async (command) => {
  const help = (await runCli(['help'])).out;
  // eval takes its formula verbatim: its usage is what help prints.
  const usage = command === 'eval' ? '' : (await runCli([command, '--no-such-option'])).err;
  const options = new Set(usage.split('usage: ')[1]?.match(/--[a-z][a-z-]*/g) ?? []);
  const block = helpBlock(help, command);
  expect([...options].filter((option) => !block.includes(option))).toEqual([]);
});
