/**
 * `npm install`, the README's first command, ends without npm's "install scripts not yet covered by
 * allowScripts" warning (npm 11.16 and later): every dependency of the lockfile with an install script is
 * decided in package.json's `allowScripts`. They are allowed, as every npm before 12 runs them; npm 12
 * blocks an undecided one, which would leave its native part unbuilt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';

const json = (file: string) => JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8'));

test('every dependency with an install script is decided in allowScripts', () => {
  const lock = json('package-lock.json') as {
    packages: Record<string, { hasInstallScript?: boolean }>;
  };
  const withScripts = Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path]) => path.replace(/^.*node_modules\//, ''));
  expect(withScripts.length).toBeGreaterThan(0);
  const { allowScripts = {} } = json('package.json') as { allowScripts?: Record<string, boolean> };
  expect(withScripts.filter((name) => !Object.hasOwn(allowScripts, name))).toEqual([]);
});
