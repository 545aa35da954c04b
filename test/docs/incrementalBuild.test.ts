/**
 * `npm install && npm run demo`, the README's first line, compiles the core twice (`prepare`, then `demo`):
 * the build is incremental, so the second one only checks what changed (about 13 s instead of 57 s on a
 * fresh clone). Its record lives inside the output folder, so deleting dist/ forgets it and rebuilds
 * every file: a record kept elsewhere would let tsc skip files whose output is gone.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';

test('the core build is incremental, its record inside dist/core', () => {
  const { compilerOptions } = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.build.json'), 'utf8')) as {
    compilerOptions: { incremental?: boolean; tsBuildInfoFile?: string; outDir: string };
  };
  expect(compilerOptions.incremental).toBe(true);
  const record = relative(compilerOptions.outDir, compilerOptions.tsBuildInfoFile ?? '');
  expect(record).toMatch(/^[^./][^/]*\.tsbuildinfo$/);
});
