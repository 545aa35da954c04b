/**
 * The README opens with the two commands a newcomer needs on a fresh machine: one installs and runs the
 * main job, one runs the tests; and CI (`.ci/run`) runs exactly that test command once it has installed
 * what the tests need. A README and a CI that drift apart would test something else than what it says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';
import { codeBlocks, readme } from './readmeExamples';

const README = readme();
const [first] = codeBlocks(README);
/** Each line as its command and the comment after ` # ` that says what it does. */
const commands = first.lines.map((line) => {
  const [command, comment = ''] = line.split(/\s+#\s+/, 2);
  return { command: command.trim(), comment };
});
const scripts = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

/** The commands of a bash script, comments, `set` and `cd` aside. */
function scriptCommands(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#') && !/^(set|cd) /.test(line));
}

describe('the README’s first lines', () => {
  it('are one block of two commands, right under the title: install and run the demo, then the tests', () => {
    expect(first.line).toBe(4);
    expect(commands.map((c) => c.command)).toEqual(['npm install && npm run demo', 'npm test']);
    expect(commands[0].comment).toMatch(/install.*demo workbook/);
    expect(commands[1].comment).toMatch(/every test.*bash \.ci\/run/);
  });

  it('name npm scripts that build what they use: the demo builds the core, the tests build everything', () => {
    expect(scripts.demo).toMatch(/^npm run build:core && node bin\/outcome-fees\.js demo$/);
    expect(scripts.test).toMatch(/^npm run build && npm run lint && jest/);
  });

  it('give the test command CI runs, last, after a clean install', () => {
    const ci = scriptCommands(readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8'));
    expect(ci.slice(-2)).toEqual(['npm ci --no-audit --no-fund', commands[1].command]);
  });
});
