/**
 * The package as shipped: `require('outcome-fees')` resolves to dist/core, which `npm test` builds first.
 * Tests of the Node API and the CLI go through this, not through the TypeScript sources.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');

export function requireBuilt<T>(relative = ''): T {
  const entry = join(REPO_ROOT, relative);
  if (!existsSync(join(REPO_ROOT, 'dist', 'core', 'index.js'))) {
    throw new Error('dist/core is missing: run `npm run build` (npm test does it first)');
  }
  // The built package is loaded as Node would load it, not through ts-jest.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(entry) as T;
}
