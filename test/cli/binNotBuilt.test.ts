/**
 * The bin in a checkout not built yet (cloned without `npm install`, or installed with --ignore-scripts):
 * one line saying what to run, not Node's "Cannot find module".
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';

let checkout: string;
beforeAll(() => {
  checkout = mkdtempSync(join(tmpdir(), 'outcome-fees-unbuilt-'));
  mkdirSync(join(checkout, 'bin'));
  copyFileSync(join(REPO_ROOT, 'bin', 'outcome-fees.js'), join(checkout, 'bin', 'outcome-fees.js'));
});
afterAll(() => rmSync(checkout, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [join(checkout, 'bin', 'outcome-fees.js'), ...args], {
    encoding: 'utf8',
  });
}

it('says the command line is not built and what to run, in one line, exit 1', () => {
  const help = run('help');
  expect(help.status).toBe(1);
  expect(help.stdout).toBe('');
  expect(help.stderr.trimEnd().split('\n')).toEqual([
    `outcome-fees: not built yet (no dist/core/cli/main.js in ${checkout}): run npm install there, or npm run build:core`,
  ]);
});

it('says it in French when asked for French', () => {
  expect(run('functions', '--lang', 'fr').stderr).toBe(
    `outcome-fees\u00a0: pas encore construit (pas de dist/core/cli/main.js dans ${checkout})\u00a0: lancez npm install dans ce dossier, ou npm run build:core\n`,
  );
});
