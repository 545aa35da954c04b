/** `outcome-fees --version`: which release a CI job or a colleague's machine runs, from package.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';
import { runBin, runCli } from './runCli';

const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

it('prints the package version alone on stdout, exit 0', async () => {
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
  expect(await runCli(['--version'])).toEqual({ code: 0, out: `outcome-fees ${version}`, err: '' });
});

it('prints it from the built command line too', () => {
  expect(runBin(['--version'])).toEqual({ code: 0, out: `outcome-fees ${version}`, err: '' });
});

it('is named in the usage', async () => {
  expect((await runCli(['help'])).out).toContain('--version');
});
