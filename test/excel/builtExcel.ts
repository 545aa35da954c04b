/**
 * The Excel add-in as built: dist/excel, which `npm test` builds before jest (`build:excel`). The tests of
 * this folder read the built files, so they check what ships, not the TypeScript sources.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');
export const DIST_EXCEL = join(REPO_ROOT, 'dist', 'excel');

/** The path of a built file; throws with the command to run when the build is missing. */
export function builtFile(relative: string): string {
  const file = join(DIST_EXCEL, relative);
  if (!existsSync(file)) {
    throw new Error(
      `dist/excel/${relative} is missing: run \`npm run build:core && npx webpack --config webpack.excel.config.js --mode production\` (npm test builds it first)`,
    );
  }
  return file;
}

/** The text of a built file (see builtFile). */
export function readBuilt(relative: string): string {
  return readFileSync(builtFile(relative), 'utf8');
}
